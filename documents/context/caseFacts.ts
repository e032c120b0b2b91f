/**
 * The case data dictionary of documents.md §6.5, common to all document types: every value already formatted
 * for printing (§6.1), personal data in full — each template picks only what its recipient may see (§6.2).
 */
import type { CaseParty, CaseEventRecord } from '../../server/domain/case/types.ts';
import { MONEY_REQUEST_KINDS, type RequestKind } from '../../server/domain/case/enums.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { formatDate, formatDateTime, inlineText, maskIdNumber, maskPhone, moneyPlain, paragraphs, shanghaiDate, stripEndPunctuation, toCents } from '../format/index.ts';
import type { DocumentSource, EvidenceEntry } from '../model.ts';
import { CITATIONS, type Citations } from './citations.ts';
import { latestEvent, payloadText } from './events.ts';
import { label } from './labels.ts';

export interface PartyFacts {
  partyId: number;
  name: string;
  /** 男 / 女, or '' */
  sex: string;
  /** '45', or '' */
  age: string;
  /** only when not 中国, else '' */
  nationality: string;
  occupation: string;
  workUnit: string;
  idTypeLabel: string;
  idFull: string;
  idMasked: string;
  address: string;
  postcode: string;
  phoneFull: string;
  phoneMasked: string;
  email: string;
  /** 委托代理人, when a power of attorney is recorded */
  agent: { name: string; relation: string } | null;
  isRepresentative: boolean;
}

export interface RespondentFacts {
  partyId: number;
  name: string;
  /** 旅行社 / 饭店 / 景区 / 其他 (§6.5) */
  typeLabel: string;
  isTravelAgency: boolean;
  uscc: string;
  licenceNo: string;
  legalRep: string;
  address: string;
  phone: string;
  agent: { name: string; relation: string } | null;
}

export interface EvidenceFacts {
  name: string;
  /** 书证、物证 … */
  kind: string;
  /** '' when unknown */
  pages: string;
  /** 投诉者 / 被投诉者 / 本机关 … */
  submittedBy: string;
}

export interface CaseFacts {
  profile: ProfileKey;
  citations: Citations;
  // agency and deployment
  agencyName: string;
  self: string;
  agencyAddress: string;
  agencyPostcode: string;
  agencyPhone: string;
  reconsiderationOrgan: string;
  court: string;
  fineBank: string;
  fineEPayment: string;
  portalName: string;
  remedyOnNonAcceptance: boolean;
  // case
  caseNumber: string;
  /** 2026年3月5日 */
  receivedDate: string;
  /** 2026年3月5日9时30分 */
  receivedAt: string;
  /** '' before acceptance */
  acceptedDate: string;
  /** 网上投诉 / 来电 / 来访 / 来信 / 12345转办 / 上级交办 / 其他 */
  channel: string;
  /** short verb phrase, e.g. 擅自变更旅游行程 ('' when not recorded) */
  complaintSubject: string;
  /** 纠纷性质（案由）('' when not recorded) */
  disputeNature: string;
  handlerName: string;
  handlerPhone: string;
  assignedDate: string;
  closedDate: string;
  // parties
  complainants: PartyFacts[];
  /** the first representative (or the only complainant) */
  complainant: PartyFacts;
  /** display name: the complainant, or the first representative + 等n人 */
  complainantName: string;
  complainantCount: number;
  joint: boolean;
  respondents: RespondentFacts[];
  /** the first respondent, or a placeholder with name （被投诉者不明确） */
  respondent: RespondentFacts;
  // complaint
  /** 投诉请求, one string per item, without numbering and without end punctuation added */
  requests: string[];
  /** 事实与理由 as filed, one string per paragraph */
  factsAndReasons: string[];
  evidence: EvidenceFacts[];
  /** 人民币600元, or '' */
  amountClaimed: string;
  travelProduct: string;
  destination: string;
  incidentDate: string;
  incidentPlace: string;
  /** received date as YYYY-MM-DD (Asia/Shanghai), for deadline arithmetic */
  receivedOn: string;
  /** acceptance date as YYYY-MM-DD, '' before acceptance */
  acceptedOn: string;
}


/** §7.1 channel labels (the enum labels of the UI differ for some values). */
const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  online: '网上投诉',
  phone: '来电',
  visit: '来访',
  letter: '来信',
  hotline_12345: '12345转办',
  referral_higher_agency: '上级交办',
};

/** §6.5 respondent types (旅行社/饭店/景区/其他). */
const RESPONDENT_TYPE_LABELS: Readonly<Record<string, string>> = { travel_agency: '旅行社', accommodation: '饭店', scenic_area: '景区' };

/** Names of China that mean "no nationality line" (§7.11: nationality only if not 中国). */
const CHINA = new Set(['CN', 'CHN', '中国', '中华人民共和国']);

const REGION_NAMES = new Intl.DisplayNames(['zh-CN'], { type: 'region' });

/** '' for China or unknown; a two-letter ISO code → its Chinese name (US → 美国); other text as written. */
function nationalityText(value: string | null): string {
  const v = inlineText(value);
  if (v === '' || CHINA.has(v.toUpperCase())) return '';
  if (/^[A-Za-z]{2}$/.test(v)) return REGION_NAMES.of(v.toUpperCase()) ?? v;
  return v;
}

/** 男 / 女; unspecified or unknown → ''. */
function sexText(gender: string | null): string {
  return gender === 'male' || gender === 'female' ? label('gender', gender) : '';
}

/** Agent of a party: the agent party representing it (the first by position). */
function agentOf(parties: readonly CaseParty[], partyId: number): { name: string; relation: string } | null {
  const agent = parties
    .filter((p) => p.partyRole === 'agent' && p.representsPartyId === partyId)
    .sort((a, b) => a.position - b.position)[0];
  return agent ? { name: inlineText(agent.name), relation: inlineText(agent.agentRelationship) } : null;
}

function partyFacts(p: CaseParty, parties: readonly CaseParty[]): PartyFacts {
  return {
    partyId: p.id,
    name: inlineText(p.name),
    sex: sexText(p.gender),
    age: p.age == null ? '' : String(p.age),
    nationality: nationalityText(p.nationality),
    occupation: inlineText(p.occupation),
    workUnit: inlineText(p.workUnit),
    idTypeLabel: label('id_type', p.idType),
    idFull: inlineText(p.idNumber),
    idMasked: maskIdNumber(p.idType, p.idNumber),
    address: inlineText(p.address),
    postcode: inlineText(p.postcode),
    phoneFull: inlineText(p.phone),
    phoneMasked: maskPhone(p.phone),
    email: inlineText(p.email),
    agent: agentOf(parties, p.id),
    isRepresentative: p.isRepresentative,
  };
}

/**
 * The respondent's facts: the case party's values, completed from the linked registry record (legal representative,
 * and USCC, licence number, address where the party lacks them).
 */
function respondentFacts(p: CaseParty, parties: readonly CaseParty[], organisations: DocumentSource['organisations']): RespondentFacts {
  const org = p.organisationId === null ? undefined : organisations.find((o) => o.id === p.organisationId);
  return {
    partyId: p.id,
    name: inlineText(p.name),
    typeLabel: p.respondentType ? (RESPONDENT_TYPE_LABELS[p.respondentType] ?? '其他') : '',
    isTravelAgency: p.respondentType === 'travel_agency',
    uscc: inlineText(p.respondentUscc) || inlineText(org?.uscc),
    licenceNo: inlineText(p.respondentLicenceNo) || inlineText(org?.licenceNo),
    legalRep: inlineText(org?.legalRepresentative),
    address: inlineText(p.address) || inlineText(org?.address),
    phone: inlineText(p.respondentPhone),
    agent: agentOf(parties, p.id),
  };
}

const EMPTY_PARTY: PartyFacts = {
  partyId: 0, name: '', sex: '', age: '', nationality: '', occupation: '', workUnit: '', idTypeLabel: '', idFull: '', idMasked: '',
  address: '', postcode: '', phoneFull: '', phoneMasked: '', email: '', agent: null, isRepresentative: false,
};

/** Placeholder respondent when none is recorded (§7.3, §7.7: `（被投诉者不明确）`). */
export const UNKNOWN_RESPONDENT_NAME = '（被投诉者不明确）';

const EMPTY_RESPONDENT: RespondentFacts = {
  partyId: 0, name: UNKNOWN_RESPONDENT_NAME, typeLabel: '', isTravelAgency: false, uscc: '', licenceNo: '', legalRep: '', address: '', phone: '', agent: null,
};

/** Who submitted an evidence item, as printed. */
function submittedByText(sourceParty: string, self: string): string {
  switch (sourceParty) {
    case 'complainant': return '投诉者';
    case 'respondent': return '被投诉者';
    case 'agency': return self;
    case 'third_party': return '第三方';
    default: return '';
  }
}

function evidenceFacts(e: EvidenceEntry, self: string): EvidenceFacts {
  return { name: stripEndPunctuation(inlineText(e.description)), kind: label('evidence_kind', e.evidenceKind), pages: '', submittedBy: submittedByText(e.sourceParty, self) };
}

/** The sum of the money requests (refund, compensation) as 人民币…元, '' when none carries an amount. */
function amountClaimedText(source: DocumentSource): string {
  const cents = source.requests
    .filter((r) => MONEY_REQUEST_KINDS.includes(r.kind as RequestKind) && r.amount != null && r.amount.trim() !== '')
    .reduce((sum, r) => sum + toCents(r.amount as string), 0);
  if (cents === 0) return '';
  return moneyPlain(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
}

/** The latest non-empty value of `key` among the events of the given types. */
function latestPayloadText(source: DocumentSource, pairs: ReadonlyArray<readonly [string, string]>): string {
  const types = pairs.map(([t]) => t);
  const keyOf = (e: CaseEventRecord) => pairs.find(([t]) => t === e.eventType)?.[1] ?? '';
  const ev = latestEvent(source, types, (e) => e.penaltyId === null && payloadText(e, keyOf(e)) !== '');
  return ev ? stripEndPunctuation(inlineText(payloadText(ev, keyOf(ev)))) : '';
}

/** Date of the latest case event of the given types, or ''. */
function latestDate(source: DocumentSource, types: readonly string[]): { text: string; iso: string } {
  const ev = latestEvent(source, types, (e) => e.penaltyId === null);
  return ev ? { text: formatDate(ev.occurredAt), iso: shanghaiDate(ev.occurredAt) } : { text: '', iso: '' };
}

/** The common formatted facts of a case (§6.5). Pure. */
export function buildCaseFacts(source: DocumentSource): CaseFacts {
  const { caseRecord: c, agency, parties } = source;
  const self = inlineText(agency.self) || '本机关';
  const complainants = parties
    .filter((p) => p.partyRole === 'complainant')
    .sort((a, b) => Number(b.isRepresentative) - Number(a.isRepresentative) || a.position - b.position || a.id - b.id)
    .map((p) => partyFacts(p, parties));
  const respondents = parties
    .filter((p) => p.partyRole === 'respondent')
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((p) => respondentFacts(p, parties, source.organisations ?? []));
  const complainant = complainants[0] ?? EMPTY_PARTY;
  const joint = complainants.length > 1;
  const accepted = latestDate(source, ['accept']);
  const subjectEvents = ['accept', 'refuse_acceptance', 'transfer_out', 'request_supplement'].map((t) => [t, 'complaint_subject'] as const);
  return {
    profile: source.profile,
    citations: CITATIONS[source.profile],
    agencyName: inlineText(agency.agencyName),
    self,
    agencyAddress: inlineText(agency.address),
    agencyPostcode: inlineText(agency.postcode),
    agencyPhone: inlineText(agency.phone),
    reconsiderationOrgan: inlineText(agency.reconsiderationOrgan),
    court: inlineText(agency.court),
    fineBank: inlineText(agency.fineBank),
    fineEPayment: inlineText(agency.fineEPayment),
    portalName: inlineText(source.deployment.portalName),
    remedyOnNonAcceptance: agency.remedyOnNonAcceptance,
    caseNumber: c.caseNumber,
    receivedDate: formatDate(c.receivedAt),
    receivedAt: formatDateTime(c.receivedAt),
    acceptedDate: accepted.text,
    channel: CHANNEL_LABELS[c.channel] ?? '其他',
    complaintSubject: latestPayloadText(source, subjectEvents),
    disputeNature: latestPayloadText(source, [['accept', 'dispute_nature'], ['issue_decision', 'case_cause'], ['sign_mediation_agreement', 'dispute_nature']]),
    handlerName: inlineText(source.handler?.name),
    handlerPhone: inlineText(source.handler?.phone),
    assignedDate: latestDate(source, ['assign', 'reassign']).text,
    closedDate: latestDate(source, ['close', 'record_settlement', 'withdraw']).text,
    complainants,
    complainant,
    complainantName: joint ? `${complainant.name}等${complainants.length}人` : complainant.name,
    complainantCount: complainants.length,
    joint,
    respondents,
    respondent: respondents[0] ?? EMPTY_RESPONDENT,
    requests: [...source.requests]
      .sort((a, b) => a.position - b.position)
      .map((r) => stripEndPunctuation(inlineText(r.detail)))
      .filter((r) => r !== ''),
    factsAndReasons: [...paragraphs(c.facts), ...paragraphs(c.reasons)],
    evidence: [...source.evidence]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
      .map((e) => evidenceFacts(e, self)),
    amountClaimed: amountClaimedText(source),
    travelProduct: inlineText(c.productName),
    destination: inlineText(c.destination),
    incidentDate: c.incidentDate ? formatDate(c.incidentDate) : '',
    incidentPlace: inlineText(c.incidentPlace),
    receivedOn: shanghaiDate(c.receivedAt),
    acceptedOn: accepted.iso,
  };
}
