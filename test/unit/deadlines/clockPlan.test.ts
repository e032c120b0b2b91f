import { PENALTY_TRANSITIONS } from '../../../server/domain/case/caseWorkflow.ts';
/**
 * planClockChanges (server/domain/deadlines/clockPlan.ts) with the shipped clock definitions, against the
 * "Clocks" column of procedure.md §3.3 / §3.6 and the clock tables of §4.6-§4.8.
 */
import { describe, expect, it } from 'vitest';
import { planClockChanges } from '../../../server/domain/deadlines/clockPlan.ts';
import type { ClockInstanceRef, ClockOp, ClockPlanInput } from '../../../server/domain/deadlines/clockPlan.ts';
import { SHIPPED_CLOCK_DEFINITIONS } from '../../../server/domain/procedure/clockDefinitions.ts';
import { SHIPPED_PROFILES } from '../../../server/domain/procedure/profiles.ts';
import type { ProfileKey, ProfileSwitches } from '../../../server/domain/procedure/profiles.ts';
import { findCaseTransition } from '../../../server/domain/case/caseWorkflow.ts';
import type { ClockKey } from '../../../server/domain/case/events.ts';
import type { Channel } from '../../../server/domain/case/enums.ts';

const PROFILES: readonly ProfileKey[] = ['interim-1991', 'measures-2010'];
const DAY = '2026-03-02';

const switchesOf = (p: ProfileKey): ProfileSwitches => {
  const profile = SHIPPED_PROFILES.find((x) => x.key === p);
  if (!profile) throw new Error(p);
  return profile.switches;
};

interface PlanArgs {
  payload?: Record<string, unknown>;
  clocks?: ClockInstanceRef[];
  stopsAllClocks?: boolean;
  switches?: Partial<ProfileSwitches>;
  caseFile?: Partial<ClockPlanInput['caseFile']>;
  parties?: ClockPlanInput['parties'];
  obligationsStarting?: ClockPlanInput['obligationsStarting'];
  penalty?: ClockPlanInput['penalty'];
  effectiveDate?: string;
}

function plan(profile: ProfileKey, event: string, a: PlanArgs = {}): ClockOp[] {
  return planClockChanges({
    event,
    payload: a.payload ?? {},
    effectiveDate: a.effectiveDate ?? DAY,
    definitions: SHIPPED_CLOCK_DEFINITIONS.filter((d) => d.profileKey === profile),
    clocks: a.clocks ?? [],
    stopsAllClocks: a.stopsAllClocks ?? false,
    switches: { ...switchesOf(profile), ...a.switches },
    caseFile: { channel: 'online', harmKnownDate: null, contractEndDate: null, referralDeadline: null, ...a.caseFile },
    parties: a.parties ?? [],
    obligationsStarting: a.obligationsStarting ?? [],
    penalty: a.penalty ?? null,
  });
}

let nextId = 100;
function clock(clockKey: ClockKey, over: Partial<ClockInstanceRef> = {}): ClockInstanceRef {
  return { id: nextId++, clockKey, state: 'running', partyId: null, obligationId: null, penaltyId: null, ...over };
}

type StartOp = Extract<ClockOp, { op: 'start' }>;
const starts = (ops: ClockOp[]): StartOp[] => ops.filter((o): o is StartOp => o.op === 'start');
const startedKeys = (ops: ClockOp[]): string[] => starts(ops).map((o) => o.definition.clockKey).sort();
const startOf = (ops: ClockOp[], key: ClockKey): StartOp | undefined => starts(ops).find((o) => o.definition.clockKey === key);
const stoppedIds = (ops: ClockOp[]): number[] => ops.flatMap((o) => (o.op === 'stop' ? [o.clockId] : [])).sort((x, y) => x - y);
const nonStart = (ops: ClockOp[]) => ops.filter((o) => o.op !== 'start');

// -------------------------------------------------------------------------------------------------------

describe('definitions', () => {
  it.each(PROFILES)('%s: one definition per clock key', (p) => {
    const keys = SHIPPED_CLOCK_DEFINITIONS.filter((d) => d.profileKey === p).map((d) => d.clockKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('handling only in 1991, mediation only in 2010 (§4.6, §4.7)', () => {
    const keys = (p: ProfileKey) => SHIPPED_CLOCK_DEFINITIONS.filter((d) => d.profileKey === p).map((d) => d.clockKey);
    expect(keys('interim-1991')).toContain('handling');
    expect(keys('interim-1991')).toContain('decision_service');
    expect(keys('interim-1991')).not.toContain('mediation');
    expect(keys('measures-2010')).toContain('mediation');
    expect(keys('measures-2010')).not.toContain('handling');
    expect(keys('measures-2010')).not.toContain('decision_service');
  });
});

describe('T01 submit', () => {
  it.each(PROFILES)('%s: starts acceptance and inaction_exposure from the submit date, nothing else online', (p) => {
    const ops = plan(p, 'submit');
    expect(startedKeys(ops)).toEqual(['acceptance', 'inaction_exposure']);
    for (const o of starts(ops)) {
      expect(o.startDate).toBe(DAY);
      expect(o.stoppedImmediately).toBeUndefined();
      expect([o.partyId, o.obligationId, o.penaltyId]).toEqual([null, null, null]);
    }
    expect(nonStart(ops)).toEqual([]);
  });

  it('1991: filing_window is evaluated from harm_known_date and stopped immediately', () => {
    const ops = plan('interim-1991', 'submit', { caseFile: { harmKnownDate: '2026-01-10', contractEndDate: '2026-02-01' } });
    expect(startedKeys(ops)).toEqual(['acceptance', 'filing_window', 'inaction_exposure']);
    const fw = startOf(ops, 'filing_window');
    expect(fw?.startDate).toBe('2026-01-10');
    expect(fw?.stoppedImmediately).toBe(true);
    expect(fw?.definition.length).toBe(60);
  });

  it('1991: no harm_known_date → no filing_window (contract_end_date is not the 1991 basis)', () => {
    expect(startedKeys(plan('interim-1991', 'submit', { caseFile: { contractEndDate: '2026-02-01' } }))).not.toContain('filing_window');
  });

  it('2010: filing_window is evaluated from contract_end_date and stopped immediately', () => {
    const ops = plan('measures-2010', 'submit', { caseFile: { harmKnownDate: '2026-01-10', contractEndDate: '2026-02-01' } });
    const fw = startOf(ops, 'filing_window');
    expect(fw?.startDate).toBe('2026-02-01');
    expect(fw?.stoppedImmediately).toBe(true);
    expect(fw?.definition.length).toBe(90);
  });

  it('2010: no contract_end_date → no filing_window', () => {
    expect(startedKeys(plan('measures-2010', 'submit', { caseFile: { harmKnownDate: '2026-01-10' } }))).not.toContain('filing_window');
  });

  describe.each(PROFILES)('%s channels', (p) => {
    it.each(['hotline_12345', 'referral_higher_agency', 'referral_other_agency'] as const)('referral channel %s starts referral_report', (channel) => {
      const ops = plan(p, 'submit', { caseFile: { channel } });
      expect(startedKeys(ops)).toEqual(['acceptance', 'inaction_exposure', 'referral_report']);
      const rr = startOf(ops, 'referral_report');
      expect(rr?.dueOverride).toBeUndefined();
      expect(rr?.definition.unit).toBe('working_day');
      expect(rr?.definition.length).toBe(2);
    });

    it('the referral deadline becomes the due date (dueOverride)', () => {
      const ops = plan(p, 'submit', { caseFile: { channel: 'hotline_12345', referralDeadline: '2026-03-06' } });
      expect(startOf(ops, 'referral_report')?.dueOverride).toBe('2026-03-06');
    });

    it('media starts media_response (48 hours)', () => {
      const ops = plan(p, 'submit', { caseFile: { channel: 'media' } });
      expect(startedKeys(ops)).toEqual(['acceptance', 'inaction_exposure', 'media_response']);
      const m = startOf(ops, 'media_response');
      expect(m?.definition.unit).toBe('hour');
      expect(m?.definition.length).toBe(48);
    });

    it.each(['online', 'phone', 'visit', 'letter'] as Channel[])('%s starts neither referral_report nor media_response', (channel) => {
      expect(startedKeys(plan(p, 'submit', { caseFile: { channel } }))).toEqual(['acceptance', 'inaction_exposure']);
    });
  });
});

describe.each(PROFILES)('%s: supplementary materials (T03-T05)', (p) => {
  it('request_supplement pauses acceptance and starts supplement', () => {
    const acceptance = clock('acceptance');
    const inaction = clock('inaction_exposure');
    const ops = plan(p, 'request_supplement', { clocks: [acceptance, inaction] });
    expect(nonStart(ops)).toEqual([{ op: 'pause', clockId: acceptance.id, from: DAY, reason: 'supplement_requested' }]);
    expect(startedKeys(ops)).toEqual(['supplement']);
    expect(startOf(ops, 'supplement')?.definition.length).toBe(15);
  });

  it('provide_supplement stops supplement and resumes acceptance', () => {
    const acceptance = clock('acceptance', { state: 'paused' });
    const supplement = clock('supplement');
    const ops = plan(p, 'provide_supplement', { clocks: [acceptance, supplement] });
    expect(ops).toEqual([
      { op: 'stop', clockId: supplement.id },
      { op: 'resume', clockId: acceptance.id, to: DAY },
    ]);
  });

  it('clock_expired(supplement) expires supplement and resumes acceptance (T05)', () => {
    const acceptance = clock('acceptance', { state: 'paused' });
    const supplement = clock('supplement');
    const ops = plan(p, 'clock_expired', { clocks: [acceptance, supplement], payload: { clock_id: supplement.id, clock_key: 'supplement' } });
    expect(ops).toEqual([
      { op: 'expire', clockId: supplement.id },
      { op: 'resume', clockId: acceptance.id, to: DAY },
    ]);
  });

  it('the expiry of another clock does not resume acceptance', () => {
    const acceptance = clock('acceptance', { state: 'paused' });
    const media = clock('media_response');
    const ops = plan(p, 'clock_expired', { clocks: [acceptance, media], payload: { clock_id: media.id, clock_key: 'media_response' } });
    expect(ops).toEqual([{ op: 'expire', clockId: media.id }]);
  });
});

describe('T06 accept', () => {
  it.each([
    ['interim-1991', ['handling', 'notice_dispatch']],
    ['measures-2010', ['mediation', 'notice_dispatch']],
  ] as const)('%s: stops acceptance and inaction_exposure, starts %j', (p, keys) => {
    const acceptance = clock('acceptance');
    const inaction = clock('inaction_exposure');
    const referral = clock('referral_report');
    const ops = plan(p, 'accept', { clocks: [acceptance, inaction, referral] });
    expect(stoppedIds(ops)).toEqual([acceptance.id, inaction.id]);
    expect(startedKeys(ops)).toEqual([...keys]);
  });

  it('a paused acceptance clock is stopped too', () => {
    const acceptance = clock('acceptance', { state: 'paused' });
    expect(stoppedIds(plan('interim-1991', 'accept', { clocks: [acceptance] }))).toEqual([acceptance.id]);
  });
});

describe('T10 send_notice / T11 serve_notice (§3.1 notice_end_event)', () => {
  it('1991: send_notice stops notice_dispatch and starts service_watch', () => {
    const nd = clock('notice_dispatch');
    const ops = plan('interim-1991', 'send_notice', { clocks: [nd] });
    expect(stoppedIds(ops)).toEqual([nd.id]);
    expect(startedKeys(ops)).toEqual(['service_watch']);
  });

  it('2010: send_notice leaves notice_dispatch running and starts service_watch', () => {
    const nd = clock('notice_dispatch');
    const ops = plan('measures-2010', 'send_notice', { clocks: [nd] });
    expect(stoppedIds(ops)).toEqual([]);
    expect(startedKeys(ops)).toEqual(['service_watch']);
  });

  it('2010: serve_notice stops notice_dispatch and service_watch, starts respondent_reply for that party from the service date', () => {
    const nd = clock('notice_dispatch');
    const sw = clock('service_watch');
    const ops = plan('measures-2010', 'serve_notice', { clocks: [nd, sw], payload: { party_id: 11, served_on: '2026-03-04' }, effectiveDate: '2026-03-04' });
    expect(stoppedIds(ops)).toEqual([nd.id, sw.id]);
    expect(startedKeys(ops)).toEqual(['respondent_reply']);
    const rr = startOf(ops, 'respondent_reply');
    expect(rr?.partyId).toBe(11);
    expect(rr?.startDate).toBe('2026-03-04');
    expect(rr?.definition.length).toBe(10);
  });

  it('1991: serve_notice stops service_watch only, starts respondent_reply (30 days) for that party', () => {
    const nd = clock('notice_dispatch');
    const sw = clock('service_watch');
    const ops = plan('interim-1991', 'serve_notice', { clocks: [nd, sw], payload: { party_id: 11 } });
    expect(stoppedIds(ops)).toEqual([sw.id]);
    const rr = startOf(ops, 'respondent_reply');
    expect(rr?.partyId).toBe(11);
    expect(rr?.definition.length).toBe(30);
  });

  it.each(PROFILES)('%s: a second respondent gets its own reply clock; the same respondent is not started twice', (p) => {
    const rr11 = clock('respondent_reply', { partyId: 11 });
    const second = plan(p, 'serve_notice', { clocks: [rr11], payload: { party_id: 12 } });
    expect(starts(second).map((o) => [o.definition.clockKey, o.partyId])).toEqual([['respondent_reply', 12]]);
    const again = plan(p, 'serve_notice', { clocks: [rr11], payload: { party_id: 11 } });
    expect(startedKeys(again)).toEqual([]);
  });
});

describe.each(PROFILES)('%s: T12 submit_reply', (p) => {
  it("stops only that party's respondent_reply", () => {
    const a = clock('respondent_reply', { partyId: 11 });
    const b = clock('respondent_reply', { partyId: 12 });
    const ops = plan(p, 'submit_reply', { clocks: [a, b], payload: { party_id: 12 } });
    expect(ops).toEqual([{ op: 'stop', clockId: b.id }]);
  });
});

describe.each(PROFILES)('%s: closing steps (stopsAllClocks: T20, T27, T28)', (p) => {
  const setup = () => {
    const live = [
      clock(p === 'interim-1991' ? 'handling' : 'mediation'),
      clock('acceptance', { state: 'paused' }),
      clock('performance', { obligationId: 5 }),
      clock('court_enforcement_application'),
      clock('major_status_report'),
    ];
    const kept = [
      clock('reconsideration_window', { partyId: 1 }),
      clock('lawsuit_window', { partyId: 1 }),
      clock('post_reconsideration_lawsuit', { partyId: 1 }),
      clock('penalty_decision', { penaltyId: 9 }),
      clock('court_enforcement_application', { penaltyId: 9 }),
      clock('reconsideration_window', { penaltyId: 9 }),
      clock('fine_payment', { penaltyId: 9 }),
    ];
    const dead = [clock('callback', { state: 'stopped' }), clock('notice_dispatch', { state: 'expired' })];
    return { live, kept, dead, all: [...live, ...kept, ...dead] };
  };

  it('close: stops every live case clock except appeal windows and penalty clocks; starts callback', () => {
    const { live, all } = setup();
    const ops = plan(p, 'close', { clocks: all, stopsAllClocks: true });
    expect(stoppedIds(ops)).toEqual(live.map((c) => c.id).sort((x, y) => x - y));
    expect(startedKeys(ops)).toEqual(['callback']);
    expect(ops.filter((o) => o.op !== 'stop' && o.op !== 'start')).toEqual([]);
  });

  it('record_settlement: stops all case clocks and starts callback', () => {
    const { live, all } = setup();
    const ops = plan(p, 'record_settlement', { clocks: all, stopsAllClocks: true });
    expect(stoppedIds(ops)).toEqual(live.map((c) => c.id).sort((x, y) => x - y));
    expect(startedKeys(ops)).toEqual(['callback']);
  });

  it('withdraw: stops all case clocks; callback only when callback_on_withdrawal (default false)', () => {
    const { live, all } = setup();
    expect(switchesOf(p).callbackOnWithdrawal).toBe(false);
    const ops = plan(p, 'withdraw', { clocks: all, stopsAllClocks: true });
    expect(stoppedIds(ops)).toEqual(live.map((c) => c.id).sort((x, y) => x - y));
    expect(startedKeys(ops)).toEqual([]);
    const withCallback = plan(p, 'withdraw', { clocks: all, stopsAllClocks: true, switches: { callbackOnWithdrawal: true } });
    expect(startedKeys(withCallback)).toEqual(['callback']);
  });

  it('the workflow marks close, record_settlement and withdraw as stopping all clocks', () => {
    expect(findCaseTransition('enforcement', 'close', p)?.stopsAllClocks).toBe(true);
    expect(findCaseTransition('mediating', 'record_settlement', p)?.stopsAllClocks).toBe(true);
    expect(findCaseTransition('investigating', 'withdraw', p)?.stopsAllClocks).toBe(true);
  });
});

describe('T07 / T08 stop acceptance (spec lists no "stop all" for them)', () => {
  // KNOWN CODE BUG (caseWorkflow.ts T07/T08 `stopsAllClocks: true`): procedure.md §3.3 T07 says "Stop acceptance"
  // and T08 "Stop acceptance; start transfer_ack" — unlike T20/T27/T28 ("Stop all case clocks"). The referral
  // feedback owed to 12345 / the referring agency (referral_report, §4.8, ends only at file_report
  // referral_feedback) and the media response must keep running after a refusal or a transfer.
  for (const [from, event] of [
    ['acceptance_review', 'refuse_acceptance'],
    ['acceptance_review', 'transfer_out'],
  ] as const) {
    it.each(PROFILES)(`%s: ${event} stops acceptance and inaction_exposure but not referral_report / media_response`, (p) => {
      const t = findCaseTransition(from, event, p);
      const acceptance = clock('acceptance');
      const inaction = clock('inaction_exposure');
      const referral = clock('referral_report');
      const media = clock('media_response');
      const ops = plan(p, event, { clocks: [acceptance, inaction, referral, media], stopsAllClocks: t?.stopsAllClocks === true });
      expect(stoppedIds(ops)).toEqual([acceptance.id, inaction.id]);
    });
  }

  it.each(PROFILES)('%s: transfer_out starts transfer_ack; acknowledge_transfer stops it (T08, T09)', (p) => {
    expect(startedKeys(plan(p, 'transfer_out', { stopsAllClocks: true }))).toEqual(['transfer_ack']);
    const ack = clock('transfer_ack');
    expect(plan(p, 'acknowledge_transfer', { clocks: [ack] })).toEqual([{ op: 'stop', clockId: ack.id }]);
  });
});

describe('T23 serve_decision (1991)', () => {
  const parties = (served: Record<number, string | null>): ClockPlanInput['parties'] => [
    { id: 1, partyRole: 'complainant', decisionServedOn: served[1] ?? null },
    { id: 2, partyRole: 'respondent', decisionServedOn: served[2] ?? null },
    { id: 3, partyRole: 'agent', decisionServedOn: null },
  ];

  it('serving the first party starts its appeal windows and performance clocks, and keeps decision_service', () => {
    const ds = clock('decision_service');
    const ops = plan('interim-1991', 'serve_decision', {
      clocks: [ds],
      payload: { party_id: 1 },
      parties: parties({}),
      obligationsStarting: [{ id: 31, performanceDays: 20 }],
    });
    expect(stoppedIds(ops)).toEqual([]);
    expect(starts(ops).map((o) => [o.definition.clockKey, o.partyId, o.obligationId, o.length ?? null]).sort()).toEqual(
      [
        ['lawsuit_window', 1, null, null],
        ['performance', null, 31, 20],
        ['reconsideration_window', 1, null, null],
      ].sort(),
    );
  });

  it('serving the last non-agent party stops decision_service (an unserved agent does not matter)', () => {
    const ds = clock('decision_service');
    const ops = plan('interim-1991', 'serve_decision', { clocks: [ds], payload: { party_id: 2 }, parties: parties({ 1: '2026-03-01' }) });
    expect(stoppedIds(ops)).toEqual([ds.id]);
  });

  it('decision_service keeps running while another party is unserved', () => {
    const ds = clock('decision_service');
    const ops = plan('interim-1991', 'serve_decision', { clocks: [ds], payload: { party_id: 2 }, parties: parties({}) });
    expect(stoppedIds(ops)).toEqual([]);
  });

  it('issue_decision stops handling and starts decision_service (T22)', () => {
    const h = clock('handling');
    const ops = plan('interim-1991', 'issue_decision', { clocks: [h] });
    expect(stoppedIds(ops)).toEqual([h.id]);
    expect(startedKeys(ops)).toEqual(['decision_service']);
  });
});

describe.each(PROFILES)('%s: mediation and performance', (p) => {
  it('sign_mediation_agreement stops handling/mediation and starts one performance clock per term (T18)', () => {
    const main = clock(p === 'interim-1991' ? 'handling' : 'mediation');
    const ops = plan(p, 'sign_mediation_agreement', { clocks: [main], obligationsStarting: [{ id: 1, performanceDays: 10 }, { id: 2, performanceDays: 30 }] });
    expect(stoppedIds(ops)).toEqual([main.id]);
    expect(starts(ops).map((o) => [o.definition.clockKey, o.obligationId, o.length])).toEqual([
      ['performance', 1, 10],
      ['performance', 2, 30],
    ]);
  });

  it('record_performance stops only that obligation’s performance clock (T24)', () => {
    const a = clock('performance', { obligationId: 1 });
    const b = clock('performance', { obligationId: 2 });
    expect(plan(p, 'record_performance', { clocks: [a, b], payload: { obligation_id: 2 } })).toEqual([{ op: 'stop', clockId: b.id }]);
  });

  it('terminate_mediation stops mediation only in 2010 (T19)', () => {
    const main = clock(p === 'interim-1991' ? 'handling' : 'mediation');
    const ops = plan(p, 'terminate_mediation', { clocks: [main] });
    expect(stoppedIds(ops)).toEqual(p === 'measures-2010' ? [main.id] : []);
  });

  it('reopen starts a new handling (1991) or mediation (2010) clock (T32)', () => {
    expect(startedKeys(plan(p, 'reopen'))).toEqual([p === 'interim-1991' ? 'handling' : 'mediation']);
  });

  it('record_callback stops callback (T29)', () => {
    const cb = clock('callback');
    expect(plan(p, 'record_callback', { clocks: [cb] })).toEqual([{ op: 'stop', clockId: cb.id }]);
  });
});

describe.each(PROFILES)('%s: reports', (p) => {
  it('file_report major_status_report restarts major_status_report', () => {
    const m = clock('major_status_report');
    const ops = plan(p, 'file_report', { clocks: [m], payload: { report_kind: 'major_status_report' } });
    expect(stoppedIds(ops)).toEqual([m.id]);
    expect(startedKeys(ops)).toEqual(['major_status_report']);
    expect(startOf(ops, 'major_status_report')?.startDate).toBe(DAY);
  });

  it('escalate to major starts major_status_report, to hot starts hot_report', () => {
    expect(startedKeys(plan(p, 'escalate', { payload: { to: 'major', trigger: 'lawsuit' } }))).toEqual(['major_status_report']);
    expect(startedKeys(plan(p, 'escalate', { payload: { to: 'hot', trigger: 'cluster' } }))).toEqual(['hot_report']);
    expect(startedKeys(plan(p, 'escalate', { payload: { to: 'important', trigger: 'x' } }))).toEqual([]);
  });

  it.each([
    ['referral_feedback', 'referral_report'],
    ['media_response', 'media_response'],
    ['hot_report', 'hot_report'],
    ['supervision_report', 'supervision_response'],
  ] as const)('file_report %s stops %s only', (kind, key) => {
    const target = clock(key);
    const other = clock(key === 'hot_report' ? 'referral_report' : 'hot_report');
    const ops = plan(p, 'file_report', { clocks: [target, other], payload: { report_kind: kind } });
    expect(ops).toEqual([{ op: 'stop', clockId: target.id }]);
  });
});

describe.each(PROFILES)('%s: explicit clock events (§4.3)', (p) => {
  it('pause_clock', () => {
    const h = clock('acceptance');
    expect(plan(p, 'pause_clock', { clocks: [h], payload: { clock_id: h.id, pause_reason: 'appraisal', note: 'n' } })).toEqual([
      { op: 'pause', clockId: h.id, from: DAY, reason: 'appraisal' },
    ]);
  });
  it('resume_clock', () => {
    const h = clock('acceptance', { state: 'paused' });
    expect(plan(p, 'resume_clock', { clocks: [h], payload: { clock_id: h.id } })).toEqual([{ op: 'resume', clockId: h.id, to: DAY }]);
  });
  it('extend_clock', () => {
    const h = clock('respondent_reply', { partyId: 11 });
    expect(plan(p, 'extend_clock', { clocks: [h], payload: { clock_id: h.id, units: 5, reason: 'request' } })).toEqual([
      { op: 'extend', clockId: h.id, units: 5, reason: 'request' },
    ]);
  });
  it('clock_expired', () => {
    const h = clock('callback');
    expect(plan(p, 'clock_expired', { clocks: [h], payload: { clock_id: h.id, clock_key: 'callback' } })).toEqual([{ op: 'expire', clockId: h.id }]);
  });
  it('a clock id given as a string is accepted', () => {
    const h = clock('callback');
    expect(plan(p, 'clock_expired', { clocks: [h], payload: { clock_id: String(h.id), clock_key: 'callback' } })).toEqual([{ op: 'expire', clockId: h.id }]);
  });
});

describe.each(PROFILES)('%s: appeals (T30, T31)', (p) => {
  it('file_appeal (reconsideration) stops the applicant’s windows and starts reconsideration_defence + reconsideration_decision', () => {
    const rw1 = clock('reconsideration_window', { partyId: 1 });
    const lw1 = clock('lawsuit_window', { partyId: 1 });
    const rw2 = clock('reconsideration_window', { partyId: 2 });
    const ops = plan(p, 'file_appeal', { clocks: [rw1, lw1, rw2], payload: { appeal_kind: 'reconsideration', applicant_party_id: 1 } });
    expect(stoppedIds(ops)).toEqual([rw1.id, lw1.id]);
    expect(startedKeys(ops)).toEqual(['reconsideration_decision', 'reconsideration_defence']);
  });
  it('file_appeal (lawsuit) starts lawsuit_defence', () => {
    expect(startedKeys(plan(p, 'file_appeal', { payload: { appeal_kind: 'lawsuit', applicant_party_id: 1 } }))).toEqual(['lawsuit_defence']);
  });
  it('record_appeal_outcome after reconsideration starts post_reconsideration_lawsuit and stops reconsideration_decision', () => {
    const rd = clock('reconsideration_decision');
    const ops = plan(p, 'record_appeal_outcome', { clocks: [rd], payload: { appeal_kind: 'reconsideration', applicant_party_id: 1 } });
    expect(stoppedIds(ops)).toEqual([rd.id]);
    expect(starts(ops).map((o) => [o.definition.clockKey, o.partyId])).toEqual([['post_reconsideration_lawsuit', 1]]);
  });
});

describe.each(PROFILES)('%s: penalty events', (p) => {
  it('penalty:file_penalty starts penalty_decision for the proceeding', () => {
    const ops = plan(p, 'penalty:file_penalty', { penalty: { id: 9, hearingRight: false } });
    expect(starts(ops).map((o) => [o.definition.clockKey, o.penaltyId])).toEqual([['penalty_decision', 9]]);
  });

  it('penalty:serve_prior_notice with a hearing right starts statement_defence and hearing_request', () => {
    const ops = plan(p, 'penalty:serve_prior_notice', { penalty: { id: 9, hearingRight: true } });
    expect(starts(ops).map((o) => [o.definition.clockKey, o.penaltyId]).sort()).toEqual([
      ['hearing_request', 9],
      ['statement_defence', 9],
    ]);
  });

  it('penalty:serve_prior_notice without a hearing right starts statement_defence only', () => {
    const ops = plan(p, 'penalty:serve_prior_notice', { penalty: { id: 9, hearingRight: false } });
    expect(starts(ops).map((o) => [o.definition.clockKey, o.penaltyId])).toEqual([['statement_defence', 9]]);
  });

  it('penalty events only touch their own proceeding, never case clocks', () => {
    const own = clock('fine_payment', { penaltyId: 9 });
    const other = clock('fine_payment', { penaltyId: 10 });
    const caseClock = clock('court_enforcement_application');
    const ownEnf = clock('court_enforcement_application', { penaltyId: 9 });
    const ops = plan(p, 'penalty:record_payment', { clocks: [own, other, caseClock, ownEnf], penalty: { id: 9, hearingRight: false } });
    expect(stoppedIds(ops)).toEqual([own.id, ownEnf.id]);
  });

  it('penalty:decide_penalty stops penalty_decision and starts penalty_service unless served on the spot (P08)', () => {
    const pd = clock('penalty_decision', { penaltyId: 9 });
    const ops = plan(p, 'penalty:decide_penalty', { clocks: [pd], penalty: { id: 9, hearingRight: false } });
    expect(stoppedIds(ops)).toEqual([pd.id]);
    expect(startedKeys(ops)).toEqual(['penalty_service']);
    expect(startedKeys(plan(p, 'penalty:decide_penalty', { clocks: [pd], penalty: { id: 9, hearingRight: false }, payload: { served_on_the_spot: true } }))).toEqual([]);
  });

  it('penalty:serve_penalty_decision starts fine_payment and the proceeding’s appeal windows (P11)', () => {
    const ps = clock('penalty_service', { penaltyId: 9 });
    const ops = plan(p, 'penalty:serve_penalty_decision', { clocks: [ps], penalty: { id: 9, hearingRight: false } });
    expect(stoppedIds(ops)).toEqual([ps.id]);
    expect(starts(ops).map((o) => [o.definition.clockKey, o.penaltyId]).sort()).toEqual([
      ['fine_payment', 9],
      ['lawsuit_window', 9],
      ['reconsideration_window', 9],
    ]);
  });

  it('withdrawal of the complaint does not affect the penalty proceeding (T28)', () => {
    const pd = clock('penalty_decision', { penaltyId: 9 });
    expect(stoppedIds(plan(p, 'withdraw', { clocks: [pd], stopsAllClocks: true }))).toEqual([]);
  });

  // P17 close_penalty "Clocks: Stop all": the row carries stopsAllClocks, which for a penalty event stops
  // every live clock of that proceeding (and no other proceeding's or the case's).
  it('penalty:close_penalty stops the proceeding’s live clocks (P17 "Stop all")', () => {
    expect(PENALTY_TRANSITIONS.find((t) => t.id === 'P17')?.stopsAllClocks).toBe(true);
    const cea = clock('court_enforcement_application', { penaltyId: 9 });
    const other = clock('fine_payment', { penaltyId: 10 });
    const caseClock = clock('handling');
    const ops = plan(p, 'penalty:close_penalty', { clocks: [cea, other, caseClock], stopsAllClocks: true, penalty: { id: 9, hearingRight: false } });
    expect(stoppedIds(ops)).toEqual([cea.id]);
  });
});
