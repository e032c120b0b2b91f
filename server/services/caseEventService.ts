/**
 * applyCaseEvent — the ONLY writer of a case's status (and of a penalty proceeding's status).
 *
 * One transaction: lock the case row FOR UPDATE → check the compare-and-set version → validate the
 * payload → find the transition (workflow table) → role → guards → approval (four-eyes) → append the
 * hash-chained event → record the event's effects → recompute clocks → compare-and-set the case.
 * Anything that fails rolls the whole step back; a lost compare-and-set is a ConflictError.
 */
import type { Knex } from 'knex';
import type { Db } from '../repositories/rows.ts';
import { lockCase, compareAndSetCase, insertCaseWithStatus, allocateCaseSequence, insertRequestItems } from '../repositories/caseRepository.ts';
import { insertParty } from '../repositories/partyRepository.ts';
import { insertEvent, lastEvent } from '../repositories/eventRepository.ts';
import { compareAndSetPenalty, decideApproval, insertApproval, insertPenaltyWithStatus, lockApproval, lockPenalty } from '../repositories/caseFileRepository.ts';
import { findAgency } from '../repositories/agencyRepository.ts';
import { findCase } from '../repositories/caseRepository.ts';
import { buildGuardContext, guardParties, loadCaseFile, type LoadedCaseFile } from './caseFile.ts';
import { applyCaseEffects } from './caseEffects.ts';
import { applyClockOps } from './clockEngine.ts';
import { findCaseTransition, findPenaltyTransition, roleMayPerform, type CaseTransition, type PenaltyTransition } from '../domain/case/caseWorkflow.ts';
import { failedGuards } from '../domain/case/guards.ts';
import { CASE_EVENT_PAYLOADS, PENALTY_EVENT_PAYLOADS } from '../domain/case/eventPayloads.ts';
import { CASE_EVENT_TYPES, PENALTY_EVENT_TYPES, type CaseEventType, type PenaltyEventType } from '../domain/case/events.ts';
import { eventHash, GENESIS_HASH } from '../domain/case/hashChain.ts';
import { statusFromReplies } from '../domain/case/replyStatus.ts';
import { planClockChanges } from '../domain/deadlines/clockPlan.ts';
import { legalDateOf } from '../domain/deadlines/legalDate.ts';
import type { Actor, CaseRecord, PenaltyProceeding } from '../domain/case/types.ts';
import type { CaseStatus, PenaltyStatus } from '../domain/case/statuses.ts';
import type { CaseFlag } from '../domain/case/enums.ts';
import { isProfileKey, type ProfileKey } from '../domain/procedure/profiles.ts';
import { ConflictError, ForbiddenError, IllegalTransitionError, NotFoundError, ValidationError } from '../errors.ts';
import type { ZodType } from 'zod';
import type { Clock } from './clock.ts';

export type ApplyResult =
  | { kind: 'applied'; eventId: number; status: CaseStatus; caseVersion: number; penaltyId: number | null }
  | { kind: 'approval_requested'; approvalId: number };

export interface ApplyCaseEventInput {
  caseId: number;
  event: string;
  payload: Record<string, unknown>;
  actor: Actor;
  /** The version the user saw (compare-and-set); omitted by system jobs. */
  expectedVersion?: number;
  /** For penalty events: the proceeding. */
  penaltyId?: number;
  /** Executing an approved request (set by decideApproval). */
  approval?: { id: number; requestedBy: number };
}

export interface NewCaseInput {
  agencyId: number;
  channel: string;
  receivedAt: Date;
  caseFields: Record<string, unknown>;
  requestItems: Array<{ position: number; kind: string; amount: string | null; detail: string }>;
  parties: Array<Record<string, unknown> & { partyRole: 'complainant' | 'respondent' | 'agent' }>;
  queryCodeHash: string;
  privacyNoticeAck: boolean;
  flags: CaseFlag[];
}

export function fieldErrorsOf(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function parsePayload(schema: ZodType | undefined, payload: Record<string, unknown>): Record<string, unknown> {
  if (!schema) throw new ValidationError('unknown event');
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ValidationError('invalid event payload', fieldErrorsOf(parsed.error));
  return parsed.data as Record<string, unknown>;
}

const isCaseEvent = (e: string): e is CaseEventType => (CASE_EVENT_TYPES as readonly string[]).includes(e);
const isPenaltyEvent = (e: string): e is PenaltyEventType => (PENALTY_EVENT_TYPES as readonly string[]).includes(e);

export function createCaseEventService(deps: { db: Knex; clock: Clock }) {
  const { db, clock } = deps;

  /** Append one hash-chained event row. */
  async function appendEvent(
    trx: Db,
    c: { id: number },
    row: { eventType: string; penaltyId: number | null; actor: Actor; fromStatus: string | null; toStatus: string | null; payload: Record<string, unknown>; occurredAt: Date },
  ): Promise<number> {
    const last = await lastEvent(trx, c.id);
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hashed = {
      caseId: c.id,
      seq,
      eventType: row.eventType,
      actorType: row.actor.role === 'system' ? 'system' : 'user',
      actorUserId: row.actor.userId,
      actorRole: row.actor.role,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      penaltyId: row.penaltyId,
      payload: row.payload,
      occurredAt: row.occurredAt.toISOString(),
    };
    return insertEvent(trx, { ...hashed, actorType: hashed.actorType as 'user' | 'system', occurredAt: row.occurredAt, prevHash, hash: eventHash(prevHash, hashed) });
  }

  /** Run the clock plan for an event and return the case's provisional flag. */
  async function runClocks(
    trx: Db,
    file: LoadedCaseFile,
    args: { eventKey: string; eventType: string; eventId: number; payload: Record<string, unknown>; stopsAll: boolean; obligationsStarting: Array<{ id: number; performanceDays: number }>; penalty: PenaltyProceeding | null; now: Date },
  ): Promise<boolean> {
    const c = file.caseRecord;
    const effectiveDate = typeof args.payload.served_on === 'string' ? args.payload.served_on : legalDateOf(args.now);
    const ops = planClockChanges({
      event: args.eventKey,
      payload: args.payload,
      effectiveDate,
      definitions: file.definitions,
      clocks: file.clocks,
      stopsAllClocks: args.stopsAll,
      switches: file.profile.switches,
      caseFile: {
        channel: c.channel,
        harmKnownDate: c.harmKnownDate,
        contractEndDate: c.contractEndDate ?? c.travelEndDate,
        referralDeadline: c.referralDeadline,
      },
      parties: guardParties(file).map((p) => ({ id: p.id, partyRole: p.partyRole, decisionServedOn: p.decisionServedOn })),
      obligationsStarting: args.obligationsStarting,
      penalty: args.penalty ? { id: args.penalty.id, hearingRight: args.penalty.hearingRight } : null,
    });
    const { anyProvisional } = await applyClockOps(
      { db: trx, caseId: c.id, eventId: args.eventId, eventType: args.eventType, now: args.now, calendar: file.calendar, definitions: file.definitions, shiftOnWeekend: file.profile.switches.shiftOnWeekend },
      ops,
    );
    return anyProvisional;
  }

  function needsApproval(t: CaseTransition | PenaltyTransition, file: LoadedCaseFile): boolean {
    return t.approval === 'always' || (t.approval === 'when_acceptance_needs_approval' && file.acceptanceNeedsApproval);
  }

  /**
   * Four-eyes (§1.1, §3.4): a step needing approval executes at once only when a supervisor who is not
   * the case officer performs it; otherwise it becomes an approval request.
   */
  function executesNow(actor: Actor, c: CaseRecord, approval: ApplyCaseEventInput['approval']): boolean {
    if (approval) return true;
    return actor.role === 'supervisor' && actor.userId !== c.assignedOfficerId;
  }

  async function applyInTransaction(trx: Knex.Transaction, input: ApplyCaseEventInput): Promise<ApplyResult> {
    const now = clock.now();
    const today = legalDateOf(now);
    const c = await lockCase(trx, input.caseId);
    if (!c) throw new NotFoundError();
    if (input.expectedVersion !== undefined && input.expectedVersion !== c.version) throw new ConflictError();

    const penaltyMode = input.penaltyId !== undefined;
    if (penaltyMode ? !isPenaltyEvent(input.event) : !isCaseEvent(input.event) || input.event === 'submit') {
      throw new IllegalTransitionError(`unknown event ${input.event}`, ['guard.unknown_event']);
    }
    const schema = penaltyMode
      ? PENALTY_EVENT_PAYLOADS[input.event as keyof typeof PENALTY_EVENT_PAYLOADS]
      : CASE_EVENT_PAYLOADS[input.event as keyof typeof CASE_EVENT_PAYLOADS];
    const payload = parsePayload(schema, input.payload);
    const file = await loadCaseFile(trx, c);

    let penalty: PenaltyProceeding | null = null;
    if (penaltyMode) {
      penalty = await lockPenalty(trx, c.id, input.penaltyId as number);
      if (!penalty) throw new NotFoundError('penalty proceeding');
    }
    const clockKey = typeof payload.clock_key === 'string' ? (payload.clock_key as never) : undefined;
    const transition = penaltyMode
      ? findPenaltyTransition(penalty!.status, input.event as PenaltyEventType, clockKey)
      : findCaseTransition(c.status, input.event as CaseEventType, c.profileKey as ProfileKey, clockKey);
    if (!transition) throw new IllegalTransitionError(`${input.event} is not allowed in status ${penaltyMode ? penalty!.status : c.status}`, ['guard.not_in_this_status']);
    if (!roleMayPerform(transition, input.actor.role)) throw new ForbiddenError(`role ${input.actor.role} may not ${input.event}`);
    if (input.approval && (input.actor.role !== 'supervisor' || input.actor.userId === input.approval.requestedBy)) {
      throw new ForbiddenError('nobody approves their own request');
    }

    const guardCtx = await buildGuardContext(trx, file, { payload, actor: input.actor, today, penalty });
    const failures = failedGuards(transition.guards, guardCtx);
    const blocked = failures.length > 0;
    if (blocked && !transition.otherwiseSame) throw new IllegalTransitionError(`guards failed for ${input.event}`, failures);

    if (needsApproval(transition, file) && !executesNow(input.actor, c, input.approval)) {
      if (input.actor.userId === null) throw new ForbiddenError('the system cannot request approval');
      const approvalId = await insertApproval(trx, {
        case_id: c.id, penalty_id: penalty?.id ?? null, event_type: input.event, payload: JSON.stringify(payload), requested_by: input.actor.userId, requested_at: now, status: 'pending',
      });
      // touch the case so that other open forms see that it changed
      if (!(await compareAndSetCase(trx, c.id, c.version, c.status, {}))) throw new ConflictError();
      return { kind: 'approval_requested', approvalId };
    }

    const recordedPayload = input.approval ? { ...payload, approval_id: input.approval.id, requested_by: input.approval.requestedBy } : payload;

    if (penaltyMode) {
      const t = transition as PenaltyTransition;
      const to: PenaltyStatus = blocked || t.to === 'same' ? penalty!.status : t.to;
      const eventId = await appendEvent(trx, c, { eventType: input.event, penaltyId: penalty!.id, actor: input.actor, fromStatus: penalty!.status, toStatus: to, payload: recordedPayload, occurredAt: now });
      const penaltyFields: Record<string, unknown> = {};
      if (input.event === 'serve_prior_notice') {
        penaltyFields.proposed_items = JSON.stringify(payload.proposed_items);
        penaltyFields.hearing_right = hearingRight(payload.proposed_items as Array<{ type: string; amount?: number }>, penalty!.organisationId !== null);
      }
      if (input.event === 'decide_penalty') penaltyFields.decided_items = JSON.stringify(payload.items);
      if (!(await compareAndSetPenalty(trx, penalty!.id, penalty!.version, to, penaltyFields))) throw new ConflictError();
      const updatedPenalty = { ...penalty!, ...(penaltyFields.hearing_right !== undefined ? { hearingRight: Boolean(penaltyFields.hearing_right) } : {}) };
      const provisional = await runClocks(trx, file, { eventKey: `penalty:${input.event}`, eventType: input.event, eventId, payload, stopsAll: t.stopsAllClocks === true, obligationsStarting: [], penalty: updatedPenalty, now });
      const flags = setFlag(c.flags, 'provisional_deadline', provisional);
      if (!(await compareAndSetCase(trx, c.id, c.version, c.status, { flags }))) throw new ConflictError();
      return { kind: 'applied', eventId, status: c.status, caseVersion: c.version + 1, penaltyId: penalty!.id };
    }

    const t = transition as CaseTransition;
    const to: CaseStatus = blocked || t.to === 'same' ? c.status : t.to === 'replies' ? repliesTarget(file, input.event, payload) : t.to;
    const eventId = await appendEvent(trx, c, { eventType: input.event, penaltyId: null, actor: input.actor, fromStatus: c.status, toStatus: to, payload: recordedPayload, occurredAt: now });

    let flags = [...c.flags];
    for (const f of t.setsFlags ?? []) flags = setFlag(flags, f, true);
    for (const f of t.clearsFlags ?? []) flags = setFlag(flags, f, false);
    const effects = await applyCaseEffects({ db: trx, file, event: input.event, payload, eventId, actor: input.actor, now, flags });

    let newPenalty: PenaltyProceeding | null = null;
    if (input.event === 'file_penalty') {
      // P01: the approved filing opens the proceeding; its own events start from `filed`.
      const id = await insertPenaltyWithStatus(trx, { case_id: c.id, party_name: payload.party_name, organisation_id: payload.organisation_id ?? null, legal_provision: payload.legal_provision, investigator_ids: `{${[c.assignedOfficerId, input.approval?.requestedBy].filter((v) => v).join(',')}}` }, 'filed');
      newPenalty = { id, caseId: c.id, status: 'filed', partyName: String(payload.party_name), organisationId: (payload.organisation_id as number) ?? null, legalProvision: String(payload.legal_provision), proposedItems: [], decidedItems: [], hearingRight: false, investigatorIds: [], version: 1 };
    }
    let provisional = await runClocks(trx, file, { eventKey: input.event, eventType: input.event, eventId, payload, stopsAll: t.stopsAllClocks === true, obligationsStarting: effects.obligationsStarting, penalty: null, now });
    if (newPenalty) {
      const refreshed = await loadCaseFile(trx, c);
      provisional = await runClocks(trx, refreshed, { eventKey: 'penalty:file_penalty', eventType: 'file_penalty', eventId, payload, stopsAll: false, obligationsStarting: [], penalty: newPenalty, now });
    }
    const finalFlags = setFlag(effects.flags, 'provisional_deadline', provisional);
    if (!(await compareAndSetCase(trx, c.id, c.version, to, { ...effects.caseFields, flags: finalFlags }))) throw new ConflictError();
    return { kind: 'applied', eventId, status: to, caseVersion: c.version + 1, penaltyId: newPenalty?.id ?? null };
  }

  async function applyCaseEvent(input: ApplyCaseEventInput): Promise<ApplyResult> {
    try {
      return await db.transaction((trx) => applyInTransaction(trx, input));
    } catch (error) {
      throw translateDbError(error);
    }
  }

  /**
   * T01 submit: creates the case (number allocated gap-free in this transaction), its parties and
   * request items, the first event and the clocks it starts.
   */
  async function submitCase(input: NewCaseInput, actor: Actor): Promise<{ caseId: number; caseNumber: string }> {
    const t = findCaseTransition('none', 'submit', 'interim-1991');
    if (!t || !roleMayPerform(t, actor.role)) throw new ForbiddenError(`role ${actor.role} may not submit`);
    // T01: citizens file online; officers register every other channel
    if ((actor.role === 'citizen') !== (input.channel === 'online')) throw new ForbiddenError(`role ${actor.role} may not submit through ${input.channel}`);
    if (input.channel === 'online' && !input.privacyNoticeAck) throw new IllegalTransitionError('privacy notice not acknowledged', ['guard.privacy_ack_if_online']);
    const now = clock.now();
    try {
      return await db.transaction(async (trx) => {
        const agency = await findAgency(trx, input.agencyId);
        if (!agency) throw new NotFoundError('agency');
        const profileKey = isProfileKey(agency.defaultProfile) ? agency.defaultProfile : 'interim-1991';
        const year = Number(legalDateOf(input.receivedAt).slice(0, 4));
        const seq = await allocateCaseSequence(trx, agency.id, year);
        const caseNumber = `${agency.caseCode}-${year}-${String(seq).padStart(5, '0')}`;
        const caseId = await insertCaseWithStatus(
          trx,
          {
            ...input.caseFields,
            caseNumber,
            queryCodeHash: input.queryCodeHash,
            profileKey,
            agencyId: agency.id,
            channel: input.channel,
            receivedAt: input.receivedAt,
            privacyNoticeAck: input.privacyNoticeAck,
            flags: input.flags,
            isJointComplaint: input.parties.filter((p) => p.partyRole === 'complainant').length > 1,
          },
          'submitted',
        );
        await insertRequestItems(trx, caseId, input.requestItems);
        const partyIds: number[] = [];
        for (const party of input.parties) {
          const { representsIndex, ...row } = party as Record<string, unknown> & { representsIndex?: number };
          if (typeof representsIndex === 'number') row.representsPartyId = partyIds[representsIndex];
          partyIds.push(await insertParty(trx, caseId, row));
        }
        const created = await findCase(trx, caseId);
        if (!created) throw new Error('case vanished');
        const payload = { channel: input.channel, case_number: caseNumber, received_at: input.receivedAt.toISOString() };
        const eventId = await appendEvent(trx, created, { eventType: 'submit', penaltyId: null, actor, fromStatus: null, toStatus: 'submitted', payload, occurredAt: now });
        const file = await loadCaseFile(trx, created);
        const provisional = await runClocks(trx, file, { eventKey: 'submit', eventType: 'submit', eventId, payload, stopsAll: false, obligationsStarting: [], penalty: null, now });
        if (provisional && !(await compareAndSetCase(trx, caseId, created.version, 'submitted', { flags: setFlag(created.flags, 'provisional_deadline', true) }))) {
          throw new ConflictError();
        }
        return { caseId, caseNumber };
      });
    } catch (error) {
      throw translateDbError(error);
    }
  }

  /** A supervisor approves (executes the proposed event) or returns an approval request. */
  async function decideApprovalRequest(input: { approvalId: number; caseId: number; decision: 'approved' | 'returned'; comment: string | null; actor: Actor; expectedVersion?: number }): Promise<ApplyResult | { kind: 'returned' }> {
    if (input.actor.role !== 'supervisor') throw new ForbiddenError('only a supervisor decides approvals');
    try {
      return await db.transaction(async (trx) => {
        const request = await lockApproval(trx, input.approvalId);
        if (!request || request.caseId !== input.caseId) throw new NotFoundError('approval request');
        if (request.status !== 'pending') throw new ConflictError('this request has already been decided');
        if (request.requestedBy === input.actor.userId) throw new ForbiddenError('nobody approves their own request');
        const now = clock.now();
        if (input.decision === 'returned') {
          await decideApproval(trx, request.id, { status: 'returned', decidedBy: input.actor.userId as number, decidedAt: now, comment: input.comment });
          return { kind: 'returned' as const };
        }
        const result = await applyInTransaction(trx, {
          caseId: request.caseId,
          event: request.eventType,
          payload: request.payload,
          actor: input.actor,
          ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
          ...(request.penaltyId !== null ? { penaltyId: request.penaltyId } : {}),
          approval: { id: request.id, requestedBy: request.requestedBy },
        });
        await decideApproval(trx, request.id, { status: 'approved', decidedBy: input.actor.userId as number, decidedAt: now, comment: input.comment, ...(result.kind === 'applied' ? { eventId: result.eventId } : {}) });
        return result;
      });
    } catch (error) {
      throw translateDbError(error);
    }
  }

  /** For services that must append an event inside their own transaction (issuing a document). */
  const applyWithin = (trx: Knex.Transaction, input: ApplyCaseEventInput) => applyInTransaction(trx, input);

  return { applyCaseEvent, applyWithin, submitCase, decideApprovalRequest };
}

export type CaseEventService = ReturnType<typeof createCaseEventService>;

function setFlag(flags: readonly CaseFlag[], flag: CaseFlag, on: boolean): CaseFlag[] {
  const without = flags.filter((f) => f !== flag);
  return on ? [...without, flag] : without;
}

/** The several-respondents rule (§3.2) after this event. */
function repliesTarget(file: LoadedCaseFile, event: string, payload: Record<string, unknown>): CaseStatus {
  const parties = guardParties(file).filter((p) => p.partyRole === 'respondent');
  return statusFromReplies(
    parties.map((p) => ({
      replied: p.replied || (event === 'submit_reply' && payload.party_id === p.id),
      replyClockExpired:
        file.clocks.some((k) => k.clockKey === 'respondent_reply' && k.partyId === p.id && k.state === 'expired') ||
        (event === 'clock_expired' && file.clocks.some((k) => k.id === payload.clock_id && k.partyId === p.id)),
    })),
  );
}

/**
 * Hearing right (APL art. 63 [V]): a large fine or confiscation (thresholds [B] configurable:
 * 10,000 CNY individuals, 100,000 CNY organisations), lowering qualification, revocation, suspension,
 * closure or restricted practice.
 */
export function hearingRight(items: ReadonlyArray<{ type: string; amount?: number }>, organisation: boolean, thresholds = { individual: 10_000, organisation: 100_000 }): boolean {
  const limit = organisation ? thresholds.organisation : thresholds.individual;
  return items.some(
    (i) =>
      ((i.type === 'fine' || i.type === 'confiscate_illegal_gains' || i.type === 'confiscate_illegal_property') && (i.amount ?? 0) >= limit) ||
      ['lower_qualification', 'revoke_licence', 'order_suspension', 'order_closure', 'restrict_practice'].includes(i.type),
  );
}

/** Serialization failures and lost row races become ConflictError; everything else passes through. */
function translateDbError(error: unknown): unknown {
  const code = (error as { code?: string })?.code;
  if (code === '40001' || code === '40P01') return new ConflictError();
  return error;
}
