/**
 * Scripted walks through the procedure. Demo data and test factories reach a status ONLY by replaying
 * real events through the services (applyCaseEvent, approvals, clock expiry) with a moving clock, so a
 * case can never be in a state the product cannot produce (architecture rule 15).
 */
import type { Services } from '../../server/services/index.ts';
import type { FixedClock } from '../../server/services/clock.ts';
import type { Actor } from '../../server/domain/case/types.ts';
import type { CaseStatus } from '../../server/domain/case/statuses.ts';
import type { ComplaintForm } from '../../server/domain/case/complaintForm.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { findCase } from '../../server/repositories/caseRepository.ts';
import { listParties } from '../../server/repositories/partyRepository.ts';
import { listClocks } from '../../server/repositories/clockRepository.ts';
import { listEvidence, listObligations } from '../../server/repositories/caseFileRepository.ts';
import { ACCEPTANCE_CHECKLIST_ITEMS } from '../../server/domain/case/enums.ts';

export interface ScenarioActors {
  officer: Actor;
  supervisor: Actor;
  business: Actor;
  citizen: Actor;
}

export interface ScenarioContext {
  services: Services;
  clock: FixedClock;
  actors: ScenarioActors;
  caseId: number;
  profile: ProfileKey;
}

const today = (ctx: ScenarioContext) => ctx.clock.today();

async function apply(ctx: ScenarioContext, event: string, payload: Record<string, unknown>, actor: Actor = ctx.actors.officer) {
  return ctx.services.caseEvents.applyCaseEvent({ caseId: ctx.caseId, event, payload, actor });
}

/** An "O → S" step: the officer proposes, the supervisor approves (four-eyes rule). */
async function applyApproved(ctx: ScenarioContext, event: string, payload: Record<string, unknown>) {
  const r = await apply(ctx, event, payload, ctx.actors.officer);
  if (r.kind === 'approval_requested') {
    await ctx.services.caseEvents.decideApprovalRequest({ approvalId: r.approvalId, caseId: ctx.caseId, decision: 'approved', comment: '同意。', actor: ctx.actors.supervisor });
  }
}

async function respondentId(ctx: ScenarioContext) {
  return (await listParties(ctx.services.database.knex, ctx.caseId)).filter((p) => p.partyRole === 'respondent').map((p) => p.id);
}

async function status(ctx: ScenarioContext): Promise<CaseStatus> {
  return (await findCase(ctx.services.database.knex, ctx.caseId))!.status;
}

/** Let time pass and run the clock-expiry job, as the scheduler would each day. */
async function passDays(ctx: ScenarioContext, days: number) {
  for (let i = 0; i < days; i++) {
    ctx.clock.advanceDays(1);
    await ctx.services.clockExpiry.expireDueClocks();
  }
}

export const STEPS: Record<string, (ctx: ScenarioContext) => Promise<void>> = {
  assign: async (ctx) => {
    await passDays(ctx, 1);
    await apply(ctx, 'assign', { assignee_id: ctx.actors.officer.userId, recusal_confirmed: true }, ctx.actors.supervisor);
  },
  request_supplement: async (ctx) => {
    await apply(ctx, 'request_supplement', { missing_items: '旅游合同复印件\n付款凭证', period_days: 10, complaint_subject: '擅自变更旅游行程' });
  },
  provide_supplement: async (ctx) => {
    await passDays(ctx, 2);
    await apply(ctx, 'provide_supplement', { description: '已补充旅游合同复印件及银行转账凭证。' }, ctx.actors.citizen);
  },
  accept: async (ctx) => {
    await passDays(ctx, 1);
    await apply(ctx, 'accept', {
      checklist: Object.fromEntries(ACCEPTANCE_CHECKLIST_ITEMS.map((k) => [k, true])),
      jurisdiction_basis: 'respondent_location',
      complaint_category: 'contract_breach',
      complaint_subject: '擅自变更旅游行程',
      dispute_nature: '旅游合同纠纷',
    });
  },
  refuse: async (ctx) => {
    await passDays(ctx, 1);
    await applyApproved(ctx, 'refuse_acceptance', {
      refusal_grounds: ['handled_elsewhere'],
      reasons: '经核实，该纠纷已由当地消费者协会受理调解。',
      other_remedies: '可向人民法院提起民事诉讼或申请仲裁。',
      complaint_subject: '擅自变更旅游行程',
      reason_citation: '《旅游投诉暂行规定》第八条',
    });
  },
  transfer: async (ctx) => {
    await passDays(ctx, 1);
    await applyApproved(ctx, 'transfer_out', {
      receiving_organ: '市市场监督管理局',
      reason: '投诉事项涉及旅游购物中的商品质量问题',
      materials: '投诉书（3页）\n证据材料（5页）',
      complaint_subject: '在购物店销售的商品存在质量问题',
      receiving_organ_address: '江苏省南京市建邺区江东中路265号',
      receiving_organ_phone: '025-12315',
      receiving_organ_honorific: '贵局',
    });
  },
  send_notice: async (ctx) => {
    await passDays(ctx, 1);
    await apply(ctx, 'send_notice', { note: '通过企业门户及邮寄送达。' });
  },
  serve_notice: async (ctx) => {
    await passDays(ctx, 2);
    for (const id of await respondentId(ctx)) {
      await apply(ctx, 'serve_notice', { party_id: id, service_method: 'postal', served_on: today(ctx), tracking_number: 'EMS1234567890CN' });
    }
  },
  reply: async (ctx) => {
    await passDays(ctx, 5);
    for (const id of await respondentId(ctx)) {
      await apply(ctx, 'submit_reply', {
        party_id: id,
        reply_subject: '关于游客投诉行程变更一事',
        reply_verification_process: '我社调阅了合同、行程单并询问了导游。',
        reply_facts_evidence: '行程变更系因景区临时关闭，已告知游客并获同意，附短信记录。',
        reply_responsibility_opinion: '我社愿退还未履行项目费用300元。',
        reply_position: 'admit_part',
      });
    }
  },
  reply_expires: async (ctx) => {
    const clocks = await listClocks(ctx.services.database.knex, ctx.caseId);
    const due = clocks.find((k) => k.clockKey === 'respondent_reply' && k.state === 'running')?.dueDate;
    while (due && today(ctx) <= due) await passDays(ctx, 1);
    await passDays(ctx, 1);
  },
  investigate: async (ctx) => {
    await passDays(ctx, 2);
    await apply(ctx, 'start_investigation', { plan: '调取合同、行程单，询问导游及同团游客。' });
  },
  evidence: async (ctx) => {
    await apply(ctx, 'add_evidence', { description: '旅游合同及行程单（复印件）', evidence_kind: 'documentary', source_party: 'complainant', verification_status: 'verified' });
  },
  mediate: async (ctx) => {
    await passDays(ctx, 2);
    const parties = await listParties(ctx.services.database.knex, ctx.caseId);
    await apply(ctx, 'start_mediation', {
      consenting_party_ids: parties.map((p) => p.id),
      consent_date: today(ctx),
      consent_method: '电话确认并书面签字',
      mediation_at: `${today(ctx)}T14:30`,
      mediation_mode: 'onsite',
      mediation_place: '本机关旅游投诉调解室',
      mediator_names: '李承办、周科长',
    });
  },
  agree: async (ctx) => {
    await passDays(ctx, 3);
    await apply(ctx, 'record_mediation_session', { session_date: today(ctx), attendees: '投诉者、被投诉者代表、承办人', claims: '退还未履行项目费用', points_in_dispute: '退款金额' });
    await applyApproved(ctx, 'sign_mediation_agreement', {
      dispute_nature: '旅游合同纠纷',
      main_facts: '被投诉者未经同意取消行程中的景点游览。',
      mediation_reasons: '双方在查明事实的基础上自愿达成协议。',
      cost_bearing: '调解不收取费用。',
      complaint_requests: '退还未履行项目费用并赔礼道歉。',
      facts_found: '被投诉者未经同意取消行程中的景点游览。',
      handling_process: '受理后送达受理通知书，被投诉者书面答复，组织调解一次。',
      mediation_result: '被投诉者退还费用600元。',
      terms: [{ obligor: '被投诉者', kind: 'refund', amount: '600.00', manner: '银行转账', performance_days: 15 }],
      complainant_signed: true,
      respondent_signed: true,
      dispute_name: '黄山三日游擅自取消景点纠纷',
      dispute_focus: '取消景点是否经游客同意，以及应退还的费用金额。',
      complainant_claims: '要求退还未游览景点的门票及服务费600元，并赔礼道歉；提供了旅游合同及行程单。',
      respondent_position: '称系景区临时关闭，同意退还未履行项目费用；提供了短信记录。',
      mediator_names: '李承办、周科长',
      signing_mode: 'paper',
    });
  },
  perform: async (ctx) => {
    await passDays(ctx, 5);
    for (const o of await listObligations(ctx.services.database.knex, ctx.caseId)) {
      if (o.state === 'pending') await apply(ctx, 'record_performance', { obligation_id: o.id, proof: '银行转账回单已核对。' });
    }
  },
  close: async (ctx) => {
    await passDays(ctx, 1);
    await applyApproved(ctx, 'close', { closure_summary: '双方已履行完毕，投诉者表示满意。' });
  },
  callback: async (ctx) => {
    await passDays(ctx, 1);
    await apply(ctx, 'record_callback', { callback_result: 'satisfied', resolved: true, comment: '投诉者对处理结果满意。' });
  },
  archive: async (ctx) => {
    await passDays(ctx, 1);
    await apply(ctx, 'archive', { note: '材料齐全，予以归档。' }, ctx.actors.supervisor);
  },
  terminate: async (ctx) => {
    await passDays(ctx, 3);
    await apply(ctx, 'record_mediation_session', { session_date: today(ctx), attendees: '投诉者、被投诉者代表、承办人', claims: '退还未履行项目费用并赔偿损失', points_in_dispute: '赔偿金额', outcome: '双方未能达成一致' });
    await applyApproved(ctx, 'terminate_mediation', { termination_reason: 'party_declares_no_agreement', detail: '双方对赔偿金额分歧较大，明确表示无法达成协议' });
  },
  deposit_order: async (ctx) => {
    await passDays(ctx, 2);
    await applyApproved(ctx, 'order_deposit_compensation', {
      deposit_ground: 'contract_breach_verified',
      amount: '1200.00',
      breakdown: '未履行行程费用：1200',
      facts_found: '被投诉者未经游客同意取消合同约定的景点游览，经调解双方未能达成协议。',
      loss_description: '未履行行程费用损失',
      ground_cause: '擅自取消合同约定的景点游览，经调解未能达成赔偿协议',
      deposit_bank: '中国工商银行苏州分行',
      deposit_account: '1102****5678',
      beneficiary_name: '张明',
    });
  },
  start_deciding: async (ctx) => {
    await passDays(ctx, 3);
    await apply(ctx, 'start_deciding', {
      facts_checklist: {
        time_place_persons: '2026年行程期间，在目的地，由被投诉旅行社安排。',
        cause_course_result: '旅行社擅自取消景点，游客多次交涉未果。',
        causation_and_damage: '擅自取消行为导致游客未能游览，损失门票及服务费600元。',
        disputed_views: '旅行社称系不可抗力，游客称未被告知。',
      },
    });
  },
  decide: async (ctx) => {
    await passDays(ctx, 2);
    const evidence = await listEvidence(ctx.services.database.knex, ctx.caseId);
    const respondent = (await respondentId(ctx))[0];
    await applyApproved(ctx, 'issue_decision', {
      decision_kind: 'respondent_fault',
      case_cause: '旅游合同纠纷',
      facts_found: '被投诉者未经游客同意取消合同约定的景点游览，且不能证明存在不可抗力。',
      evidence_ids: evidence.filter((e) => e.verificationStatus === 'verified').map((e) => e.id),
      legal_basis: '《旅游法》第六十九条、第七十条',
      legal_provisions: ['tl_100'],
      conclusion: '被投诉者赔偿投诉者经济损失600元。',
      performance_manner: '自决定书送达之日起十五日内银行转账支付。',
      appeal_rights_text: '如不服本决定，可在收到决定书之日起六十日内申请行政复议，或六个月内向人民法院提起行政诉讼。',
      compensation_amount: '600.00',
      orders: [{ obligor: '被投诉者', obligor_party_id: respondent, kind: 'pay', amount: '600.00', manner: '银行转账', performance_days: 15 }],
      penalty_handled_separately: true,
      reasoning: '被投诉者作为组团社，未经旅游者同意变更合同约定的行程，应当承担相应的违约责任。',
      complaint_claim_summary: '参加被投诉者组织的黄山三日游，导游未经同意取消了合同约定的西海大峡谷游览。',
      reply_summary: '被投诉者答复称行程变更系因景区临时关闭，同意退还未履行项目费用。',
    });
  },
  serve_decision_all: async (ctx) => {
    await passDays(ctx, 2);
    const parties = (await listParties(ctx.services.database.knex, ctx.caseId)).filter((p) => p.partyRole !== 'agent');
    for (const p of parties) await apply(ctx, 'serve_decision', { party_id: p.id, service_method: 'in_person', served_on: today(ctx) });
  },
  windows_expire: async (ctx) => {
    // performance (15 days) and both appeal windows (60 days, 6 months) pass unperformed and unappealed
    await passDays(ctx, 186);
  },
  enforce: async (ctx) => {
    await applyApproved(ctx, 'start_enforcement', { route: 'court', reminder_served_on: today(ctx), note: '已送达催告书。' });
  },
  late_reply: async (ctx) => {
    await STEPS.reply!(ctx);
  },
};

/**
 * Days each step lets pass (an upper bound: reply_expires includes a possible holiday shift), so that a
 * demo case can start early enough to reach its status by today.
 */
export const STEP_DAYS: Record<string, number> = {
  assign: 1, request_supplement: 0, provide_supplement: 2, accept: 1, refuse: 1, transfer: 1, send_notice: 1, serve_notice: 2, reply: 5,
  reply_expires: 40, investigate: 2, evidence: 0, mediate: 2, agree: 3, perform: 5, close: 1, callback: 1, archive: 1, terminate: 3,
  deposit_order: 2, start_deciding: 3, decide: 2, serve_decision_all: 2, windows_expire: 186, enforce: 0, late_reply: 5,
};

export const pathDays = (profile: ProfileKey, target: CaseStatus): number => (PATHS[profile][target] ?? []).reduce((sum, step) => sum + (STEP_DAYS[step] ?? 0), 0);

const PRE = ['assign', 'request_supplement', 'provide_supplement', 'accept'];
const REPLIED = [...PRE, 'send_notice', 'serve_notice', 'reply'];

/** Paths common to both profiles. */
const COMMON_PATHS: Partial<Record<CaseStatus, readonly string[]>> = {
  submitted: [],
  acceptance_review: ['assign'],
  awaiting_supplement: ['assign', 'request_supplement'],
  accepted: PRE,
  not_accepted: ['assign', 'refuse'],
  transferred_out: ['assign', 'transfer'],
  notice_sent: [...PRE, 'send_notice'],
  awaiting_reply: [...PRE, 'send_notice', 'serve_notice'],
  reply_received: REPLIED,
  reply_overdue: [...PRE, 'send_notice', 'serve_notice', 'reply_expires'],
  investigating: [...REPLIED, 'investigate'],
  mediating: [...REPLIED, 'mediate'],
  mediation_agreed: [...REPLIED, 'mediate', 'agree'],
  closed: [...REPLIED, 'mediate', 'agree', 'perform', 'close'],
  archived: [...REPLIED, 'mediate', 'agree', 'perform', 'close', 'callback', 'archive'],
};

const DECIDED = [...REPLIED, 'investigate', 'evidence', 'start_deciding', 'decide'];
const TERMINATED = [...REPLIED, 'mediate', 'terminate'];

/** The steps that reach each status in each profile. */
export const PATHS: Record<ProfileKey, Partial<Record<CaseStatus, readonly string[]>>> = {
  'interim-1991': {
    ...COMMON_PATHS,
    deciding: [...REPLIED, 'investigate', 'evidence', 'start_deciding'],
    decision_issued: DECIDED,
    enforcement: [...DECIDED, 'serve_decision_all', 'windows_expire', 'enforce'],
  },
  'measures-2010': {
    ...COMMON_PATHS,
    mediation_terminated: TERMINATED,
    enforcement: [...TERMINATED, 'deposit_order'],
  },
};

const daysBefore = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** A complete, valid complaint form for the demo and the tests; trip dates lie shortly before `today`. */
export function sampleComplaint(today: string, overrides: Partial<ComplaintForm> = {}): ComplaintForm {
  return {
    complainant_kind: 'tourist',
    complainant_name: '张明',
    complainant_gender: 'male',
    complainant_nationality: 'CN',
    complainant_age: 45,
    complainant_occupation: '教师',
    complainant_work_unit: '南京市第一中学，南京市玄武区中山路1号',
    complainant_address: '江苏省南京市玄武区中山路1号',
    complainant_postcode: '210008',
    complainant_phone: '13812345678',
    complainant_email: 'zhangming@example.com',
    complainant_id_type: undefined,
    complainant_id_number: undefined,
    guardian_name: undefined,
    guardian_phone: undefined,
    guardian_relationship: undefined,
    respondent_name: '金陵国际旅行社有限公司',
    respondent_type: 'travel_agency',
    respondent_address: '江苏省南京市秦淮区太平南路100号',
    respondent_uscc: '91320100MA1XY0QK4R',
    respondent_licence_no: 'L-JS-CJ00123',
    respondent_phone: undefined,
    involved_staff: undefined,
    request_kind: 'refund',
    request_amount: '600.00',
    request_detail: '退还未游览景点的门票及服务费600元。',
    facts: '我参加该社组织的黄山三日游，第二天导游未经同意取消了合同约定的西海大峡谷游览，改为购物。',
    reasons: '旅行社擅自变更行程，违反合同约定。',
    incident_date: daysBefore(today, 12),
    incident_place: '安徽省黄山市',
    harm_known_date: daysBefore(today, 12),
    complaint_category: 'contract_breach',
    has_contract: true,
    contract_number: 'JL-2026-0001',
    contract_date: daysBefore(today, 20),
    contract_place: '南京市秦淮区',
    travel_start_date: daysBefore(today, 13),
    travel_end_date: daysBefore(today, 11),
    destination: '安徽黄山',
    amount_paid: '2680.00',
    group_size: 32,
    privacy_notice_ack: true,
    e_service_consent: true,
    ...overrides,
  };
}

/** Walk an existing case along the path to `target`. */
export async function walkTo(ctx: ScenarioContext, target: CaseStatus): Promise<void> {
  const path = PATHS[ctx.profile][target];
  if (!path) throw new Error(`no path to ${target} under ${ctx.profile}`);
  for (const step of path) await STEPS[step]!(ctx);
  const reached = await status(ctx);
  if (reached !== target) throw new Error(`scenario for ${target} (${ctx.profile}) ended in ${reached}`);
}
