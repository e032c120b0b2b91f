/**
 * 旅游服务质量保证金划拨决定书 (documents.md §7.14): the travel agency as 当事人, the facts, the ground, the payout
 * from the deposit with its 划拨款项明细 attachment table, the top-up duty, the remedies, and 抄送 the deposit bank.
 * The beneficiary's bank account is never printed; the deposit account only masked.
 */
import { buildCaseFacts } from '../context/caseFacts.ts';
import { inlineText, moneyText, moneyUpper, paragraphs, stripEndPunctuation, toCents } from '../format/index.ts';
import type { Block, Cell } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import { fileEnding, fileOpening, handlerNote, latestEvent, latestIssued, missingOf, paras, payloadText, supersessionSentence, titleOf } from './common.ts';

/** Grounds of §7.14: 1 违约损害经查证属实 (incl. a decision or agreement not performed), 2 the other causes (with `ground_cause`). */
const GROUND_1 = new Set(['contract_breach_verified', 'decision_not_performed']);

/** One row of the 划拨款项明细. */
export interface BreakdownRow {
  item: string;
  /** digits, e.g. 3600 / 3600.50 */
  amount: string;
  note: string;
}

/** `项目：金额[元][（说明）]` or `项目人民币金额元[（说明）]` — one breakdown line. */
const LINE_RE = /^(.+?)\s*(?:[：:]\s*(?:人民币)?|人民币)\s*(\d+(?:\.\d{1,2})?)\s*元?\s*(?:[（(](.*)[）)])?$/;

/**
 * The breakdown rows of the payload text: each non-empty line (or "；"-separated part) `项目：金额` (or
 * `项目人民币金额元`); when a part does not parse, the whole text is one row with the payout amount.
 */
export function parseBreakdown(text: string, payout: string): BreakdownRow[] {
  const parts = paragraphs(text).flatMap((l) => l.split(/[；;]/)).map((l) => stripEndPunctuation(inlineText(l))).filter((l) => l !== '');
  if (parts.length === 0) return [];
  const rows = parts.map((p) => {
    const m = LINE_RE.exec(p);
    return m ? { item: stripEndPunctuation(m[1] ?? ''), amount: moneyText(m[2] ?? '0'), note: inlineText(m[3]) } : null;
  });
  if (rows.every((r) => r !== null && r.item !== '')) return rows as BreakdownRow[];
  return [{ item: stripEndPunctuation(inlineText(parts.join('；'))), amount: payout, note: '' }];
}

/** The deposit account with all but the last four characters masked. */
function maskAccount(account: string): string {
  const a = account.replace(/\s+/g, '');
  return a.length <= 4 ? '*'.repeat(a.length) : '*'.repeat(a.length - 4) + a.slice(-4);
}

export interface DepositCompensationDecisionContext extends BaseContext {
  respondentName: string;
  respondentLicenceNo: string;
  respondentUscc: string;
  respondentAddress: string;
  respondentLegalRep: string;
  complainantName: string;
  complaintSubject: string;
  self: string;
  acceptedDate: string;
  factsFound: string[];
  /** 1 or 2 (§7.14); 0 when unknown */
  depositGround: number;
  groundCause: string;
  /** `{title}（{number}）` of the decision or agreement not performed, for ground 1 */
  handlingDecisionRef: { title: string; number: string } | null;
  mediationFailed: boolean;
  rulesDeposit: string;
  lawTourism: string;
  regTravelAgency: string;
  depositBank: string;
  depositAccountMasked: string;
  payoutAmount: string;
  payoutAmountUpper: string;
  beneficiaryName: string;
  lossDescription: string;
  breakdown: BreakdownRow[];
  reconsiderationOrgan: string;
  court: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'deposit_compensation_decision',
  titles: { 'interim-1991': '旅游服务质量保证金划拨决定书', 'measures-2010': '旅游服务质量保证金划拨决定书' },
  family: 'file',
  prefix: '旅保划字',
  shortName: { 'interim-1991': '决定书', 'measures-2010': '决定书' },
  internal: false,
  sealed: true,
  sealMandatory: true,
  issuedOn: ['order_deposit_compensation'],
  per: 'case',
  recipients: { complainant: true, respondent: true },
};

export const depositCompensationDecision: DocumentModule<DepositCompensationDecisionContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const order = latestEvent(source, ['order_deposit_compensation'], (e) => e.penaltyId === null);
    const short = (k: string) => stripEndPunctuation(inlineText(payloadText(order, k)));
    const groundKey = payloadText(order, 'deposit_ground');
    const ground = groundKey === '' ? 0 : GROUND_1.has(groundKey) ? 1 : 2;
    const amount = short('amount');
    const breakdown = parseBreakdown(payloadText(order, 'breakdown'), amount === '' ? '' : moneyText(amount));
    const breakdownCents = breakdown.every((r) => r.amount !== '') ? breakdown.reduce((s, r) => s + toCents(r.amount), 0) : -1;
    const payout = amount !== '' ? moneyText(amount) : breakdownCents > 0 ? moneyText(breakdownCents / 100) : '';
    const ref = ground === 1
      ? (latestIssued(source, 'handling_decision') ?? latestIssued(source, 'mediation_agreement') ?? latestIssued(source, 'mediation_document'))
      : null;
    const single = facts.complainants.length === 1 ? facts.complainant.name : '';
    const r = facts.respondent;
    const ctx: DepositCompensationDecisionContext = {
      type: 'deposit_compensation_decision',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      respondentName: facts.respondents.length > 0 ? r.name : '',
      respondentLicenceNo: r.licenceNo,
      respondentUscc: r.uscc,
      respondentAddress: r.address,
      respondentLegalRep: r.legalRep,
      complainantName: facts.complainantName,
      complaintSubject: facts.complaintSubject,
      self: facts.self,
      acceptedDate: facts.acceptedDate,
      factsFound: paragraphs(payloadText(order, 'facts_found') || payloadText(latestEvent(source, ['issue_decision']), 'facts_found')),
      depositGround: ground,
      groundCause: ground === 2 ? short('ground_cause') : '',
      handlingDecisionRef: ref ? { title: ref.title, number: ref.number } : null,
      mediationFailed: source.profile === 'measures-2010',
      rulesDeposit: facts.citations.rules_deposit,
      lawTourism: facts.citations.law_tourism,
      regTravelAgency: facts.citations.reg_travel_agency,
      depositBank: short('deposit_bank'),
      depositAccountMasked: maskAccount(payloadText(order, 'deposit_account')),
      payoutAmount: payout,
      payoutAmountUpper: payout === '' ? '' : moneyUpper(payout),
      // the beneficiary is the tourist who complained unless the order names another (a joint complaint must name one)
      beneficiaryName: short('beneficiary_name') || single,
      lossDescription: short('loss_description'),
      breakdown,
      reconsiderationOrgan: facts.reconsiderationOrgan,
      court: facts.court,
      supersession: supersessionSentence(info, source.profile, facts.self, target),
      note: handlerNote(facts),
    };
    const sumMatches = payout !== '' && breakdownCents === toCents(payout);
    ctx.missing = missingOf({
      respondent_name: ctx.respondentName,
      respondent_licence_no: ctx.respondentLicenceNo,
      respondent_uscc: ctx.respondentUscc,
      respondent_address: ctx.respondentAddress,
      respondent_legal_rep: ctx.respondentLegalRep,
      complaint_subject: ctx.complaintSubject,
      accepted_date: ctx.acceptedDate,
      facts_found: ctx.factsFound,
      deposit_bank: ctx.depositBank,
      deposit_account_masked: ctx.depositAccountMasked,
      payout_amount: ctx.payoutAmount,
      beneficiary_name: ctx.beneficiaryName,
      deposit_ground: ground === 0 ? '' : String(ground),
      ...(ground === 2 ? { ground_cause: ctx.groundCause } : {}),
      loss_description: ctx.lossDescription,
      breakdown: sumMatches ? ctx.breakdown : [],
      reconsideration_organ: ctx.reconsiderationOrgan,
      court: ctx.court,
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const party = [
      ctx.respondentName,
      `旅行社业务经营许可证编号：${ctx.respondentLicenceNo}`,
      `统一社会信用代码：${ctx.respondentUscc}`,
      `住所：${ctx.respondentAddress}`,
      ctx.respondentLegalRep === '' ? '' : `法定代表人（负责人）：${ctx.respondentLegalRep}`,
    ].filter((p) => p !== '').join('，');
    let ground = '';
    if (ctx.depositGround === 1) {
      const ref = ctx.handlingDecisionRef;
      ground = `你社违反旅游合同约定，侵害旅游者合法权益，经${ctx.self}查证属实${ref ? `。${ctx.self}已作出《${ref.title}》（${ref.number}），你社逾期未履行其中确定的赔偿义务` : ''}。`;
    } else if (ctx.depositGround === 2) {
      ground = `你社因${ctx.groundCause}，造成旅游者预交旅游费用损失。`;
    }
    if (ctx.mediationFailed) ground += `经${ctx.self}调解，双方当事人未能达成协议。`;
    const blocks: Block[] = [
      ...fileOpening(ctx.title),
      ...paras([`当事人：${party}。`]),
      ...paras([
        `${ctx.complainantName}投诉你社${ctx.complaintSubject}一案，${ctx.self}于${ctx.acceptedDate}受理。经查明：`,
        ...ctx.factsFound,
        ground,
        `依据${ctx.rulesDeposit}和${ctx.lawTourism}第三十一条的规定，${ctx.self}决定：从你社存入${ctx.depositBank}的旅游服务质量保证金（账号：${ctx.depositAccountMasked}）中划拨人民币${ctx.payoutAmount}元（大写：${ctx.payoutAmountUpper}），用于赔偿旅游者${ctx.beneficiaryName}的${ctx.lossDescription}。划拨款项明细见附件。`,
        `依照${ctx.regTravelAgency}第十八条的规定，你社应当自收到本决定书之日起五个工作日内补足旅游服务质量保证金。逾期不补足的，${ctx.self}将依照${ctx.regTravelAgency}第四十八条的规定依法处理。`,
        ctx.supersession,
        `你社如不服本决定，可以自收到本决定书之日起六十日内向${ctx.reconsiderationOrgan}申请行政复议，也可以自收到本决定书之日起六个月内直接向${ctx.court}提起行政诉讼。`,
      ]),
      ...fileEnding({ attachments: ['划拨款项明细'], note: ctx.note, cc: [ctx.depositBank], pages: [breakdownPage(ctx)] }),
    ];
    return blocks;
  },
};

/** The attachment page 划拨款项明细: 序号 12 | 项目 84 | 金额（元） 30 | 说明 30 mm, and the 合计 row. */
function breakdownPage(ctx: DepositCompensationDecisionContext): Block {
  const header: Cell[] = ['序号', '项目', '金额（元）', '说明'].map((text) => ({ text, label: true }));
  const rows: Cell[][] = ctx.breakdown.map((r, i) => [{ text: String(i + 1) }, { text: r.item }, { text: r.amount }, { text: r.note }]);
  const total: Cell[] = [
    { text: '合计', label: true, span: 2 },
    { text: ctx.payoutAmount },
    { text: ctx.payoutAmountUpper === '' ? '' : `（大写：${ctx.payoutAmountUpper}）` },
  ];
  return { kind: 'attachmentPage', label: '附件', title: '划拨款项明细', blocks: [{ kind: 'table', columnsMm: [12, 84, 30, 30], rows: [header, ...rows, total] }] };
}
