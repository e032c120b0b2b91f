/** Domain types of a case file, as repositories hand them to services and views. */
import type { CaseStatus, PenaltyStatus } from './statuses.ts';
import type { ClockKey } from './events.ts';
import type { CaseFlag, Channel, ClosureReason, ComplaintCategory, DecisionKind, Severity } from './enums.ts';
import type { ProfileKey } from '../procedure/profiles.ts';
import type { ClockUnit, ExplanationLine, IsoDate, ClockPause } from '../deadlines/types.ts';
import type { Role } from '../roles.ts';

export interface CaseRecord {
  id: number;
  caseNumber: string;
  profileKey: ProfileKey;
  agencyId: number;
  channel: Channel;
  receivedAt: Date;
  status: CaseStatus;
  severity: Severity;
  caseType: string;
  complaintCategory: ComplaintCategory;
  categoryConfirmed: boolean;
  assignedOfficerId: number | null;
  jurisdictionBasis: string | null;
  closureReason: ClosureReason | null;
  decisionKind: DecisionKind | null;
  flags: CaseFlag[];
  factsChecklistComplete: boolean;
  isJointComplaint: boolean;
  facts: string;
  reasons: string;
  incidentDate: IsoDate | null;
  incidentPlace: string | null;
  harmKnownDate: IsoDate | null;
  hasContract: boolean;
  contractNumber: string | null;
  contractDate: IsoDate | null;
  contractPlace: string | null;
  travelStartDate: IsoDate | null;
  travelEndDate: IsoDate | null;
  contractEndDate: IsoDate | null;
  destination: string | null;
  tourGroupNumber: string | null;
  productName: string | null;
  bookingChannel: string | null;
  amountPaid: string | null;
  groupSize: number | null;
  referralSourceAgency: string | null;
  referralReferenceNo: string | null;
  referralDeadline: IsoDate | null;
  mediaOutlet: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CaseParty {
  id: number;
  caseId: number;
  partyRole: 'complainant' | 'respondent' | 'agent';
  position: number;
  name: string;
  userId: number | null;
  complainantKind: string | null;
  isRepresentative: boolean;
  eServiceConsent: boolean;
  // personal data (procedure.md §8.1)
  gender: string | null;
  nationality: string | null;
  age: number | null;
  occupation: string | null;
  workUnit: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  idType: string | null;
  idNumber: string | null;
  // agent
  representsPartyId: number | null;
  agentRelationship: string | null;
  agentAuthority: string[];
  // respondent
  organisationId: number | null;
  respondentType: string | null;
  respondentUscc: string | null;
  respondentLicenceNo: string | null;
  respondentPhone: string | null;
  involvedStaff: string | null;
}

export interface RequestItem {
  position: number;
  kind: string;
  amount: string | null;
  detail: string;
}

export interface CaseEventRecord {
  id: number;
  caseId: number;
  seq: number;
  eventType: string;
  penaltyId: number | null;
  actorType: 'user' | 'system';
  actorUserId: number | null;
  actorRole: string;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  payload: Record<string, unknown>;
  occurredAt: Date;
  prevHash: string;
  hash: string;
}

export interface CaseClock {
  id: number;
  caseId: number;
  clockKey: ClockKey;
  definitionId: number;
  definitionVersion: number;
  partyId: number | null;
  obligationId: number | null;
  penaltyId: number | null;
  startEventId: number;
  startAt: Date;
  startDate: IsoDate;
  unit: ClockUnit;
  length: number;
  extension: number;
  pauses: ClockPause[];
  extensions: Array<{ units: number; reason: string; on: IsoDate }>;
  dueOverride: IsoDate | null;
  state: 'running' | 'paused' | 'stopped' | 'expired';
  dueDate: IsoDate | null;
  dueAt: Date | null;
  isProvisional: boolean;
  explanation: ExplanationLine[];
  calendarVersion: number;
  stoppedAt: Date | null;
  expiredAt: Date | null;
  version: number;
}

export interface PenaltyProceeding {
  id: number;
  caseId: number;
  status: PenaltyStatus;
  partyName: string;
  organisationId: number | null;
  legalProvision: string;
  proposedItems: Array<{ type: string; amount?: number | null }>;
  decidedItems: Array<{ type: string; amount?: number | null }>;
  hearingRight: boolean;
  investigatorIds: number[];
  version: number;
}

/** Who performs an action. `system` has no user. */
export interface Actor {
  userId: number | null;
  role: Role;
  agencyId: number | null;
  organisationId: number | null;
  displayName: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: 'system', agencyId: null, organisationId: null, displayName: 'system' };
