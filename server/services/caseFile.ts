/**
 * Loads a case file inside a transaction and builds the pure GuardContext the workflow needs.
 */
import type { Db } from '../repositories/rows.ts';
import { listParties } from '../repositories/partyRepository.ts';
import { listEvents } from '../repositories/eventRepository.ts';
import { listClocks } from '../repositories/clockRepository.ts';
import { listAppeals, listEvidence, listObligations, listPenalties, listWrittenReplies } from '../repositories/caseFileRepository.ts';
import { listClockDefinitions, getProfile, type StoredClockDefinition } from '../repositories/profileRepository.ts';
import { loadHolidayCalendar } from '../repositories/calendarRepository.ts';
import { findAgency, isAncestorAgency } from '../repositories/agencyRepository.ts';
import type { CaseRecord, CaseParty, CaseClock, CaseEventRecord, PenaltyProceeding, Actor } from '../domain/case/types.ts';
import type { GuardContext, GuardParty } from '../domain/case/guards.ts';
import type { ProcedureProfile } from '../domain/procedure/profiles.ts';
import type { HolidayCalendar, IsoDate } from '../domain/deadlines/types.ts';
import { addWorkingDays } from '../domain/deadlines/calendarArithmetic.ts';

export interface LoadedCaseFile {
  caseRecord: CaseRecord;
  profile: ProcedureProfile;
  definitions: StoredClockDefinition[];
  calendar: HolidayCalendar;
  parties: CaseParty[];
  events: CaseEventRecord[];
  clocks: CaseClock[];
  evidence: Awaited<ReturnType<typeof listEvidence>>;
  obligations: Awaited<ReturnType<typeof listObligations>>;
  appeals: Awaited<ReturnType<typeof listAppeals>>;
  penalties: PenaltyProceeding[];
  replies: Awaited<ReturnType<typeof listWrittenReplies>>;
  acceptanceNeedsApproval: boolean;
}

export async function loadCaseFile(db: Db, caseRecord: CaseRecord): Promise<LoadedCaseFile> {
  const id = caseRecord.id;
  // sequential: inside a transaction all queries share one connection
  const profile = await getProfile(db, caseRecord.profileKey);
  const definitions = await listClockDefinitions(db, caseRecord.profileKey);
  const calendar = await loadHolidayCalendar(db);
  const parties = await listParties(db, id);
  const events = await listEvents(db, id);
  const clocks = await listClocks(db, id);
  const evidence = await listEvidence(db, id);
  const obligations = await listObligations(db, id);
  const appeals = await listAppeals(db, id);
  const penalties = await listPenalties(db, id);
  const replies = await listWrittenReplies(db, id);
  const agency = await findAgency(db, caseRecord.agencyId);
  return { caseRecord, profile, definitions, calendar, parties, events, clocks, evidence, obligations, appeals, penalties, replies, acceptanceNeedsApproval: agency?.acceptanceNeedsApproval ?? false };
}

/** Per party: the date the notice / the decision was served, from the event history. */
export function serviceDates(events: readonly CaseEventRecord[], eventType: 'serve_notice' | 'serve_decision'): Map<number, IsoDate> {
  const served = new Map<number, IsoDate>();
  for (const e of events) {
    if (e.eventType === eventType && typeof e.payload.party_id === 'number' && typeof e.payload.served_on === 'string') {
      served.set(e.payload.party_id, e.payload.served_on);
    }
  }
  return served;
}

export function guardParties(file: LoadedCaseFile): GuardParty[] {
  const noticeServed = serviceDates(file.events, 'serve_notice');
  const decisionServed = serviceDates(file.events, 'serve_decision');
  const replied = new Set(file.replies.filter((r) => r.status === 'submitted').map((r) => r.respondentPartyId));
  return file.parties.map((p) => ({
    id: p.id,
    partyRole: p.partyRole,
    name: p.name,
    respondentType: p.respondentType as GuardParty['respondentType'],
    organisationId: p.organisationId,
    isRepresentative: p.isRepresentative,
    userId: p.userId,
    noticeServedOn: noticeServed.get(p.id) ?? null,
    replied: replied.has(p.id),
    decisionServedOn: decisionServed.get(p.id) ?? null,
  }));
}

export function eventCounts(events: readonly CaseEventRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of events) {
    const key = e.penaltyId !== null && e.eventType !== 'file_penalty' ? `penalty:${e.eventType}` : e.eventType;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export async function buildGuardContext(
  db: Db,
  file: LoadedCaseFile,
  input: { payload: Record<string, unknown>; actor: Actor; today: IsoDate; penalty: PenaltyProceeding | null },
): Promise<GuardContext> {
  const c = file.caseRecord;
  const actorAbove = input.actor.agencyId !== null && input.actor.agencyId !== c.agencyId ? await isAncestorAgency(db, input.actor.agencyId, c.agencyId) : false;
  const toGuardPenalty = (p: PenaltyProceeding) => ({ id: p.id, status: p.status, proposedItems: p.proposedItems, hearingRight: p.hearingRight, investigatorIds: p.investigatorIds });
  const defsByKey = new Map(file.definitions.map((d) => [d.clockKey, d]));
  return {
    switches: file.profile.switches,
    caseFile: {
      id: c.id,
      status: c.status,
      channel: c.channel,
      severity: c.severity,
      flags: c.flags,
      agencyId: c.agencyId,
      assignedOfficerId: c.assignedOfficerId,
      complaintCategory: c.complaintCategory,
      categoryConfirmed: c.categoryConfirmed,
      jurisdictionBasis: c.jurisdictionBasis,
      decisionKind: c.decisionKind,
      closureReason: c.closureReason,
      acceptanceNeedsApproval: file.acceptanceNeedsApproval,
      factsChecklistComplete: c.factsChecklistComplete,
      incidentDate: c.incidentDate,
    },
    parties: guardParties(file),
    clocks: file.clocks.map((k) => {
      const def = defsByKey.get(k.clockKey);
      return {
        id: k.id,
        clockKey: k.clockKey,
        state: k.state,
        partyId: k.partyId,
        obligationId: k.obligationId,
        penaltyId: k.penaltyId,
        dueDate: k.dueDate,
        extension: k.extension,
        maxExtension: def?.maxExtension ?? 0,
        pausable: def?.pausable ?? false,
        extendable: def?.extendable ?? false,
      };
    }),
    evidence: file.evidence.map((e) => ({ id: e.id, verificationStatus: e.verificationStatus })),
    obligations: file.obligations.map((o) => ({ id: o.id, state: o.state, source: o.source })),
    appeals: file.appeals.map((a) => ({ id: a.id, kind: a.appealKind, outcome: a.outcome, penaltyId: a.penaltyId })),
    penalties: file.penalties.map(toGuardPenalty),
    eventCounts: eventCounts(file.events),
    penalty: input.penalty ? toGuardPenalty(input.penalty) : null,
    payload: input.payload,
    actor: { userId: input.actor.userId, role: input.actor.role, agencyId: input.actor.agencyId, agencyIsAncestorOfCase: actorAbove },
    today: input.today,
    addWorkingDays: (start, n) => addWorkingDays(file.calendar, start, n).due,
  };
}
