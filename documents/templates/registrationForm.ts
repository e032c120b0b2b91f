/**
 * 投诉登记表 (documents.md §7.1; `measures-2010`: 旅游投诉立案表 when accepted): the internal form of the
 * registration and acceptance review, 20 rows in four columns 28 | 50 | 28 | 50 mm, full personal data (internal).
 */
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { label } from '../context/labels.ts';
import { formatDate, inlineText, stripEndPunctuation } from '../format/index.ts';
import type { Block, Cell } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import { latestEvent, missingOf, payloadList, payloadText, supersessionSentence, titleOf } from './common.ts';

/** Ideographic space (U+3000). */
const SP = '　';

/** The events that complete the acceptance review (§7.1 "When"). */
const REVIEW_EVENTS = ['accept', 'refuse_acceptance', 'request_supplement', 'transfer_out'] as const;

/**
 * The checklist of row 16: label, accept-checklist item, the two answers, and the refusal ground that answers "no".
 * An answer that the review did not establish prints both options for ticking by hand.
 */
const CHECKS: ReadonlyArray<readonly [string, string, string, string, readonly string[]]> = [
  ['投诉时效', 'filing_window_open', '符合', '不符合', ['filing_window_expired']],
  ['管辖', 'has_jurisdiction', '属于本机关管辖', '不属于', ['outside_jurisdiction']],
  ['投诉者资格（直接利害关系）', 'permitted_complainant', '具备', '不具备', ['no_direct_interest']],
  ['被投诉者明确', 'clear_respondent_request_facts', '是', '否', ['no_clear_respondent']],
  ['投诉请求具体', 'clear_respondent_request_facts', '是', '否', ['no_specific_request']],
  ['事实根据', 'clear_respondent_request_facts', '有', '无', ['no_factual_basis']],
  ['受理范围', 'in_scope', '属于', '不属于', ['outside_scope', 'other_economic_dispute']],
];

/** Row 16: the checklist lines and the conclusion of the review event ('' conclusion without a review). */
function reviewLines(review: CaseEventRecord | null): { checks: string[]; conclusion: string } {
  const type = review?.eventType ?? '';
  const checklist = (review?.payload.checklist ?? {}) as Record<string, unknown>;
  const grounds = payloadList(review, 'refusal_grounds').map(String);
  const checks = CHECKS.map(([name, item, yes, no, noGrounds]) => {
    let answer = `${yes}／${no}`;
    if (type === 'accept') answer = checklist[item] === true ? yes : no;
    else if (type === 'refuse_acceptance') answer = noGrounds.some((g) => grounds.includes(g)) ? no : yes;
    else if (type === 'transfer_out' && item === 'has_jurisdiction') answer = no;
    return `${name}：${answer}`;
  });
  let conclusion = '';
  if (type === 'accept') conclusion = '受理';
  else if (type === 'refuse_acceptance') conclusion = `不予受理（${grounds.map((g) => label('refusal_ground', g)).filter((g) => g !== '').join('；')}）`;
  else if (type === 'request_supplement') conclusion = '补正';
  else if (type === 'transfer_out') conclusion = `转送（${stripEndPunctuation(inlineText(payloadText(review, 'receiving_organ')))}）`;
  return { checks, conclusion };
}

export interface RegistrationFormContext extends BaseContext {
  caseNumber: string;
  receivedDate: string;
  receivedAt: string;
  channel: string;
  complainantCount: string;
  complainantName: string;
  complainantSex: string;
  complainantNationality: string;
  complainantAge: string;
  complainantId: string;
  complainantPhone: string;
  complainantAddress: string;
  email: string;
  complainantAgent: string;
  respondentName: string;
  respondentType: string;
  respondentUscc: string;
  respondentAddress: string;
  respondentPhone: string;
  travelProduct: string;
  destination: string;
  incidentDate: string;
  incidentPlace: string;
  factsAndReasons: string[];
  requests: string[];
  evidence: string[];
  evidenceHead: string;
  checks: string[];
  reviewResult: string;
  reviewDate: string;
  handlerName: string;
  assignedDate: string;
  remarks: string[];
}

const info: DocumentTypeInfo = {
  type: 'registration_form',
  titles: { 'interim-1991': '旅游投诉登记表', 'measures-2010': '旅游投诉登记表' },
  family: 'form',
  prefix: '旅投登字',
  shortName: { 'interim-1991': '登记表', 'measures-2010': '登记表' },
  internal: true,
  sealed: false,
  sealMandatory: false,
  issuedOn: ['accept'],
  per: 'case',
  recipients: { complainant: false, respondent: false },
};

export const registrationForm: DocumentModule<RegistrationFormContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const review = latestEvent(source, REVIEW_EVENTS, (e) => e.penaltyId === null);
    const { checks, conclusion } = reviewLines(review);
    const c = facts.complainant;
    const r = facts.respondent;
    const accepted = review?.eventType === 'accept';
    const pages = facts.evidence.map((e) => e.pages);
    const totalPages = pages.length > 0 && pages.every((p) => /^\d+$/.test(p)) ? pages.reduce((s, p) => s + Number(p), 0) : null;
    const note = inlineText(payloadText(review, 'note'));
    const ctx: RegistrationFormContext = {
      type: 'registration_form',
      profile: source.profile,
      title: source.profile === 'measures-2010' && accepted ? '旅游投诉立案表' : titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      caseNumber: facts.caseNumber,
      receivedDate: facts.receivedDate,
      receivedAt: facts.receivedAt,
      channel: facts.channel,
      complainantCount: `${facts.complainantCount}人`,
      complainantName: c.name,
      complainantSex: c.sex,
      // caseFacts leaves 中国 out (printed only if not 中国, §7.9); the form states it whenever it was recorded
      complainantNationality: c.nationality || (inlineText(source.parties.find((p) => p.id === c.partyId)?.nationality) === '' ? '' : '中国'),
      complainantAge: c.age,
      complainantId: [c.idTypeLabel, c.idFull].filter((s) => s !== '').join('：'),
      complainantPhone: c.phoneFull,
      complainantAddress: c.address + (c.postcode === '' ? '' : `（邮政编码：${c.postcode}）`),
      email: c.email,
      complainantAgent: c.agent ? `${c.agent.name}${c.agent.relation === '' ? '' : `（${c.agent.relation}）`}` : '无',
      respondentName: facts.respondents.map((x) => x.name).join('、'),
      respondentType: r.typeLabel,
      respondentUscc: r.uscc,
      respondentAddress: r.address,
      respondentPhone: r.phone,
      travelProduct: facts.travelProduct,
      destination: facts.destination,
      incidentDate: facts.incidentDate,
      incidentPlace: facts.incidentPlace,
      factsAndReasons: facts.factsAndReasons,
      requests: facts.requests,
      evidence: facts.evidence.map((e, i) => `${i + 1}.${e.name}${e.kind === '' ? '' : `（${e.kind}）`}${e.pages === '' ? '' : `${e.pages}页`}`),
      evidenceHead: facts.evidence.length === 0 ? '无' : `共${facts.evidence.length}份${totalPages === null ? '' : `${totalPages}页`}：`,
      checks,
      reviewResult: conclusion,
      reviewDate: review ? formatDate(review.occurredAt) : '',
      handlerName: facts.handlerName,
      assignedDate: facts.assignedDate,
      remarks: [
        facts.joint ? `共同投诉者：${facts.complainants.map((p) => p.name).join('、')}` : '',
        note,
        supersessionSentence(info, source.profile, facts.self, target),
      ].filter((s) => s !== ''),
    };
    ctx.missing = missingOf({
      case_number: ctx.caseNumber,
      received_date: ctx.receivedDate,
      channel: ctx.channel,
      complainant_name: ctx.complainantName,
      respondent_name: facts.respondents.length > 0 ? ctx.respondentName : '',
      requests: ctx.requests,
      facts_and_reasons: ctx.factsAndReasons,
      review_result: ctx.reviewResult,
      handler_name: ctx.handlerName,
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const L = (text: string): Cell => ({ text, label: true });
    const V = (text: string): Cell => ({ text });
    const pair = (a: string, av: string, b: string, bv: string): Cell[] => [L(a), V(av), L(b), V(bv)];
    const wide = (a: string, v: string): Cell[] => [L(a), { text: v, span: 3 }];
    const sign = '\n签名：　　　　　　　　　　　年　　月　　日';
    const rows: Cell[][] = [
      pair('案件编号', ctx.caseNumber, '投诉渠道', ctx.channel),
      pair('收到时间', ctx.receivedAt, '投诉人数', ctx.complainantCount),
      pair('投诉者姓名', ctx.complainantName, '性别', ctx.complainantSex),
      pair('国籍', ctx.complainantNationality, '年龄', ctx.complainantAge),
      pair('证件类型及号码', ctx.complainantId, '联系电话', ctx.complainantPhone),
      wide('通讯地址及邮政编码', ctx.complainantAddress),
      pair('电子邮箱', ctx.email, '委托代理人', ctx.complainantAgent),
      wide('被投诉者名称', ctx.respondentName),
      pair('经营者类型', ctx.respondentType, '统一社会信用代码', ctx.respondentUscc),
      pair('地址', ctx.respondentAddress, '联系电话', ctx.respondentPhone),
      pair('旅游产品或线路', ctx.travelProduct, '旅游目的地', ctx.destination),
      pair('发生时间', ctx.incidentDate, '发生地点', ctx.incidentPlace),
      wide('投诉主要事实及理由', ctx.factsAndReasons.join('\n')),
      wide('投诉请求', ctx.requests.map((r, i) => `${i + 1}.${r}`).join('\n')),
      wide('证据材料', [ctx.evidenceHead, ...ctx.evidence].join('\n')),
      wide('初审意见', [...ctx.checks, `审查结论：${ctx.reviewResult}`, `承办人：${ctx.handlerName}${SP}${ctx.reviewDate}`].join('\n')),
      wide('科室审核意见', sign),
      wide('领导批示', sign),
      pair('交办日期', ctx.assignedDate, '承办人', ctx.handlerName),
      wide('备注', ctx.remarks.join('\n')),
    ];
    const blocks: Block[] = [
      { kind: 'head', family: 'form' },
      { kind: 'title', lines: [ctx.title] },
      { kind: 'meta', left: `编号：${ctx.documentNumber}`, right: `登记日期：${ctx.receivedDate}` },
      { kind: 'table', columnsMm: [28, 50, 28, 50], rows },
      // 署名 and 成文日期 without a seal (§2.8 "without seal", §9.1)
      { kind: 'signature' },
    ];
    return blocks;
  },
};
