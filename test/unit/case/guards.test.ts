/** Guards of the transition table (server/domain/case/guards.ts) against procedure.md §3.3, §3.5, §3.6, §4.3. */
import { describe, expect, it } from 'vitest';
import { GUARDS, failedGuards } from '../../../server/domain/case/guards.ts';
import type { GuardClock, GuardContext, GuardParty, GuardPenalty } from '../../../server/domain/case/guards.ts';
import { ACCEPTANCE_CHECKLIST_ITEMS } from '../../../server/domain/case/enums.ts';
import { SHIPPED_PROFILES } from '../../../server/domain/procedure/profiles.ts';
import type { ProfileKey, ProfileSwitches } from '../../../server/domain/procedure/profiles.ts';
import { SHIPPED_CLOCK_DEFINITIONS } from '../../../server/domain/procedure/clockDefinitions.ts';
import type { ClockKey } from '../../../server/domain/case/events.ts';

const switchesOf = (p: ProfileKey): ProfileSwitches => {
  const profile = SHIPPED_PROFILES.find((x) => x.key === p);
  if (!profile) throw new Error(p);
  return profile.switches;
};

const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

type CtxOverrides = Partial<Omit<GuardContext, 'caseFile'>> & { caseFile?: Partial<GuardContext['caseFile']> };

function ctx(profile: ProfileKey, over: CtxOverrides = {}): GuardContext {
  const { caseFile, ...rest } = over;
  return {
    switches: switchesOf(profile),
    caseFile: {
      id: 1,
      status: 'deciding',
      channel: 'online',
      severity: 'general',
      flags: [],
      agencyId: 1,
      assignedOfficerId: 10,
      complaintCategory: 'contract_breach',
      categoryConfirmed: true,
      jurisdictionBasis: 'respondent_location',
      decisionKind: null,
      closureReason: null,
      acceptanceNeedsApproval: false,
      factsChecklistComplete: true,
      incidentDate: '2026-01-05',
      ...caseFile,
    },
    parties: [],
    clocks: [],
    evidence: [],
    obligations: [],
    appeals: [],
    penalties: [],
    eventCounts: {},
    penalty: null,
    payload: {},
    actor: { userId: 10, role: 'officer', agencyId: 1, agencyIsAncestorOfCase: false },
    today: '2026-03-02',
    // weekends-only arithmetic is enough for these guards
    addWorkingDays: (start, n) => {
      let d = start;
      let left = n;
      while (left > 0) {
        d = addDays(d, 1);
        const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
        if (dow !== 0 && dow !== 6) left--;
      }
      return d;
    },
    ...rest,
  };
}

const party = (id: number, partyRole: GuardParty['partyRole'], over: Partial<GuardParty> = {}): GuardParty => ({
  id,
  partyRole,
  name: `p${id}`,
  respondentType: partyRole === 'respondent' ? 'travel_agency' : null,
  organisationId: null,
  isRepresentative: false,
  userId: null,
  noticeServedOn: null,
  replied: false,
  decisionServedOn: null,
  ...over,
});

const clock = (id: number, clockKey: ClockKey, over: Partial<GuardClock> = {}): GuardClock => ({
  id,
  clockKey,
  state: 'running',
  partyId: null,
  obligationId: null,
  penaltyId: null,
  dueDate: '2026-03-20',
  extension: 0,
  maxExtension: 0,
  pausable: false,
  extendable: false,
  ...over,
});

const penalty = (id: number, status: GuardPenalty['status']): GuardPenalty => ({ id, status, proposedItems: [{ type: 'fine', amount: 1000 }], hearingRight: false, investigatorIds: [10] });

// -------------------------------------------------------------------------------------------------------
// decision_gate (§3.5 "Decision gate"; §6.1)
// -------------------------------------------------------------------------------------------------------

describe('decision_gate', () => {
  const goodPayload = {
    evidence_ids: [1, 2],
    decision_kind: 'respondent_fault',
    compensation_amount: 800,
    apology_ordered: true,
    legal_provisions: ['tl_70'],
    appeal_rights_text: '如不服本决定，可在60日内申请行政复议，或在6个月内提起行政诉讼。',
    case_cause: '旅游合同纠纷',
    facts_found: '……',
    conclusion: '……',
  };
  const verified = [
    { id: 1, verificationStatus: 'verified' as const },
    { id: 2, verificationStatus: 'verified' as const },
    { id: 3, verificationStatus: 'unverified' as const },
    { id: 4, verificationStatus: 'disputed' as const },
  ];
  const gate = (over: CtxOverrides = {}, payload: Record<string, unknown> = {}, p: ProfileKey = 'interim-1991') =>
    GUARDS.decision_gate(ctx(p, { evidence: verified, ...over, payload: { ...goodPayload, ...payload } }));

  it('passes with everything in place', () => {
    expect(gate()).toBeNull();
  });

  it('needs the facts checklist complete (先取证，后裁决)', () => {
    expect(gate({ caseFile: { factsChecklistComplete: false } })).toBe('guard.facts_checklist_complete');
  });

  it('needs every evidence item relied on to be verified', () => {
    expect(gate({}, { evidence_ids: [1, 3] })).toBe('guard.decision_evidence_verified');
    expect(gate({}, { evidence_ids: [4] })).toBe('guard.decision_evidence_verified');
    expect(gate({}, { evidence_ids: [99] })).toBe('guard.decision_evidence_verified');
    expect(gate({}, { evidence_ids: [] })).not.toBeNull();
  });

  it('needs a decision kind', () => {
    expect(gate({}, { decision_kind: '' })).toBe('guard.decision_kind_given');
  });

  it('joint_fault: loss amount and shares adding up to 100', () => {
    const jf = { decision_kind: 'joint_fault', loss_amount: 1000, complainant_share_pct: 30, respondent_share_pct: 70 };
    expect(gate({}, jf)).toBeNull();
    expect(gate({}, { ...jf, respondent_share_pct: 60 })).toBe('guard.joint_fault_shares');
    expect(gate({}, { ...jf, loss_amount: undefined })).toBe('guard.joint_fault_shares');
  });

  it('other_department_fault: the receiving department', () => {
    expect(gate({}, { decision_kind: 'other_department_fault' })).toBe('guard.receiving_department');
    expect(gate({}, { decision_kind: 'other_department_fault', receiving_department: '市场监管局' })).toBeNull();
  });

  it('complainant_fault: the reasons for cancelling the filing', () => {
    expect(gate({}, { decision_kind: 'complainant_fault' })).toBe('guard.cancellation_reasons');
    expect(gate({}, { decision_kind: 'complainant_fault', cancellation_reasons: '……' })).toBeNull();
  });

  it('needs at least one legal provision', () => {
    expect(gate({}, { legal_provisions: [] })).toBe('guard.legal_basis_given');
    expect(gate({}, { legal_provisions: [], legal_basis: '《旅游法》第七十条' })).toBeNull();
  });

  it('needs the appeal-rights text', () => {
    expect(gate({}, { appeal_rights_text: '  ' })).toBe('guard.appeal_rights_text');
  });

  describe('linked penalty under interim-1991 (penalty_in_decision_letter = yes)', () => {
    it.each(['filed', 'prior_notice_served', 'hearing_pending', 'under_review'] as const)('a proceeding still %s blocks the decision', (s) => {
      expect(gate({ penalties: [penalty(9, s)] })).toBe('guard.penalty_decided_or_separate');
    });
    it.each(['decided', 'served', 'overdue', 'enforcement', 'performed', 'closed'] as const)('a proceeding %s ("decided or later") does not', (s) => {
      expect(gate({ penalties: [penalty(9, s)] })).toBeNull();
    });
    it('"行政处罚另行处理": the officer states the penalty is handled separately', () => {
      expect(gate({ penalties: [penalty(9, 'under_review')] }, { penalty_handled_separately: true })).toBeNull();
    });
    it('every linked proceeding counts', () => {
      expect(gate({ penalties: [penalty(9, 'decided'), penalty(10, 'filed')] })).toBe('guard.penalty_decided_or_separate');
    });
  });

  it('measures-2010 (penalty_in_decision_letter = no): a pending penalty does not block', () => {
    expect(switchesOf('measures-2010').penaltyInDecisionLetter).toBe(false);
    expect(gate({ penalties: [penalty(9, 'filed')] }, {}, 'measures-2010')).toBeNull();
  });
});

// -------------------------------------------------------------------------------------------------------
// prior_notice_served_and_statement_period_over (P08; APL arts. 44-45)
// -------------------------------------------------------------------------------------------------------

describe('prior_notice_served_and_statement_period_over', () => {
  const g = (clocks: GuardClock[]) => GUARDS.prior_notice_served_and_statement_period_over(ctx('interim-1991', { penalty: penalty(9, 'under_review'), clocks }));

  it('fails when no prior notice was served (no statement_defence clock for this proceeding)', () => {
    expect(g([])).toBe('guard.prior_notice_not_served');
    expect(g([clock(1, 'statement_defence', { penaltyId: 10, state: 'expired' })])).toBe('guard.prior_notice_not_served');
  });

  it.each(['running', 'paused'] as const)('fails while the statement period is %s', (state) => {
    expect(g([clock(1, 'statement_defence', { penaltyId: 9, state })])).toBe('guard.statement_period_open');
  });

  it.each(['expired', 'stopped'] as const)('passes once the statement period is %s (expired, or used/waived)', (state) => {
    expect(g([clock(1, 'statement_defence', { penaltyId: 9, state })])).toBeNull();
  });
});

// -------------------------------------------------------------------------------------------------------
// joint_unanimity (§1.2; M2010 art. 14)
// -------------------------------------------------------------------------------------------------------

describe.each(['interim-1991', 'measures-2010'] as const)('joint_unanimity %s', (p) => {
  const complainants = (n: number) => Array.from({ length: n }, (_, i) => party(i + 1, 'complainant', { isRepresentative: i === 0 }));
  const others = [party(50, 'respondent'), party(60, 'agent')];
  const g = (n: number, consenting: unknown[]) =>
    GUARDS.joint_unanimity(ctx(p, { parties: [...complainants(n), ...others], payload: { consenting_party_ids: consenting } }));

  it('joint_complaint_min is 4', () => {
    expect(switchesOf(p).jointComplaintMin).toBe(4);
  });

  it('fewer than 4 complainants: not a joint complaint, no consent needed', () => {
    expect(g(1, [])).toBeNull();
    expect(g(3, [])).toBeNull();
  });

  it('4 or more complainants: every complainant must consent (representatives alone are not enough)', () => {
    expect(g(4, [1])).toBe('guard.joint_unanimity');
    expect(g(4, [1, 2, 3])).toBe('guard.joint_unanimity');
    expect(g(4, [1, 2, 3, 4])).toBeNull();
    expect(g(12, Array.from({ length: 11 }, (_, i) => i + 1))).toBe('guard.joint_unanimity');
    expect(g(12, Array.from({ length: 12 }, (_, i) => i + 1))).toBeNull();
  });

  it('respondent or agent consents do not replace a complainant', () => {
    expect(g(4, [1, 2, 3, 50, 60])).toBe('guard.joint_unanimity');
  });

  it('ids posted as strings are accepted', () => {
    expect(g(4, ['1', '2', '3', '4'])).toBeNull();
  });
});

// -------------------------------------------------------------------------------------------------------
// acceptance_checklist_passed (§3.5 "Acceptance checklist")
// -------------------------------------------------------------------------------------------------------

describe('acceptance_checklist_passed', () => {
  const g = (checklist: unknown) => GUARDS.acceptance_checklist_passed(ctx('measures-2010', { payload: checklist === undefined ? {} : { checklist } }));
  const all = (v: unknown) => Object.fromEntries(ACCEPTANCE_CHECKLIST_ITEMS.map((k) => [k, v]));

  it('has the six items of §3.5', () => {
    expect(ACCEPTANCE_CHECKLIST_ITEMS).toHaveLength(6);
  });

  it('passes when every item passes', () => {
    expect(g(all(true))).toBeNull();
    expect(g(all('pass'))).toBeNull();
  });

  it.each(ACCEPTANCE_CHECKLIST_ITEMS)('fails when %s fails or is not recorded', (item) => {
    expect(g({ ...all(true), [item]: false })).toBe('guard.acceptance_checklist_passed');
    expect(g({ ...all(true), [item]: 'fail' })).toBe('guard.acceptance_checklist_passed');
    const missing: Record<string, unknown> = all(true);
    delete missing[item];
    expect(g(missing)).toBe('guard.acceptance_checklist_passed');
  });

  it('fails with no checklist', () => {
    expect(g(undefined)).toBe('guard.acceptance_checklist_passed');
    expect(g({})).toBe('guard.acceptance_checklist_passed');
  });
});

// -------------------------------------------------------------------------------------------------------
// refusal_grounds_given (T07; §3.5 refusal grounds)
// -------------------------------------------------------------------------------------------------------

describe('refusal_grounds_given', () => {
  const base = { refusal_grounds: ['no_direct_interest'], reasons: '与投诉事项无直接利害关系', other_remedies: '可向人民法院起诉' };
  const g = (p: ProfileKey, payload: Record<string, unknown>) => GUARDS.refusal_grounds_given(ctx(p, { payload: { ...base, ...payload } }));

  it.each(['interim-1991', 'measures-2010'] as const)('%s: passes with a ground, reasons and other remedies', (p) => {
    expect(g(p, {})).toBeNull();
  });

  it('needs at least one ground, with reasons', () => {
    expect(g('interim-1991', { refusal_grounds: [] })).toBe('guard.refusal_grounds_given');
    expect(g('interim-1991', { reasons: '' })).toBe('guard.refusal_grounds_given');
  });

  it('outside_jurisdiction must name the competent organ', () => {
    expect(g('measures-2010', { refusal_grounds: ['outside_jurisdiction'] })).toBe('guard.competent_organ_required');
    expect(g('measures-2010', { refusal_grounds: ['outside_jurisdiction'], competent_organ: '某市市场监督管理局' })).toBeNull();
  });

  it('other remedies must be listed (TL art. 92)', () => {
    expect(g('measures-2010', { other_remedies: '' })).toBe('guard.other_remedies_required');
  });

  it('other_economic_dispute is a ground only under measures-2010', () => {
    expect(g('measures-2010', { refusal_grounds: ['other_economic_dispute'] })).toBeNull();
    expect(g('interim-1991', { refusal_grounds: ['other_economic_dispute'] })).toBe('guard.refusal_ground_not_in_profile');
    expect(g('interim-1991', { refusal_grounds: ['no_direct_interest', 'other_economic_dispute'] })).toBe('guard.refusal_ground_not_in_profile');
  });

  it.each([
    'no_direct_interest',
    'no_clear_respondent',
    'no_specific_request',
    'no_factual_basis',
    'outside_scope',
    'filing_window_expired',
    'handled_elsewhere',
    'already_handled_no_new_facts',
    'supplement_not_provided',
  ])('%s is a ground in both profiles', (ground) => {
    expect(g('interim-1991', { refusal_grounds: [ground] })).toBeNull();
    expect(g('measures-2010', { refusal_grounds: [ground] })).toBeNull();
  });

  it('an unknown ground is refused', () => {
    expect(g('measures-2010', { refusal_grounds: ['because'] })).toBe('guard.refusal_ground_not_in_profile');
  });
});

// -------------------------------------------------------------------------------------------------------
// clock_extendable (§4.3 "Extension")
// -------------------------------------------------------------------------------------------------------

describe('clock_extendable', () => {
  const reply = (over: Partial<GuardClock> = {}) => clock(5, 'respondent_reply', { extendable: true, maxExtension: 30, partyId: 50, ...over });
  const g = (c: GuardClock, payload: Record<string, unknown>) =>
    GUARDS.clock_extendable(ctx('interim-1991', { clocks: [c], payload: { clock_id: 5, reason: '被投诉者申请', ...payload } }));

  it('passes within max_extension', () => {
    expect(g(reply(), { units: 10 })).toBeNull();
    expect(g(reply({ extension: 20 }), { units: 10 })).toBeNull(); // exactly the maximum
    expect(g(reply({ state: 'paused' }), { units: 1 })).toBeNull();
  });

  it('fails beyond max_extension, counting earlier extensions', () => {
    expect(g(reply(), { units: 31 })).toBe('guard.extension_exceeds_max');
    expect(g(reply({ extension: 25 }), { units: 10 })).toBe('guard.extension_exceeds_max');
  });

  it('needs positive units and a reason', () => {
    expect(g(reply(), { units: 0 })).toBe('guard.extension_units_and_reason');
    expect(g(reply(), { units: -3 })).toBe('guard.extension_units_and_reason');
    expect(g(reply(), { units: 5, reason: '' })).toBe('guard.extension_units_and_reason');
  });

  it('fails for a clock that is not extendable, not live, or not on the case', () => {
    expect(g(clock(5, 'reconsideration_window', { extendable: false }), { units: 1 })).toBe('guard.clock_extendable');
    expect(g(reply({ state: 'expired' }), { units: 1 })).toBe('guard.clock_extendable');
    expect(g(reply({ state: 'stopped' }), { units: 1 })).toBe('guard.clock_extendable');
    expect(g(reply(), { units: 1, clock_id: 6 })).toBe('guard.clock_extendable');
  });

  it('shipped definitions: appeal windows and hearing_request are never extendable (§4.3)', () => {
    for (const d of SHIPPED_CLOCK_DEFINITIONS.filter((x) => ['reconsideration_window', 'lawsuit_window', 'post_reconsideration_lawsuit', 'hearing_request'].includes(x.clockKey))) {
      expect(d.extendable, `${d.profileKey} ${d.clockKey}`).toBe(false);
      expect(d.maxExtension).toBe(0);
    }
  });

  it('shipped definitions: the 1991 filing window may be extended, the 2010 one not (§3.1)', () => {
    const fw = (p: ProfileKey) => SHIPPED_CLOCK_DEFINITIONS.find((d) => d.profileKey === p && d.clockKey === 'filing_window');
    expect(fw('interim-1991')?.extendable).toBe(true);
    expect(fw('measures-2010')?.extendable).toBe(false);
  });
});

// -------------------------------------------------------------------------------------------------------
// failedGuards
// -------------------------------------------------------------------------------------------------------

describe('failedGuards', () => {
  it('returns the reason of every failing guard, in order', () => {
    const c = ctx('interim-1991', { payload: {} });
    expect(failedGuards(['assignee_given', 'recusal_confirmed'], c)).toEqual(['guard.assignee_given', 'guard.recusal_confirmed']);
    expect(failedGuards(['assignee_given', 'recusal_confirmed'], ctx('interim-1991', { payload: { assignee_id: 3, recusal_confirmed: true } }))).toEqual([]);
  });

  it('case_accepted_once: file_penalty only after the case was accepted ("From accepted on")', () => {
    expect(GUARDS.case_accepted_once(ctx('interim-1991'))).toBe('guard.case_accepted_once');
    expect(GUARDS.case_accepted_once(ctx('interim-1991', { eventCounts: { accept: 1 } }))).toBeNull();
  });
});
