/**
 * Reading cases: scoped lists per portal and the case file as each kind of viewer may see it
 * (procedure.md §1.4). Anything outside the viewer's scope is a NotFoundError.
 */
import type { Knex } from 'knex';
import { findCase } from '../repositories/caseRepository.ts';
import { listRequestItems } from '../repositories/caseRepository.ts';
import { listParties } from '../repositories/partyRepository.ts';
import { hasEvent, listEvents } from '../repositories/eventRepository.ts';
import { listClocks } from '../repositories/clockRepository.ts';
import { listAppeals, listApprovals, listEvidence, listObligations, listPenalties, listWrittenReplies } from '../repositories/caseFileRepository.ts';
import { agencyAndDescendantIds, findAgency } from '../repositories/agencyRepository.ts';
import { listAssignableStaff, type UserRecord } from '../repositories/userRepository.ts';
import { listCaseSummaries, type CaseListFilters } from '../repositories/caseListRepository.ts';
import { accessAllowsEvent, caseAccess, CITIZEN_VISIBLE_EVENTS, RESPONDENT_VISIBLE_EVENTS, type CaseAccess, type ViewerScope } from '../domain/permissions.ts';
import { eventsAvailable } from '../domain/case/caseWorkflow.ts';
import { findPenaltyTransition, roleMayPerform } from '../domain/case/caseWorkflow.ts';
import { PENALTY_EVENT_TYPES } from '../domain/case/events.ts';
import type { CaseParty, CaseRecord } from '../domain/case/types.ts';
import type { ProfileKey } from '../domain/procedure/profiles.ts';
import { NotFoundError } from '../errors.ts';
import { insertAccessLog } from '../repositories/accessLogRepository.ts';
import type { Clock } from './clock.ts';

export type Viewer = { kind: 'user'; user: UserRecord } | { kind: 'tracking'; caseId: number };

/** Fields of a complainant the respondent never sees (§1.4, §8.1). */
const PERSONAL_FIELDS = ['gender', 'nationality', 'age', 'occupation', 'workUnit', 'address', 'postcode', 'phone', 'email', 'idType', 'idNumber'] as const;

function redactForRespondent(p: CaseParty): CaseParty {
  if (p.partyRole === 'respondent') return p;
  const copy = { ...p } as Record<string, unknown>;
  for (const f of PERSONAL_FIELDS) copy[f] = null;
  return copy as unknown as CaseParty;
}

export function createCaseQueryService(deps: { db: Knex; clock: Clock }) {
  const { db, clock } = deps;

  async function scopeOf(user: UserRecord): Promise<ViewerScope> {
    return {
      role: user.role,
      userId: user.id,
      agencyId: user.agencyId,
      agencyTreeIds: user.agencyId ? await agencyAndDescendantIds(db, user.agencyId) : [],
      organisationId: user.organisationId,
    };
  }

  async function accessFor(viewer: Viewer, c: CaseRecord, parties: CaseParty[], notified: boolean): Promise<CaseAccess> {
    if (viewer.kind === 'tracking') return viewer.caseId === c.id ? 'act' : 'none';
    return caseAccess(await scopeOf(viewer.user), {
      agencyId: c.agencyId,
      assignedOfficerId: c.assignedOfficerId,
      status: c.status,
      respondentOrganisationIds: parties.filter((p) => p.partyRole === 'respondent' && p.organisationId !== null).map((p) => p.organisationId as number),
      partyUserIds: parties.filter((p) => p.userId !== null).map((p) => p.userId as number),
      respondentNotified: notified,
    });
  }

  /** The case file for one viewer; throws NotFoundError outside their scope. Logs the view (§8.2). */
  async function getCase(viewer: Viewer, caseId: number) {
    const c = await findCase(db, caseId);
    if (!c) throw new NotFoundError();
    const [parties, events] = await Promise.all([listParties(db, c.id), listEvents(db, c.id)]);
    const access = await accessFor(viewer, c, parties, events.some((e) => e.eventType === 'send_notice'));
    if (access === 'none') throw new NotFoundError();
    const role = viewer.kind === 'tracking' ? 'citizen' : viewer.user.role;
    const staff = role === 'officer' || role === 'supervisor' || role === 'legal_reviewer';
    const business = role === 'business_user' || role === 'business_admin';
    const [requestItems, clocks, evidence, obligations, appeals, penalties, replies, agency] = await Promise.all([
      listRequestItems(db, c.id),
      listClocks(db, c.id),
      listEvidence(db, c.id),
      listObligations(db, c.id),
      listAppeals(db, c.id),
      listPenalties(db, c.id),
      listWrittenReplies(db, c.id),
      findAgency(db, c.agencyId),
    ]);
    await insertAccessLog(db, { userId: viewer.kind === 'user' ? viewer.user.id : null, actorRole: role, caseId: c.id, action: 'view_case', occurredAt: clock.now() });

    const ownRespondentIds = business && viewer.kind === 'user' ? parties.filter((p) => p.partyRole === 'respondent' && p.organisationId === viewer.user.organisationId).map((p) => p.id) : [];
    const visibleEvents = staff ? events : events.filter((e) => (business ? RESPONDENT_VISIBLE_EVENTS : CITIZEN_VISIBLE_EVENTS).includes(e.eventType));
    const base = {
      caseRecord: c,
      agency,
      access,
      requestItems,
      // staff see personal data; the respondent sees the complaint copy without it (§1.4)
      parties: business ? parties.filter((p) => p.partyRole !== 'agent').map(redactForRespondent) : parties,
      events: visibleEvents.map((e) => (staff ? e : { ...e, payload: {}, actorName: null })),
    };
    if (staff) {
      const approvals = await listApprovals(db, c.id);
      const staffList = await listAssignableStaff(db, c.agencyId);
      const actions = viewer.kind === 'user' ? eventsAvailable(c.status, c.profileKey as ProfileKey, viewer.user.role).filter((t) => accessAllowsEvent(access, t.event)) : [];
      const penaltyActions = penalties.map((p) => ({
        penalty: p,
        events: access === 'act' && viewer.kind === 'user' ? PENALTY_EVENT_TYPES.filter((ev) => ev !== 'clock_expired' && ev !== 'file_penalty').filter((ev) => {
          const t = findPenaltyTransition(p.status, ev);
          return t !== undefined && roleMayPerform(t, viewer.user.role) && !(t.who.length === 1 && t.who[0] === 'Sys');
        }) : [],
      }));
      return { ...base, clocks, evidence, obligations, appeals, penalties, replies, approvals, staffList, actions, penaltyActions };
    }
    return {
      ...base,
      clocks: clocks.filter((k) => (business ? k.clockKey === 'respondent_reply' && k.partyId !== null && ownRespondentIds.includes(k.partyId) : k.clockKey === 'supplement')),
      evidence: evidence.filter((e) => (business ? e.sharedWithRespondent || e.sourceParty === 'respondent' : e.sharedWithComplainant || e.sourceParty === 'complainant')),
      obligations,
      appeals: [],
      penalties: [],
      replies: business ? replies.filter((r) => ownRespondentIds.includes(r.respondentPartyId)) : replies.filter((r) => r.status === 'submitted'),
      approvals: [],
      staffList: [],
      actions: [],
      penaltyActions: [],
      ownRespondentIds,
    };
  }

  /** Scope check for a step on a case (404 outside the viewer's scope); no view is logged. */
  async function requireAccess(viewer: Viewer, caseId: number): Promise<CaseAccess> {
    const c = await findCase(db, caseId);
    if (!c) throw new NotFoundError();
    const parties = await listParties(db, c.id);
    const access = await accessFor(viewer, c, parties, await hasEvent(db, c.id, 'send_notice'));
    if (access === 'none') throw new NotFoundError();
    return access;
  }

  async function listForUser(user: UserRecord, filters: CaseListFilters) {
    const scope = await scopeOf(user);
    return listCaseSummaries(db, scope, filters);
  }

  return { getCase, requireAccess, listForUser, scopeOf };
}

export type CaseQueryService = ReturnType<typeof createCaseQueryService>;
export type CaseView = Awaited<ReturnType<CaseQueryService['getCase']>>;
