/**
 * The fixture case of documents.md §9.0: one complete DocumentSource per profile, with fixed dates, numbers and
 * codes so that every template can be built and its output compared. Event payloads are parsed with the real
 * schemas (CASE_EVENT_PAYLOADS / PENALTY_EVENT_PAYLOADS), so the fixture cannot drift from them.
 *
 * Timeline (Asia/Shanghai, March 2026): submit 3-2 → assign → request_supplement 3-3 → provide_supplement 3-5 →
 * accept | refuse_acceptance | transfer_out 3-6 → send_notice → serve_notice 3-9 → submit_reply 3-12 →
 * start_investigation, add_evidence 3-13 → start_mediation 3-16 → record_mediation_session 3-20 →
 * sign_mediation_agreement | terminate_mediation 3-20 → [start_deciding 3-23] → [penalty 3-23…3-27] →
 * [issue_decision (+ transfer_out for kind 4), serve_decision 3-30] → [order_deposit_compensation 3-31] → close 3-31.
 */
import { CASE_EVENT_PAYLOADS, PENALTY_EVENT_PAYLOADS } from '../../server/domain/case/eventPayloads.ts';
import { DECISION_KINDS, type DepositGround, type RefusalGround, type TerminationReason } from '../../server/domain/case/enums.ts';
import type { CaseEventRecord, CaseParty, CaseRecord, PenaltyProceeding } from '../../server/domain/case/types.ts';
import type { CalendarDayEntry, HolidayCalendar } from '../../server/domain/deadlines/types.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { HOLIDAY_YEARS } from '../../seeds/reference/holidayData.ts';
import type { DocumentSource, EvidenceEntry, IssuedDocumentRef, IssueStamp, ObligationEntry, ReplyEntry } from '../../documents/model.ts';

export interface FixtureVariant {
  /** joint complaint 王玥珺等5人 (default false) */
  joint?: boolean;
  /** the complainant acts through an agent 王小明 (default false) */
  agent?: boolean;
  /** both parties consented to electronic service (due dates are then printed; default false) */
  eService?: boolean;
  /** outcome of the acceptance review (default 'accept'); refuse and transfer end the timeline */
  acceptance?: 'accept' | 'refuse' | 'transfer';
  /** refusal grounds for acceptance 'refuse' (default ['outside_jurisdiction']) */
  refusalGrounds?: RefusalGround[];
  /** how mediation ends (default 'agreement'); 'decision' (interim-1991 only) terminates and decides */
  outcome?: 'agreement' | 'termination' | 'decision';
  signingMode?: 'paper' | 'portal';
  /** default 'party_declares_no_agreement' */
  terminationReason?: TerminationReason;
  /** 1 complainant's fault · 2 joint fault · 3 respondent's fault (default) · 4 other department's fault */
  decisionKind?: 1 | 2 | 3 | 4;
  /** an administrative penalty proceeding (penaltyId 1) against the respondent */
  penalty?: boolean;
  /** a deposit payout with this ground */
  deposit?: DepositGround;
  /** the case is closed at the end (default true; not for refuse/transfer) */
  closed?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Fixed values (documents.md §9.0)
// ---------------------------------------------------------------------------------------------------------

export const FIXTURE = {
  caseId: 1,
  caseNumber: '2026-03-0015',
  complainantId: 101,
  coComplainantIds: [102, 103, 104, 105] as const,
  respondentId: 201,
  agentId: 301,
  organisationId: 31,
  officerId: 11,
  penaltyId: 1,
  complainant: {
    name: '王玥珺',
    idNumber: '430102199001011234',
    phone: '13812345678',
    address: '湖南省长沙市芙蓉区五一大道1号',
    postcode: '410011',
    email: 'wangyj@example.com',
  },
  respondent: {
    name: '某某国际旅行社有限公司',
    uscc: '91320100MA1XY0QK4R',
    licenceNo: 'L-HUN-CJ00123',
    address: '湖南省长沙市天心区某某路88号',
    phone: '0731-88886666',
    legalRep: '李四',
  },
  handler: { name: '李明', phone: '0731-12345678' },
  complaintSubject: '擅自变更旅游行程',
  disputeNature: '旅游合同纠纷',
} as const;

/** The facts and reasons as filed (§9.0: about 900 characters with ——, ……, “”, 《》, a phone, an e-mail and a long URL). */
export const FIXTURE_FACTS = [
  '2026年2月10日，投诉者与被投诉者签订《国内旅游组团合同》（合同编号：HN20260210-018），参加被投诉者组织的“海南双飞五日游”旅游团，出发日期为2026年2月14日，团费人民币3600元已一次付清。合同约定的行程包括蜈支洲岛、南山文化旅游区、亚龙湾热带天堂森林公园等景点，并在补充条款中明确约定“行程中不安排购物店，不推销自费项目”。',
  '2026年2月15日上午，导游张某在未征得全体游客同意的情况下，以“景区临时限流”为由，宣布取消当天的蜈支洲岛行程——改为前往某珠宝购物中心，游客在店内停留近三个小时……多名游客当场提出异议，导游称“这是公司的安排，不去也得去”，并表示不去购物的游客只能在车上等候。投诉者随即拨打被投诉者的服务电话，对方表示“会向领导反映”，此后再无答复。此后两天的行程也被压缩，南山文化旅游区的游览时间由合同约定的四小时缩短为一个半小时。',
  '行程结束后，投诉者多次通过电话和电子邮件与被投诉者交涉，要求退还未游览景点的费用并赔礼道歉，被投诉者均以“行程变更属于不可抗力”为由拒绝。投诉者查询该景区官方网站发布的公告（https://www.example-scenic-area.gov.cn/notice/2026/02/15/visitor-flow-control-announcement-detail.html?source=portal&lang=zh-CN），当日景区正常开放，并未实施任何限流措施，被投诉者所称的不可抗力并不存在。投诉者还保存了导游宣布变更行程时的现场录音，以及与被投诉者客服人员的聊天记录截图，可以证明上述事实。',
].join('\n');

export const FIXTURE_REASONS =
  '投诉者认为，被投诉者擅自变更旅游行程、安排购物活动的行为，违反了《中华人民共和国旅游法》第三十五条、第六十九条和《旅行社条例》的有关规定，侵害了投诉者的合法权益；被投诉者事后推诿拖延、拒绝沟通的做法，更加重了投诉者的损失。为此，投诉者曾于2026年2月20日致电旅游服务热线0731-12345678咨询，并按照工作人员的指引将有关材料发送至ts@example.gov.cn，现依法向贵局提出投诉，请求依法处理。';

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

/** Shanghai wall-clock time 'MM-DD HH:MM' in March 2026 → instant. */
function at(local: string): Date {
  return new Date(`2026-${local.replace(' ', 'T')}:00+08:00`);
}

type CaseEventName = keyof typeof CASE_EVENT_PAYLOADS;
type PenaltyEventName = keyof typeof PENALTY_EVENT_PAYLOADS;

/** Collects events with increasing seq and ids, validating each payload with its schema. */
class Timeline {
  readonly events: CaseEventRecord[] = [];
  private status: string | null = null;

  add(type: CaseEventName, when: string, raw: Record<string, unknown>, toStatus?: string): CaseEventRecord {
    const payload = CASE_EVENT_PAYLOADS[type].parse(raw) as Record<string, unknown>;
    return this.push(type, null, when, payload, toStatus);
  }

  addPenalty(type: PenaltyEventName, when: string, raw: Record<string, unknown>): CaseEventRecord {
    const payload = PENALTY_EVENT_PAYLOADS[type].parse(raw) as Record<string, unknown>;
    return this.push(type, FIXTURE.penaltyId, when, payload, undefined);
  }

  private push(type: string, penaltyId: number | null, when: string, payload: Record<string, unknown>, toStatus: string | undefined): CaseEventRecord {
    const seq = this.events.length + 1;
    const prev = this.events[this.events.length - 1];
    const from = this.status;
    if (toStatus !== undefined) this.status = toStatus;
    const ev: CaseEventRecord = {
      id: 1000 + seq,
      caseId: FIXTURE.caseId,
      seq,
      eventType: type,
      penaltyId,
      actorType: 'user',
      actorUserId: type === 'submit' ? null : FIXTURE.officerId,
      actorRole: type === 'submit' ? 'citizen' : 'officer',
      actorName: type === 'submit' ? FIXTURE.complainant.name : FIXTURE.handler.name,
      fromStatus: from,
      toStatus: this.status,
      payload,
      occurredAt: at(when),
      prevHash: prev ? prev.hash : '0'.repeat(64),
      hash: seq.toString(16).padStart(64, 'a'),
    };
    this.events.push(ev);
    return ev;
  }

  last(type: string): CaseEventRecord | undefined {
    return [...this.events].reverse().find((e) => e.eventType === type);
  }
}

/** The holiday calendar of 2025–2027 data that exists in the seeds (2026 National Day included). */
export function fixtureCalendar(): HolidayCalendar {
  const days = new Map<string, CalendarDayEntry>();
  const years = HOLIDAY_YEARS.filter((y) => y.year >= 2025);
  for (const y of years) for (const d of y.days) days.set(d.date, { date: d.date, kind: d.kind, name: d.name });
  return { publishedYears: new Set(years.map((y) => y.year)), days, version: 1 };
}

function party(over: Partial<CaseParty> & Pick<CaseParty, 'id' | 'partyRole' | 'name' | 'position'>): CaseParty {
  return {
    caseId: FIXTURE.caseId,
    userId: null,
    complainantKind: null,
    isRepresentative: false,
    eServiceConsent: false,
    gender: null,
    nationality: null,
    age: null,
    occupation: null,
    workUnit: null,
    address: null,
    postcode: null,
    phone: null,
    email: null,
    idType: null,
    idNumber: null,
    representsPartyId: null,
    agentRelationship: null,
    agentAuthority: [],
    organisationId: null,
    respondentType: null,
    respondentUscc: null,
    respondentLicenceNo: null,
    respondentPhone: null,
    involvedStaff: null,
    ...over,
  };
}

function fixtureParties(v: FixtureVariant): CaseParty[] {
  const c = FIXTURE.complainant;
  const r = FIXTURE.respondent;
  const list: CaseParty[] = [
    party({
      id: FIXTURE.complainantId, partyRole: 'complainant', position: 1, name: c.name, userId: 41, complainantKind: 'tourist',
      isRepresentative: v.joint === true, eServiceConsent: v.eService === true, gender: 'female', nationality: 'CN', age: 34,
      occupation: '教师', workUnit: '长沙市某某中学', address: c.address, postcode: c.postcode, phone: c.phone, email: c.email,
      idType: 'resident_id', idNumber: c.idNumber,
    }),
  ];
  if (v.joint) {
    const co: Array<[string, 'male' | 'female', number, string]> = [['赵堃', 'male', 36, '工程师'], ['钱喆', 'male', 41, '会计'], ['孙赟', 'female', 29, '护士'], ['李珺', 'female', 52, '退休']];
    co.forEach(([name, gender, age, occupation], i) => {
      list.push(party({
        id: FIXTURE.coComplainantIds[i] ?? 0, partyRole: 'complainant', position: i + 2, name, complainantKind: 'tourist', gender, nationality: 'CN', age,
        occupation, address: `湖南省长沙市岳麓区某某街${i + 2}号`, postcode: '410006', phone: `1390000000${i + 2}`, idType: 'resident_id', idNumber: `43010419850${i + 2}021236`,
      }));
    });
  }
  list.push(party({
    id: FIXTURE.respondentId, partyRole: 'respondent', position: 1, name: r.name, userId: 51, eServiceConsent: v.eService === true,
    address: r.address, organisationId: FIXTURE.organisationId, respondentType: 'travel_agency', respondentUscc: r.uscc,
    respondentLicenceNo: r.licenceNo, respondentPhone: r.phone, involvedStaff: '导游张某',
  }));
  if (v.agent) {
    list.push(party({
      id: FIXTURE.agentId, partyRole: 'agent', position: 1, name: '王小明', phone: '13900001111', representsPartyId: FIXTURE.complainantId,
      agentRelationship: '配偶', agentAuthority: ['receive_documents', 'submit_materials', 'attend_mediation'],
    }));
  }
  return list;
}

function fixtureCase(profile: ProfileKey, v: FixtureVariant): CaseRecord {
  return {
    id: FIXTURE.caseId,
    caseNumber: FIXTURE.caseNumber,
    profileKey: profile,
    agencyId: 1,
    channel: 'online',
    receivedAt: at('03-02 09:30'),
    status: 'submitted',
    severity: 'general',
    caseType: 'complaint',
    complaintCategory: 'contract_breach',
    categoryConfirmed: true,
    assignedOfficerId: FIXTURE.officerId,
    jurisdictionBasis: 'respondent_location',
    closureReason: null,
    decisionKind: null,
    flags: [],
    factsChecklistComplete: true,
    isJointComplaint: v.joint === true,
    facts: FIXTURE_FACTS,
    reasons: FIXTURE_REASONS,
    incidentDate: '2026-02-15',
    incidentPlace: '海南省三亚市',
    harmKnownDate: '2026-02-15',
    hasContract: true,
    contractNumber: 'HN20260210-018',
    contractDate: '2026-02-10',
    contractPlace: '湖南省长沙市',
    travelStartDate: '2026-02-14',
    travelEndDate: '2026-02-18',
    contractEndDate: '2026-02-18',
    destination: '海南省三亚市',
    tourGroupNumber: 'HN0214A',
    productName: '海南双飞五日游',
    bookingChannel: '门店',
    amountPaid: '3600',
    groupSize: 28,
    referralSourceAgency: null,
    referralReferenceNo: null,
    referralDeadline: null,
    mediaOutlet: null,
    version: 1,
    createdAt: at('03-02 09:30'),
    updatedAt: at('03-31 16:00'),
  };
}

function fixtureEvidence(): EvidenceEntry[] {
  return [
    { id: 1, description: '《国内旅游组团合同》及补充条款（合同编号：HN20260210-018）', evidenceKind: 'documentary', sourceParty: 'complainant', verificationStatus: 'verified', createdAt: at('03-02 09:30') },
    { id: 2, description: '团费支付凭证（银行转账记录）', evidenceKind: 'documentary', sourceParty: 'complainant', verificationStatus: 'verified', createdAt: at('03-05 16:20') },
    { id: 3, description: '导游宣布变更行程的现场录音', evidenceKind: 'audiovisual', sourceParty: 'complainant', verificationStatus: 'verified', createdAt: at('03-13 10:00') },
  ];
}

const TRANSFER = {
  organ: '某某省某某市文化广电和旅游局',
  honorific: '贵局',
  address: '某某省某某市某某区人民路1号',
  phone: '0898-66668888',
  reason: '被投诉者住所地和旅游合同签订地均在某某省某某市，本局对该投诉没有管辖权',
  materials: '投诉书（3页）\n旅游合同复印件（5页）\n团费支付凭证复印件（1页）\n现场录音光盘',
};

const DECISION_TRANSFER = { otherDepartment: '某某航空股份有限公司', organ: '中国民用航空某某地区管理局' };

/** Decision particulars per kind (issue_decision payload, before parsing). */
function decisionPayload(kind: 1 | 2 | 3 | 4): Record<string, unknown> {
  const r = FIXTURE.respondent.name;
  const c = FIXTURE.complainant.name;
  const common = {
    decision_kind: DECISION_KINDS[kind - 1],
    case_cause: FIXTURE.disputeNature,
    facts_found:
      '2026年2月10日，投诉者与被投诉者签订《国内旅游组团合同》，约定参加“海南双飞五日游”，团费人民币3600元。\n2026年2月15日，被投诉者委派的导游张某未经投诉者同意，取消合同约定的蜈支洲岛行程，改为安排购物活动。经向景区管理机构核实，当日景区正常开放，未实施限流措施。',
    evidence_ids: [1, 2, 3],
    legal_basis: '《中华人民共和国旅游法》第六十九条、第七十条',
    legal_provisions: ['《中华人民共和国旅游法》第六十九条', '《中华人民共和国旅游法》第七十条'],
    conclusion: '被投诉者应当退还投诉者未游览景点的费用并赔礼道歉。',
    appeal_rights_text: '当事人如不服本决定，可以依法申请行政复议或者提起行政诉讼。',
    complaint_claim_summary: '被投诉者的导游以景区限流为由擅自取消蜈支洲岛行程并安排购物，经交涉被投诉者拒绝退费。',
    reply_summary: '行程变更系因景区临时限流，属于不可抗力，不同意退费。',
    orders: [] as unknown[],
  };
  switch (kind) {
    case 1:
      return { ...common, conclusion: '撤销本案立案。', cancellation_reasons: '投诉者主张的行程变更系投诉者本人书面申请调整。', reasoning: '经查，行程变更系投诉者本人书面申请，被投诉者不存在过错。' };
    case 2:
      return {
        ...common, reasoning: '被投诉者擅自变更行程存在过错；投诉者未按约定时间集合，对损失的扩大亦有过错。', complainant_share_pct: 40, respondent_share_pct: 60,
        loss_amount: '3600', compensation_amount: '2160', handling_cost_amount: '600',
        orders: [{ obligor: r, obligor_party_id: FIXTURE.respondentId, obligee: c, kind: 'pay', amount: '2160', manner: '银行转账', performance_days: 15 }],
      };
    case 3:
      return {
        ...common, reasoning: '被投诉者未经投诉者同意擅自变更旅游行程，违反合同约定，应当承担全部责任。', apology_ordered: true, compensation_amount: '3600', handling_cost_amount: '600',
        orders: [
          { obligor: r, obligor_party_id: FIXTURE.respondentId, obligee: c, kind: 'apologise', manner: '书面赔礼道歉', performance_days: 15 },
          { obligor: r, obligor_party_id: FIXTURE.respondentId, obligee: c, kind: 'pay', amount: '3600', manner: '银行转账', performance_days: 15 },
        ],
      };
    case 4:
      return {
        ...common, reasoning: '行程变更系航班取消所致，航班取消属于承运人的责任，被投诉者已尽到告知和协助义务，不存在过错。',
        other_department: DECISION_TRANSFER.otherDepartment, receiving_department: DECISION_TRANSFER.organ, conclusion: '将本案转送有关部门处理。',
      };
  }
}

const SERVICE = (party_id: number, served_on: string, method: 'in_person' | 'postal' | 'electronic') => ({ party_id, service_method: method, served_on, tracking_number: method === 'postal' ? 'EMS1234567890' : undefined });

/** The timeline of the variant (see the module comment). */
function fixtureTimeline(profile: ProfileKey, v: FixtureVariant): Timeline {
  const t = new Timeline();
  const cId = FIXTURE.complainantId;
  const rId = FIXTURE.respondentId;
  const subject = FIXTURE.complaintSubject;
  const joint = v.joint === true;
  const consenting = joint ? [cId, ...FIXTURE.coComplainantIds, rId] : [cId, rId];
  t.add('submit', '03-02 09:30', { channel: 'online' }, 'submitted');
  t.add('assign', '03-02 14:00', { assignee_id: FIXTURE.officerId, recusal_confirmed: true }, 'acceptance_review');
  t.add('request_supplement', '03-03 10:00', { missing_items: '证明投诉事实的有关证据材料\n团费支付凭证', period_days: 10, complaint_subject: subject }, 'awaiting_supplement');
  t.add('provide_supplement', '03-05 16:20', { description: '补充提交了团费支付凭证（银行转账记录）。' }, 'acceptance_review');
  const acceptance = v.acceptance ?? 'accept';
  if (acceptance === 'refuse') {
    const grounds = v.refusalGrounds ?? ['outside_jurisdiction'];
    t.add('refuse_acceptance', '03-06 10:00', {
      refusal_grounds: grounds,
      reasons: grounds.includes('supplement_not_provided') ? '你未在规定期限内补正投诉材料，现有材料不足以认定具体的投诉请求和事实根据。' : '被投诉者住所地和旅游合同签订地均不在本市。',
      competent_organ: grounds.includes('outside_jurisdiction') ? TRANSFER.organ : undefined,
      competent_organ_address: grounds.includes('outside_jurisdiction') ? TRANSFER.address : undefined,
      competent_organ_phone: grounds.includes('outside_jurisdiction') ? TRANSFER.phone : undefined,
      other_remedies: '可以通过协商、调解、仲裁或者诉讼解决纠纷。',
      complaint_subject: subject,
    }, 'not_accepted');
    return t;
  }
  if (acceptance === 'transfer') {
    t.add('transfer_out', '03-06 10:00', {
      receiving_organ: TRANSFER.organ, reason: TRANSFER.reason, materials: TRANSFER.materials, complaint_subject: subject,
      receiving_organ_address: TRANSFER.address, receiving_organ_phone: TRANSFER.phone, receiving_organ_honorific: TRANSFER.honorific,
    }, 'transferred_out');
    return t;
  }
  const accepted: Record<string, boolean> = { permitted_complainant: true, clear_respondent_request_facts: true, in_scope: true, filing_window_open: true, has_jurisdiction: true, not_handled_elsewhere: true };
  t.add('accept', '03-06 10:00', { checklist: accepted, jurisdiction_basis: 'respondent_location', complaint_category: 'contract_breach', complaint_subject: subject, dispute_nature: FIXTURE.disputeNature }, 'accepted');
  t.add('send_notice', '03-06 10:30', {}, profile === 'interim-1991' ? 'awaiting_reply' : 'notice_sent');
  t.add('serve_notice', '03-09 11:00', SERVICE(rId, '2026-03-09', v.eService ? 'electronic' : 'postal'), 'awaiting_reply');
  t.add('submit_reply', '03-12 15:00', {
    party_id: rId,
    reply_subject: '投诉者投诉我社擅自变更旅游行程。',
    reply_verification_process: '我社调取了行程单和导游日志，询问了带团导游。',
    reply_facts_evidence: '2026年2月15日景区临时限流，导游经与部分游客协商后调整了行程。',
    reply_responsibility_opinion: '行程变更属于不可抗力，我社不承担责任，但愿意退还部分门票差价。',
    reply_position: 'deny_all',
    signatory: '李四',
  }, 'reply_received');
  t.add('start_investigation', '03-13 09:00', { plan: '向景区管理机构核实2026年2月15日是否实施限流措施。' }, 'investigating');
  t.add('add_evidence', '03-13 10:00', { evidence_id: 3, description: '导游宣布变更行程的现场录音', evidence_kind: 'audiovisual', source_party: 'complainant', verification_status: 'verified', shared_with_respondent: true });
  t.add('start_mediation', '03-16 10:00', {
    consenting_party_ids: consenting, consent_date: '2026-03-16', consent_method: '书面同意调解', facts_checklist_empty_acknowledged: false,
    mediation_at: '2026-03-20T09:30', mediation_mode: 'onsite', mediation_place: '某某市文化和旅游局三楼调解室', mediator_names: '李明、张华',
  }, 'mediating');
  t.add('record_mediation_session', '03-20 11:30', { session_date: '2026-03-20', attendees: '投诉者王玥珺；被投诉者委托代理人刘某；调解员李明、张华', claims: '投诉者要求退还团费3600元并赔礼道歉。', points_in_dispute: '行程变更是否属于不可抗力。' });
  const outcome = v.outcome ?? 'agreement';
  if (outcome === 'decision' && profile !== 'interim-1991') throw new Error('fixture: a handling decision exists only in interim-1991');
  if (outcome === 'agreement') {
    t.add('sign_mediation_agreement', '03-20 15:00', {
      consenting_party_ids: consenting,
      dispute_nature: FIXTURE.disputeNature,
      dispute_name: '海南双飞五日游行程变更纠纷',
      main_facts: '2026年2月15日，被投诉者的导游以景区限流为由取消蜈支洲岛行程并安排购物活动。',
      dispute_focus: '行程变更是否属于不可抗力，被投诉者应否退还相应费用。',
      complainant_claims: '退还团费人民币3600元并赔礼道歉。',
      respondent_position: '行程变更系景区限流所致，同意协商解决。',
      mediation_reasons: '经调解，双方当事人在自愿、合法的基础上达成如下协议。',
      cost_bearing: '本案调解不收取费用。',
      facts_found: '被投诉者未经投诉者同意变更行程，景区当日正常开放。',
      terms: [
        { obligor: FIXTURE.respondent.name, obligor_party_id: rId, obligee: FIXTURE.complainant.name, kind: 'refund', amount: '3600', manner: '银行转账', performance_days: 10 },
        { obligor: FIXTURE.respondent.name, obligor_party_id: rId, obligee: FIXTURE.complainant.name, kind: 'pay', amount: '3600.5', manner: '银行转账', performance_days: 15 },
      ],
      complainant_signed: true,
      respondent_signed: true,
      mediator_names: '李明、张华',
      signing_mode: v.signingMode ?? 'paper',
    }, 'mediation_agreed');
  } else {
    const reason = v.terminationReason ?? 'party_declares_no_agreement';
    t.add('terminate_mediation', '03-20 15:00', {
      termination_reason: reason,
      detail: reason === 'party_absent_or_refuses' ? '被投诉者经通知无正当理由未参加调解。' : '经调解，双方当事人对退费金额分歧较大，未能达成协议。',
    }, profile === 'interim-1991' ? 'investigating' : 'mediation_terminated');
  }
  if (outcome === 'decision') {
    t.add('start_deciding', '03-23 10:00', {
      facts_checklist: {
        time_place_persons: '2026年2月15日，海南省三亚市，投诉者、导游张某。',
        cause_course_result: '导游以景区限流为由取消行程并安排购物，投诉者未能游览蜈支洲岛。',
        causation_and_damage: '行程取消造成投诉者未游览景点费用的损失。',
        disputed_views: '双方对行程变更是否属于不可抗力存在争议。',
      },
    }, 'deciding');
  }
  if (v.penalty) addPenalty(t);
  if (outcome === 'decision') {
    const kind = v.decisionKind ?? 3;
    t.add('issue_decision', '03-30 10:00', decisionPayload(kind), 'decision_issued');
    if (kind === 4) {
      t.add('transfer_out', '03-30 10:30', { receiving_organ: DECISION_TRANSFER.organ, reason: '行程变更系航班取消所致', materials: '投诉书（3页）\n旅游投诉处理决定书（4页）', receiving_organ_honorific: '贵局', receiving_organ_address: '某某市某某区民航路1号', receiving_organ_phone: '0731-88880000' });
    }
    t.add('serve_decision', '03-30 11:00', SERVICE(cId, '2026-03-30', 'in_person'));
    t.add('serve_decision', '03-30 11:10', SERVICE(rId, '2026-03-30', 'in_person'));
  }
  if (v.deposit) {
    t.add('order_deposit_compensation', '03-31 10:00', {
      deposit_ground: v.deposit,
      amount: '3600',
      breakdown: '未游览景点费用人民币3600元',
      facts_found: v.deposit === 'prepaid_fee_loss' ? '被投诉者已于2026年3月25日停止经营，无法退还投诉者预交的旅游费用。' : '被投诉者擅自变更旅游行程造成投诉者损失，经查证属实。',
      loss_description: '未游览蜈支洲岛的费用损失',
      ground_cause: v.deposit === 'prepaid_fee_loss' ? '被投诉者停止经营' : '被投诉者违反旅游合同约定',
      deposit_bank: '中国工商银行某某支行',
      deposit_account: '6222020200112233445',
      beneficiary_name: FIXTURE.complainant.name,
    });
  }
  if (v.closed !== false) {
    t.add('close', '03-31 16:00', { closure_summary: '本案已办结。', complainant_informed_of_remedies: true }, 'closed');
  }
  return t;
}

/** The penalty proceeding's events (penaltyId 1): filing, prior notice with a fine of 30000 and a hearing right, statement, decision, service. */
function addPenalty(t: Timeline): void {
  t.addPenalty('file_penalty', '03-23 14:00', {
    party_name: FIXTURE.respondent.name, organisation_id: FIXTURE.organisationId, legal_provision: '《中华人民共和国旅游法》第一百条',
    violation_date: '2026-02-15', harms_life_health_finance: false, facts: '被投诉者涉嫌未经旅游者同意擅自变更旅游行程安排。',
  });
  t.addPenalty('serve_prior_notice', '03-24 10:00', {
    proposed_items: [{ type: 'warning' }, { type: 'fine', amount: 30000 }],
    served_on: '2026-03-24',
    service_method: 'in_person',
    facts: '2026年2月15日，当事人委派的导游张某在未经旅游者同意的情况下，取消合同约定的蜈支洲岛行程，安排旅游者前往购物场所购物，停留近三小时。',
    violation_summary: '擅自变更旅游行程安排',
    penalty_evidence: '旅游合同、行程单、现场录音、询问笔录',
    violated_provision: '《中华人民共和国旅游法》第三十五条第一款',
    penalty_provision: '《中华人民共和国旅游法》第九十八条',
    discretion_reasons: '当事人系初次违法且积极配合调查',
    statement_days: 5,
  });
  t.addPenalty('record_statement', '03-26 10:00', { statement: '当事人辩称行程变更系景区限流所致。', adopted: false, review: '经复核，景区当日正常开放，当事人的申辩理由不成立，不予采纳。' });
  t.addPenalty('decide_penalty', '03-27 10:00', {
    items: [{ type: 'warning' }, { type: 'fine', amount: 30000 }],
    party_address: FIXTURE.respondent.address,
    facts_and_evidence: '当事人未经旅游者同意擅自变更旅游行程安排，有旅游合同、行程单、现场录音、询问笔录等证据证明。',
    legal_basis: '《中华人民共和国旅游法》第九十八条',
    performance_manner: '自收到本决定书之日起十五日内缴纳罚款。',
    legal_review_done: true,
  });
  t.addPenalty('serve_penalty_decision', '03-27 15:00', { service_method: 'in_person', served_on: '2026-03-27', served_on_the_spot: false });
}

function fixturePenalties(v: FixtureVariant): PenaltyProceeding[] {
  if (!v.penalty) return [];
  const items = [{ type: 'warning' }, { type: 'fine', amount: 30000 }];
  return [{
    id: FIXTURE.penaltyId, caseId: FIXTURE.caseId, status: 'served', partyName: FIXTURE.respondent.name, organisationId: FIXTURE.organisationId,
    legalProvision: '《中华人民共和国旅游法》第一百条', proposedItems: items, decidedItems: items, hearingRight: true, investigatorIds: [FIXTURE.officerId, 12], version: 3,
  }];
}

/** Obligations created by the agreement's terms or the decision's orders. */
function fixtureObligations(events: readonly CaseEventRecord[]): ObligationEntry[] {
  const src = events.find((e) => e.eventType === 'sign_mediation_agreement' || e.eventType === 'issue_decision');
  if (!src) return [];
  const items = (src.eventType === 'issue_decision' ? src.payload.orders : src.payload.terms) as Array<Record<string, unknown>>;
  return items.map((o, i) => ({
    id: 501 + i,
    source: src.eventType === 'issue_decision' ? 'decision' : 'mediation',
    obligor: String(o.obligor),
    obligorPartyId: typeof o.obligor_party_id === 'number' ? o.obligor_party_id : null,
    obligee: typeof o.obligee === 'string' ? o.obligee : null,
    kind: String(o.kind),
    amount: typeof o.amount === 'string' ? o.amount : null,
    manner: typeof o.manner === 'string' ? o.manner : null,
    performanceDays: Number(o.performance_days),
    state: 'pending',
  }));
}

function fixtureReplies(events: readonly CaseEventRecord[]): ReplyEntry[] {
  const e = events.find((x) => x.eventType === 'submit_reply');
  if (!e) return [];
  const p = e.payload;
  const s = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  return [{
    respondentPartyId: FIXTURE.respondentId, status: 'submitted', replySubject: s('reply_subject'), replyVerificationProcess: s('reply_verification_process'),
    replyFactsEvidence: s('reply_facts_evidence'), replyResponsibilityOpinion: s('reply_responsibility_opinion'), late: false, submittedAt: e.occurredAt,
  }];
}

/** The already-issued documents templates cite (§6.5 reply_notice_number, transfer_letter_number, prior_notice_ref …). */
function issuedDocuments(profile: ProfileKey, events: readonly CaseEventRecord[]): IssuedDocumentRef[] {
  const find = (type: string, where: (e: CaseEventRecord) => boolean = () => true) => events.find((e) => e.eventType === type && where(e));
  const docs: IssuedDocumentRef[] = [];
  const push = (type: string, number: string, title: string, ev: CaseEventRecord | undefined, extra: Partial<IssuedDocumentRef> = {}) => {
    if (!ev) return;
    docs.push({ id: docs.length + 1, type, number, issuedAt: ev.occurredAt, recipientPartyId: null, penaltyId: null, sourceEventId: ev.id, supersededById: null, title, pageCount: 2, ...extra });
  };
  const m2010 = profile === 'measures-2010';
  const transfer = find('transfer_out');
  push('transfer_letter', '平旅投转字〔2026〕3号', m2010 ? '旅游投诉转办函' : '关于转送旅游投诉的函', transfer);
  push('reply_notice', '平旅投答字〔2026〕15号', m2010 ? '旅游投诉受理通知书' : '旅游投诉答复通知书', find('send_notice'), { recipientPartyId: FIXTURE.respondentId, pageCount: 5 });
  push('penalty_prior_notice', '平旅罚告字〔2026〕2号', '行政处罚事先告知书', find('serve_prior_notice'), { recipientPartyId: FIXTURE.respondentId, penaltyId: FIXTURE.penaltyId });
  push('penalty_decision', '平旅罚决字〔2026〕2号', '行政处罚决定书', find('decide_penalty'), { recipientPartyId: FIXTURE.respondentId, penaltyId: FIXTURE.penaltyId, pageCount: 3 });
  push('handling_decision', '平旅投决字〔2026〕4号', '旅游投诉处理决定书', find('issue_decision'), { pageCount: 4 });
  return docs.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || a.id - b.id);
}

// ---------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------

/** A complete DocumentSource for the profile and variant (documents.md §9.0). */
export function fixtureSource(profile: ProfileKey, variant: FixtureVariant = {}): DocumentSource {
  const timeline = fixtureTimeline(profile, variant);
  const events = timeline.events;
  return {
    caseRecord: fixtureCase(profile, variant),
    profile,
    parties: fixtureParties(variant),
    requests: [
      { position: 1, kind: 'refund', amount: '3600', detail: '退还因擅自变更行程未能游览景点的费用人民币3600元' },
      { position: 2, kind: 'apology', amount: null, detail: '被投诉者书面赔礼道歉。' },
    ],
    events,
    evidence: fixtureEvidence(),
    obligations: fixtureObligations(events),
    penalties: fixturePenalties(variant),
    replies: fixtureReplies(events),
    clocks: [],
    agency: {
      id: 1,
      agencyName: '某某市文化和旅游局',
      issuerMark: '某某市文化和旅游局',
      self: '本局',
      docCode: '平',
      address: '某某市某某区政务路2号',
      postcode: '410000',
      phone: '0731-88889999',
      reconsiderationOrgan: '某某市人民政府',
      court: '某某市某某区人民法院',
      fineBank: '中国工商银行某某支行',
      fineEPayment: '某某省非税收入电子缴款系统',
      officeName: '某某市文化和旅游局办公室',
      sealMode: 'placeholder',
      sealDiameterMm: 42,
      sealImage: null,
      markSizeFilePt: 52,
      markSizeLetterPt: 36,
      separatorPt: 1.5,
      remedyOnNonAcceptance: true,
      prefixOverrides: {},
    },
    deployment: {
      portalName: '旅游投诉服务平台',
      publicBaseUrl: 'https://ts.example.gov.cn',
      publicHost: 'ts.example.gov.cn',
      productName: '旅游投诉服务平台',
      templateVersion: '1',
    },
    handler: { ...FIXTURE.handler },
    staffNames: { 11: '李明', 12: '张华', 13: '王强' },
    calendar: fixtureCalendar(),
    documents: issuedDocuments(profile, events),
    organisations: [{
      id: FIXTURE.organisationId, name: FIXTURE.respondent.name, legalRepresentative: FIXTURE.respondent.legalRep, address: FIXTURE.respondent.address,
      licenceNo: FIXTURE.respondent.licenceNo, uscc: FIXTURE.respondent.uscc,
    }],
  };
}

/** The already-issued documents of the variant's case (the same list as fixtureSource(...).documents). */
export function fixtureDocuments(profile: ProfileKey, variant: FixtureVariant = {}): IssuedDocumentRef[] {
  return fixtureSource(profile, variant).documents;
}

/** The fixed stamp of §9.0: issued 2026-03-15 10:30 Asia/Shanghai, number 平旅投受字〔2026〕15号. */
export function fixtureStamp(overrides: Partial<IssueStamp> = {}): IssueStamp {
  return {
    issuedAt: new Date('2026-03-15T02:30:00Z'),
    dateText: '2026年3月15日',
    number: '平旅投受字〔2026〕15号',
    verificationCode: '7K3MQ9TX2HDA',
    draft: false,
    ...overrides,
  };
}

/** The latest event of a type in a source (test convenience). */
export function fixtureEvent(source: DocumentSource, type: string): CaseEventRecord {
  const ev = [...source.events].reverse().find((e) => e.eventType === type);
  if (!ev) throw new Error(`fixture has no ${type} event`);
  return ev;
}
