/**
 * Exhaustive test of the penalty-proceeding transition table (server/domain/case/caseWorkflow.ts,
 * PENALTY_TRANSITIONS / findPenaltyTransition) against procedure.md §3.6 (P01-P17) and §3.4 (approvals).
 * The expected side (`specPenalty`) is written from the spec text; readings are marked "Reading:".
 */
import { describe, expect, it } from 'vitest';
import { PENALTY_TRANSITIONS, findPenaltyTransition, roleMayPerform } from '../../../server/domain/case/caseWorkflow.ts';
import { PENALTY_STATUSES } from '../../../server/domain/case/statuses.ts';
import type { PenaltyStatus } from '../../../server/domain/case/statuses.ts';
import { CLOCK_KEYS, PENALTY_EVENT_TYPES } from '../../../server/domain/case/events.ts';
import type { ClockKey, PenaltyEventType } from '../../../server/domain/case/events.ts';

type Actor = 'O' | 'S' | 'C' | 'B' | 'Sys';
type From = PenaltyStatus | 'none';

const ROLES = ['citizen', 'business_user', 'business_admin', 'officer', 'supervisor', 'legal_reviewer', 'administrator', 'system'] as const;
type Role = (typeof ROLES)[number];
/** §1.1; the penalised "party" acts through the business account of its organisation (B). */
const SPEC_ROLE_ACTORS: Record<Role, readonly Actor[]> = {
  citizen: ['C'],
  business_user: ['B'],
  business_admin: ['B'],
  officer: ['O'],
  supervisor: ['O', 'S'],
  legal_reviewer: [],
  administrator: [],
  system: ['Sys'],
};

/** §9 "Penalty states" and "Penalty events". */
const SPEC_PENALTY_STATES: readonly PenaltyStatus[] = [
  'filed', 'prior_notice_served', 'hearing_pending', 'under_review', 'decided', 'served', 'overdue', 'enforcement', 'performed',
  'closed', 'no_penalty', 'referred_to_judicial',
];
const SPEC_PENALTY_EVENTS: readonly string[] = [
  'file_penalty', 'serve_prior_notice', 'record_statement', 'request_hearing', 'serve_hearing_notice', 'hold_hearing', 'waive_rights',
  'decide_penalty', 'decide_no_penalty', 'refer_to_judicial', 'serve_penalty_decision', 'record_payment', 'approve_deferral',
  'serve_enforcement_reminder', 'apply_court_enforcement', 'record_enforcement_result', 'close_penalty', 'clock_expired',
];

/**
 * §3.4 "Penalty proceeding: serve_prior_notice (approves the proposed penalty); decide_penalty; decide_no_penalty;
 * refer_to_judicial; apply_court_enforcement; approve_deferral; close_penalty" + P01 file_penalty (O → S).
 * Reading: decide_penalty, decide_no_penalty, refer_to_judicial and approve_deferral have Who = S in §3.6, so the
 * supervisor (agency head) performs them directly; only the "O → S" rows carry an approval request.
 */
const SPEC_NEEDS_APPROVAL: readonly PenaltyEventType[] = ['file_penalty', 'serve_prior_notice', 'apply_court_enforcement', 'close_penalty'];

interface Expected {
  to: string;
  who: readonly Actor[];
  spec: string;
}

function specPenalty(from: From, event: PenaltyEventType, clock?: ClockKey): Expected | undefined {
  const at = (...states: From[]) => states.includes(from);
  const row = (ok: boolean, to: string, who: readonly Actor[], spec: string): Expected | undefined => (ok ? { to, who, spec } : undefined);
  switch (event) {
    case 'file_penalty':
      return row(from === 'none', 'filed', ['O'], 'P01');
    case 'serve_prior_notice':
      return row(at('filed'), 'prior_notice_served', ['O'], 'P02');
    case 'record_statement':
      return row(at('prior_notice_served'), 'same', ['O'], 'P03');
    case 'request_hearing': // "party (B); O"
      return row(at('prior_notice_served'), 'hearing_pending', ['B', 'O'], 'P04');
    case 'serve_hearing_notice':
      return row(at('hearing_pending'), 'same', ['O'], 'P05');
    case 'hold_hearing': // "O (presiding)"
      return row(at('hearing_pending'), 'under_review', ['O'], 'P06');
    // P07 Who "party; Sys". Reading: "party" as in P04 ("party (B); O"): the party through its business account,
    // or the officer entering a paper declaration (guides have no account in v1, §1.3).
    case 'waive_rights':
      return row(at('prior_notice_served'), 'under_review', ['B', 'O'], 'P07');
    case 'decide_penalty': // "S (agency head)"
      return row(at('under_review'), 'decided', ['S'], 'P08');
    case 'decide_no_penalty':
      return row(at('under_review'), 'no_penalty', ['S'], 'P09');
    case 'refer_to_judicial':
      return row(at('filed', 'under_review'), 'referred_to_judicial', ['S'], 'P10');
    case 'serve_penalty_decision': // "Sys / O"
      return row(at('decided'), 'served', ['Sys', 'O'], 'P11');
    // P12 "performed (all items done)". The code models no partial payment (see report): expected 'performed'.
    case 'record_payment':
      return row(at('served', 'overdue', 'enforcement'), 'performed', ['O'], 'P12');
    case 'approve_deferral':
      return row(at('served', 'overdue'), 'served', ['S'], 'P14');
    case 'serve_enforcement_reminder':
      return row(at('overdue'), 'enforcement', ['O'], 'P15');
    case 'apply_court_enforcement':
      return row(at('enforcement'), 'same', ['O'], 'P16');
    // Not a row of §3.6; named by P17's guard "Result recorded (record_enforcement_result) where applicable".
    // Reading: recorded by the officer while in enforcement, no state change.
    case 'record_enforcement_result':
      return row(at('enforcement'), 'same', ['O'], 'P17 guard');
    case 'close_penalty':
      return row(at('performed', 'no_penalty', 'referred_to_judicial', 'enforcement'), 'closed', ['O'], 'P17');
    case 'clock_expired':
      // P07: clock_expired(statement_defence) "with no hearing pending" → under_review (whether a hearing can
      // still be requested is the guard; otherwise the proceeding stays).
      if (clock === 'statement_defence' && at('prior_notice_served')) return row(true, 'under_review', ['Sys'], 'P07');
      // Reading of P07: when the hearing_request period is the one that ends last (or the statement period was
      // used by record_statement), its expiry is what ends the prior-notice phase.
      if (clock === 'hearing_request' && at('prior_notice_served')) return row(true, 'under_review', ['Sys'], 'P07 (hearing_request)');
      if (clock === 'fine_payment' && at('served')) return row(true, 'overdue', ['Sys'], 'P13');
      // §4.1: every other expiry is a named system event without a state change, while the proceeding is open.
      return row(from !== 'none' && from !== 'closed', 'same', ['Sys'], '§4.1 on_expiry');
  }
}

const rolesAllowed = (who: readonly Actor[] | undefined): Record<Role, boolean> =>
  Object.fromEntries(ROLES.map((r) => [r, who !== undefined && who.some((a) => SPEC_ROLE_ACTORS[r].includes(a))])) as Record<Role, boolean>;

function actual(from: From, event: PenaltyEventType, clock?: ClockKey) {
  const t = findPenaltyTransition(from, event, clock);
  return {
    to: t?.to,
    approval: t?.approval,
    roles: Object.fromEntries(ROLES.map((r) => [r, t !== undefined && roleMayPerform(t, r)])) as Record<Role, boolean>,
  };
}

function expected(from: From, event: PenaltyEventType, clock?: ClockKey) {
  const e = specPenalty(from, event, clock);
  return {
    to: e?.to,
    approval: e && SPEC_NEEDS_APPROVAL.includes(event) ? ('always' as const) : undefined,
    roles: rolesAllowed(e?.who),
  };
}

describe('penalty enumerations (procedure.md §9)', () => {
  it('PENALTY_STATUSES are exactly the spec states', () => {
    expect([...PENALTY_STATUSES]).toEqual(SPEC_PENALTY_STATES);
  });
  it('PENALTY_EVENT_TYPES are exactly the spec events', () => {
    expect([...PENALTY_EVENT_TYPES].sort()).toEqual([...SPEC_PENALTY_EVENTS].sort());
  });
  it('rows have unique ids and known states', () => {
    const ids = PENALTY_TRANSITIONS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of PENALTY_TRANSITIONS) {
      for (const f of t.from) expect([...PENALTY_STATUSES, 'none'], t.id).toContain(f);
      expect([...PENALTY_STATUSES, 'same'], t.id).toContain(t.to);
    }
  });
});

const FROMS: readonly From[] = ['none', ...PENALTY_STATUSES];
const CLOCKS: readonly (ClockKey | undefined)[] = [undefined, ...CLOCK_KEYS];

describe('penalty matrix: status × event × role', () => {
  for (const from of FROMS) {
    describe(`from ${from}`, () => {
      for (const event of PENALTY_EVENT_TYPES) {
        it(`${from} | ${event}`, () => {
          if (event === 'clock_expired') {
            for (const clock of CLOCKS) {
              expect(actual(from, event, clock), `clock ${clock ?? '(none)'}`).toEqual(expected(from, event, clock));
            }
          } else {
            expect(actual(from, event)).toEqual(expected(from, event));
          }
        });
      }
    });
  }
});

describe('penalty rows in detail', () => {
  it('P01 creates the proceeding from none only', () => {
    expect(findPenaltyTransition('none', 'file_penalty')?.to).toBe('filed');
    for (const s of PENALTY_STATUSES) expect(findPenaltyTransition(s, 'file_penalty'), s).toBeUndefined();
  });

  it('P07 expiry rows fall back to the same state when their guard fails (hearing still possible)', () => {
    const a = findPenaltyTransition('prior_notice_served', 'clock_expired', 'statement_defence');
    expect(a?.otherwiseSame).toBe(true);
    expect(a?.guards).toContain('no_hearing_request_possible');
    const b = findPenaltyTransition('prior_notice_served', 'clock_expired', 'hearing_request');
    expect(b?.otherwiseSame).toBe(true);
    expect(b?.guards).toContain('statement_period_over');
  });

  it('P13 fine_payment expiry only from served', () => {
    expect(findPenaltyTransition('served', 'clock_expired', 'fine_payment')?.to).toBe('overdue');
    expect(findPenaltyTransition('overdue', 'clock_expired', 'fine_payment')?.to).toBe('same');
    expect(findPenaltyTransition('enforcement', 'clock_expired', 'fine_payment')?.to).toBe('same');
  });

  it('a closed proceeding accepts no event', () => {
    for (const e of PENALTY_EVENT_TYPES) {
      expect(findPenaltyTransition('closed', e), e).toBeUndefined();
      if (e === 'clock_expired') for (const k of CLOCK_KEYS) expect(findPenaltyTransition('closed', e, k), k).toBeUndefined();
    }
  });

  it('the supervisor decides (P08-P10, P14) without an approval request; the officer cannot', () => {
    for (const [from, e] of [
      ['under_review', 'decide_penalty'],
      ['under_review', 'decide_no_penalty'],
      ['filed', 'refer_to_judicial'],
      ['served', 'approve_deferral'],
    ] as const) {
      const t = findPenaltyTransition(from, e);
      expect(t?.approval, e).toBeUndefined();
      expect(t && roleMayPerform(t, 'supervisor'), e).toBe(true);
      expect(t && roleMayPerform(t, 'officer'), e).toBe(false);
      expect(t && roleMayPerform(t, 'legal_reviewer'), e).toBe(false);
    }
  });

  it('the penalised party (business user) may request a hearing or waive, nothing else', () => {
    const byB = PENALTY_TRANSITIONS.filter((t) => roleMayPerform(t, 'business_user')).map((t) => t.event);
    expect([...new Set(byB)].sort()).toEqual(['request_hearing', 'waive_rights']);
  });

  it('a penalty is unilateral: no citizen ever acts on it (§3.6 "cannot be mediated or negotiated")', () => {
    expect(PENALTY_TRANSITIONS.filter((t) => roleMayPerform(t, 'citizen'))).toEqual([]);
  });
});
