/**
 * The inputs and the contract of every document module (documents.md §0.6, §5.7, §8.1).
 *
 * A DocumentSource is the case file as read inside the issuing transaction (or for a preview): plain data, no
 * database handle. `buildContext` turns it, with the target (which document, for whom) and the stamp (number,
 * code, issue time), into a frozen context: formatted strings only, stored as the document's snapshot.
 * `buildBlocks` turns a context into the block list both renderers draw. Both are pure.
 */
import type { CaseEventRecord, CaseParty, CaseRecord, CaseClock, PenaltyProceeding, RequestItem } from '../server/domain/case/types.ts';
import type { ProfileKey } from '../server/domain/procedure/profiles.ts';
import type { HolidayCalendar } from '../server/domain/deadlines/types.ts';
import type { Block, Family } from './layout/blocks.ts';
import type { DocumentType } from './index.ts';

/** Agency settings of documents.md §6.3. */
export interface AgencyDocSettings {
  id: number;
  /** 发文机关全称 */
  agencyName: string;
  /** text of the issuer mark if different from the name */
  issuerMark: string;
  /** how the agency refers to itself in running text, default 本机关 */
  self: string;
  /** 机关代字, e.g. 平 */
  docCode: string;
  address: string;
  postcode: string;
  phone: string;
  reconsiderationOrgan: string;
  court: string;
  fineBank: string;
  fineEPayment: string;
  officeName: string;
  sealMode: 'image' | 'placeholder';
  sealDiameterMm: number;
  sealImage: { version: number; sha256: string; bytes: Uint8Array } | null;
  markSizeFilePt: number;
  markSizeLetterPt: number;
  separatorPt: number;
  remedyOnNonAcceptance: boolean;
  /** per document type, a whole prefix replacing `{docCode}{type prefix}` */
  prefixOverrides: Partial<Record<string, string>>;
}

/** Deployment settings (§6.3). */
export interface DeploymentDocSettings {
  portalName: string;
  /** e.g. https://ts.example.gov.cn (no trailing slash) */
  publicBaseUrl: string;
  /** e.g. ts.example.gov.cn */
  publicHost: string;
  productName: string;
  templateVersion: string;
}

export interface EvidenceEntry {
  id: number;
  description: string;
  evidenceKind: string | null;
  sourceParty: string;
  verificationStatus: string;
  createdAt: Date;
}

export interface ObligationEntry {
  id: number;
  source: 'decision' | 'mediation';
  obligor: string;
  obligorPartyId: number | null;
  obligee: string | null;
  kind: string;
  amount: string | null;
  manner: string | null;
  performanceDays: number;
  state: string;
}

export interface ReplyEntry {
  respondentPartyId: number;
  status: 'draft' | 'submitted';
  replySubject: string | null;
  replyVerificationProcess: string | null;
  replyFactsEvidence: string | null;
  replyResponsibilityOpinion: string | null;
  late: boolean;
  submittedAt: Date | null;
}

/** A document already issued on the case, for citing its number (e.g. the 答复通知书 in a decision). */
export interface IssuedDocumentRef {
  id: number;
  type: string;
  number: string;
  issuedAt: Date;
  recipientPartyId: number | null;
  penaltyId: number | null;
  /** the issuing event's id (e.g. the serve_notice event for a 送达回证) */
  sourceEventId: number | null;
  supersededById: number | null;
  title: string;
  pageCount: number;
}

export interface DocumentSource {
  caseRecord: CaseRecord;
  profile: ProfileKey;
  parties: CaseParty[];
  requests: RequestItem[];
  events: CaseEventRecord[];
  evidence: EvidenceEntry[];
  obligations: ObligationEntry[];
  penalties: PenaltyProceeding[];
  replies: ReplyEntry[];
  clocks: CaseClock[];
  agency: AgencyDocSettings;
  deployment: DeploymentDocSettings;
  /** the assigned officer (承办人) and the office phone */
  handler: { name: string; phone: string } | null;
  /** display names of staff users by id (approvers, mediators chosen from staff) */
  staffNames: Record<number, string>;
  calendar: HolidayCalendar;
  documents: IssuedDocumentRef[];
  /** registry records of the respondents' organisations (legal representative, licence …) */
  organisations: Array<{ id: number; name: string; legalRepresentative: string | null; address: string | null; licenceNo: string | null; uscc: string | null }>;
}

/** Which document, for whom, from which event. */
export interface IssueTarget {
  type: DocumentType;
  /** the addressed party, for documents issued once per recipient (7.6, 7.15) */
  recipientPartyId?: number | null;
  /** the penalty proceeding, for 7.12 and 7.13 */
  penaltyId?: number | null;
  /** the event the document records (e.g. the serve_* event of a 送达回证) */
  sourceEventId?: number | null;
  /** a correction supersedes this document (§5.9) */
  supersedes?: IssuedDocumentRef | null;
}

/** Number, verification code and issue time, fixed before rendering (§5.7 steps 2–3). */
export interface IssueStamp {
  issuedAt: Date;
  /** 成文日期, e.g. 2026年3月15日 */
  dateText: string;
  /** the 发文字号, or for a draft the prefix and year with the sequence blank */
  number: string;
  verificationCode: string | null;
  draft: boolean;
}

/** What every context carries, whatever the type. */
export interface BaseContext {
  type: DocumentType;
  profile: ProfileKey;
  /** the title as printed */
  title: string;
  documentNumber: string;
  dateText: string;
  /** values a "Required" field lacks, as field keys of documents.md §7 (issuing refuses when non-empty) */
  missing: string[];
}

/** Static facts about a document type (documents.md §7.0). */
export interface DocumentTypeInfo {
  type: DocumentType;
  /** title per profile; null where the type does not exist in the profile */
  titles: Record<ProfileKey, string | null>;
  family: Family;
  /** number prefix after the agency code, e.g. 旅投受字 */
  prefix: string;
  /** short name for the supersession sentence (§5.9), per profile */
  shortName: Record<ProfileKey, string>;
  /** internal forms have no QR and answer 404 on the public verification page */
  internal: boolean;
  /** sealed documents get the seal or the placeholder */
  sealed: boolean;
  /** the seal must be an image for electronic service (§4.1) */
  sealMandatory: boolean;
  /** case events after which the type may be issued */
  issuedOn: readonly string[];
  /** one document per respondent (7.6), per penalty proceeding (7.12, 7.13) or per service event (7.15) */
  per: 'case' | 'respondent' | 'penalty' | 'service';
  /** who receives it through the portal: complainant side, respondent side */
  recipients: { complainant: boolean; respondent: boolean };
}

export interface DocumentModule<C extends BaseContext = BaseContext> {
  info: DocumentTypeInfo;
  buildContext(source: DocumentSource, target: IssueTarget, stamp: IssueStamp): C;
  buildBlocks(context: C): Block[];
}
