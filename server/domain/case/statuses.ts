/** Case states (procedure.md §3.2, §9). Labels live in server/i18n under status.staff.* and status.citizen.*. */
export const CASE_STATUSES = [
  'submitted',
  'acceptance_review',
  'awaiting_supplement',
  'accepted',
  'not_accepted',
  'transferred_out',
  'notice_sent',
  'awaiting_reply',
  'reply_received',
  'reply_overdue',
  'investigating',
  'mediating',
  'mediation_agreed',
  'mediation_terminated',
  'deciding',
  'decision_issued',
  'enforcement',
  'closed',
  'archived',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** States in which the case is no longer being handled (clocks other than appeal windows stop). */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['not_accepted', 'transferred_out', 'closed', 'archived'];

/** States before acceptance: the respondent is not yet involved. */
export const PRE_ACCEPTANCE_STATUSES: readonly CaseStatus[] = ['submitted', 'acceptance_review', 'awaiting_supplement'];

export const isOpenStatus = (s: CaseStatus): boolean => !TERMINAL_STATUSES.includes(s);

/** Penalty proceeding states (procedure.md §3.6). */
export const PENALTY_STATUSES = [
  'filed',
  'prior_notice_served',
  'hearing_pending',
  'under_review',
  'decided',
  'served',
  'overdue',
  'enforcement',
  'performed',
  'closed',
  'no_penalty',
  'referred_to_judicial',
] as const;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];
