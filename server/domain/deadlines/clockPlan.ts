/**
 * Which clocks an event starts, stops, pauses, resumes, extends or expires (procedure.md §4.1, §4.3).
 * Pure: it reads the clock definitions (loaded from the database) and the case's clock instances, and
 * returns a list of operations for the service to carry out and recompute.
 */
import type { ClockKey } from '../case/events.ts';
import { APPEAL_WINDOW_CLOCKS } from '../case/events.ts';
import type { Channel } from '../case/enums.ts';
import { REFERRAL_CHANNELS } from '../case/enums.ts';
import type { ClockDefinition } from '../procedure/clockDefinitions.ts';
import type { ProfileSwitches } from '../procedure/profiles.ts';
import type { IsoDate } from './types.ts';

export interface ClockInstanceRef {
  id: number;
  clockKey: ClockKey;
  state: 'running' | 'paused' | 'stopped' | 'expired';
  partyId: number | null;
  obligationId: number | null;
  penaltyId: number | null;
}

export type ClockOp =
  | {
      op: 'start';
      definition: ClockDefinition;
      startDate: IsoDate;
      partyId: number | null;
      obligationId: number | null;
      penaltyId: number | null;
      /** replaces the definition's length (per obligation, per supervision order) */
      length?: number;
      /** a due date fixed by an outside source (a referral deadline) */
      dueOverride?: IsoDate;
      /** evaluate-only clocks (filing window) are created already stopped */
      stoppedImmediately?: boolean;
    }
  | { op: 'stop'; clockId: number }
  | { op: 'pause'; clockId: number; from: IsoDate; reason: string }
  | { op: 'resume'; clockId: number; to: IsoDate }
  | { op: 'extend'; clockId: number; units: number; reason: string }
  | { op: 'expire'; clockId: number }
  /** recompute the stored due date with the current calendar (deadline_recomputed, §4.4) */
  | { op: 'recompute'; clockId: number };

export interface ClockPlanInput {
  /** 'submit', 'serve_notice', … ; penalty events are passed as 'penalty:<event>'. */
  event: string;
  payload: Readonly<Record<string, unknown>>;
  /** The event's legal date: served_on for service events, else the local date of the event. */
  effectiveDate: IsoDate;
  definitions: readonly ClockDefinition[];
  clocks: readonly ClockInstanceRef[];
  stopsAllClocks: boolean;
  switches: ProfileSwitches;
  caseFile: {
    channel: Channel;
    harmKnownDate: IsoDate | null;
    contractEndDate: IsoDate | null;
    referralDeadline: IsoDate | null;
  };
  /** Non-agent parties: complainants and respondents, with whether the decision has been served on them. */
  parties: ReadonlyArray<{ id: number; partyRole: 'complainant' | 'respondent' | 'agent'; decisionServedOn: IsoDate | null }>;
  /** Obligations created by this event (mediation terms) or owed by the party served now (decision). */
  obligationsStarting: ReadonlyArray<{ id: number; performanceDays: number }>;
  penalty: { id: number; hearingRight: boolean } | null;
}

const isLive = (c: ClockInstanceRef) => c.state === 'running' || c.state === 'paused';
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

/** The event keys an event matches in definitions: 'file_report' also matches 'file_report:<report_kind>'. */
function eventKeys(event: string, payload: Readonly<Record<string, unknown>>): string[] {
  const keys = [event];
  if (event === 'file_report' && typeof payload.report_kind === 'string') keys.push(`file_report:${payload.report_kind}`);
  if (event === 'clock_expired' && typeof payload.clock_key === 'string') keys.push(`clock_expired:${payload.clock_key}`);
  return keys;
}

function conditionHolds(def: ClockDefinition, input: ClockPlanInput): boolean {
  const p = input.payload;
  switch (def.startCondition) {
    case undefined:
      return true;
    case 'referral_channel':
      return REFERRAL_CHANNELS.includes(input.caseFile.channel);
    case 'media_channel':
      return input.caseFile.channel === 'media';
    case 'callback_on_withdrawal':
      return input.event !== 'withdraw' || input.switches.callbackOnWithdrawal;
    case 'escalated_to_hot':
      return p.to === 'hot';
    case 'escalated_to_major':
      return input.event !== 'escalate' || p.to === 'major';
    case 'appeal_reconsideration':
      return p.appeal_kind === 'reconsideration';
    case 'appeal_lawsuit':
      return p.appeal_kind === 'lawsuit';
    case 'reconsideration_outcome':
      return p.appeal_kind === 'reconsideration';
    case 'hearing_right':
      return input.penalty?.hearingRight === true;
    case 'not_served_on_the_spot':
      return p.served_on_the_spot !== true;
  }
}

/** The scope targets (party / obligation / penalty) one definition starts instances for. */
function startTargets(def: ClockDefinition, input: ClockPlanInput): Array<Pick<Extract<ClockOp, { op: 'start' }>, 'partyId' | 'obligationId' | 'penaltyId' | 'length'>> {
  const penaltyId = input.event.startsWith('penalty:') ? (input.penalty?.id ?? null) : null;
  switch (def.scope) {
    case 'case':
      return [{ partyId: null, obligationId: null, penaltyId }];
    case 'penalty':
      return penaltyId === null ? [] : [{ partyId: null, obligationId: null, penaltyId }];
    case 'respondent': {
      const partyId = num(input.payload.party_id);
      return partyId === null ? [] : [{ partyId, obligationId: null, penaltyId: null }];
    }
    case 'party': {
      if (penaltyId !== null) return [{ partyId: null, obligationId: null, penaltyId }];
      if (input.event === 'refuse_acceptance') {
        return input.parties.filter((p) => p.partyRole === 'complainant').map((p) => ({ partyId: p.id, obligationId: null, penaltyId: null }));
      }
      const partyId = num(input.payload.party_id) ?? num(input.payload.applicant_party_id);
      return partyId === null ? [] : [{ partyId, obligationId: null, penaltyId: null }];
    }
    case 'obligation':
      return input.obligationsStarting.map((o) => ({ partyId: null, obligationId: o.id, penaltyId: null, length: o.performanceDays }));
  }
}

/** Does a live instance belong to the target the stopping event names? */
function stopMatches(def: ClockDefinition, clock: ClockInstanceRef, input: ClockPlanInput): boolean {
  const p = input.payload;
  if (input.event.startsWith('penalty:')) return clock.penaltyId !== null && clock.penaltyId === (input.penalty?.id ?? null);
  if (clock.penaltyId !== null && def.scope !== 'party') return false;
  switch (def.scope) {
    case 'respondent':
      return clock.partyId === num(p.party_id);
    case 'obligation':
      return clock.obligationId === num(p.obligation_id);
    case 'party': {
      // file_appeal stops the windows of the act appealed, for the applicant (or every party if unnamed).
      const applicant = num(p.applicant_party_id);
      const penaltyId = num(p.penalty_id);
      if (penaltyId !== null) return clock.penaltyId === penaltyId;
      return clock.penaltyId === null && (applicant === null || clock.partyId === applicant);
    }
    default:
      return true;
  }
}

export function planClockChanges(input: ClockPlanInput): ClockOp[] {
  const ops: ClockOp[] = [];
  const keys = eventKeys(input.event, input.payload);
  const stopped = new Set<number>();
  const defsByKey = new Map(input.definitions.map((d) => [d.clockKey, d]));

  // 1. Explicit clock events on one named instance (§4.3) and expiry (rule 7).
  const clockId = num(input.payload.clock_id);
  if (clockId !== null) {
    if (input.event === 'pause_clock') ops.push({ op: 'pause', clockId, from: input.effectiveDate, reason: String(input.payload.pause_reason ?? '') });
    if (input.event === 'resume_clock') ops.push({ op: 'resume', clockId, to: input.effectiveDate });
    if (input.event === 'extend_clock') ops.push({ op: 'extend', clockId, units: num(input.payload.units) ?? 0, reason: String(input.payload.reason ?? '') });
    if (input.event === 'clock_expired' || input.event === 'penalty:clock_expired') ops.push({ op: 'expire', clockId });
    if (input.event === 'deadline_recomputed') ops.push({ op: 'recompute', clockId });
  }

  // 2. Stop every live clock on closing steps: for a case, all but the appeal windows and penalty
  //    clocks (T20, T27, T28); for a penalty proceeding (P17), all of that proceeding's clocks.
  if (input.stopsAllClocks) {
    const penaltyId = input.event.startsWith('penalty:') ? (input.penalty?.id ?? null) : null;
    for (const c of input.clocks) {
      const inScope = penaltyId !== null ? c.penaltyId === penaltyId : !APPEAL_WINDOW_CLOCKS.includes(c.clockKey) && c.penaltyId === null;
      if (isLive(c) && inScope) {
        ops.push({ op: 'stop', clockId: c.id });
        stopped.add(c.id);
      }
    }
  }

  // 3. End events.
  for (const c of input.clocks) {
    if (!isLive(c) || stopped.has(c.id)) continue;
    const def = defsByKey.get(c.clockKey);
    if (!def) continue;
    let ends = def.endEvents.some((e) => keys.includes(e));
    if (!ends && def.endEvents.includes(`${input.event}:all`)) {
      // e.g. decision_service stops once the decision is served on every party (T23).
      const servedNow = num(input.payload.party_id);
      ends = input.parties.filter((p) => p.partyRole !== 'agent').every((p) => p.decisionServedOn !== null || p.id === servedNow);
    }
    if (ends && stopMatches(def, c, input)) {
      ops.push({ op: 'stop', clockId: c.id });
      stopped.add(c.id);
    }
  }

  // 4. Automatic pauses and resumes (补正 pauses acceptance: T03, T04, T05).
  for (const c of input.clocks) {
    const def = defsByKey.get(c.clockKey);
    if (!def || stopped.has(c.id) || c.penaltyId !== null) continue;
    if (c.state === 'running' && def.pauseEvents.some((e) => keys.includes(e))) {
      ops.push({ op: 'pause', clockId: c.id, from: input.effectiveDate, reason: 'supplement_requested' });
    }
    if (c.state === 'paused' && def.resumeEvents.some((e) => keys.includes(e))) {
      ops.push({ op: 'resume', clockId: c.id, to: input.effectiveDate });
    }
  }

  // 5. Starts.
  for (const def of input.definitions) {
    if (!def.startEvents.some((e) => keys.includes(e))) continue;
    if (!conditionHolds(def, input)) continue;
    for (const target of startTargets(def, input)) {
      const alreadyLive = input.clocks.some(
        (c) =>
          c.clockKey === def.clockKey &&
          isLive(c) &&
          !stopped.has(c.id) &&
          c.partyId === target.partyId &&
          c.obligationId === target.obligationId &&
          c.penaltyId === target.penaltyId,
      );
      if (alreadyLive) continue;
      let startDate = input.effectiveDate;
      if (def.startBasis === 'harm_known_date') {
        if (!input.caseFile.harmKnownDate) continue;
        startDate = input.caseFile.harmKnownDate;
      } else if (def.startBasis === 'contract_end_date') {
        if (!input.caseFile.contractEndDate) continue;
        startDate = input.caseFile.contractEndDate;
      }
      const op: Extract<ClockOp, { op: 'start' }> = { op: 'start', definition: def, startDate, ...target };
      if (def.evaluateOnly) op.stoppedImmediately = true;
      if (def.clockKey === 'referral_report' && input.caseFile.referralDeadline) op.dueOverride = input.caseFile.referralDeadline;
      if (def.clockKey === 'supervision_response' && num(input.payload.response_days) !== null) op.length = num(input.payload.response_days) as number;
      if (def.clockKey === 'fine_payment' && input.event === 'penalty:approve_deferral' && num(input.payload.days) !== null) op.length = num(input.payload.days) as number;
      ops.push(op);
    }
  }
  return ops;
}
