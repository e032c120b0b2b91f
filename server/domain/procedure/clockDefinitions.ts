/**
 * Clock definitions (procedure.md §4.1, §4.6–§4.8) as data. These are the SEED of the clock_definitions
 * table; the engine works on the rows loaded from the database, so administrators can change lengths,
 * units and reminders without a code change. Every number here carries the spec's evidence marker.
 */
import type { ClockKey } from '../case/events.ts';
import type { ClockUnit } from '../deadlines/types.ts';
import type { ProfileKey } from './profiles.ts';

export type ClockOwner = 'agency' | 'respondent' | 'complainant' | 'party' | 'other_organ';
/** Whom one clock instance belongs to. */
export type ClockScope = 'case' | 'respondent' | 'party' | 'obligation' | 'penalty';
/** Where the start date comes from: the event's effective date (served_on etc.) or a case field. */
export type ClockStartBasis = 'event' | 'harm_known_date' | 'contract_end_date';
/** Named conditions under which a clock starts (evaluated by clockPlan.ts). */
export type ClockStartCondition =
  | 'referral_channel'
  | 'media_channel'
  | 'callback_on_withdrawal'
  | 'escalated_to_hot'
  | 'escalated_to_major'
  | 'appeal_reconsideration'
  | 'appeal_lawsuit'
  | 'reconsideration_outcome'
  | 'hearing_right'
  | 'not_served_on_the_spot';
export type ReminderRecipient = 'officer' | 'supervisor' | 'respondent' | 'complainant' | 'party' | 'obligor';

export interface ClockReminder {
  /** offset before the due date, in `unit` (default: the clock's unit; hour clocks in hours). */
  before: number;
  unit?: ClockUnit;
  recipients: readonly ReminderRecipient[];
}

export interface ClockDefinition {
  profileKey: ProfileKey;
  clockKey: ClockKey;
  nameZh: string;
  /** Events that start an instance (penalty events are prefixed 'penalty:'). */
  startEvents: readonly string[];
  startBasis: ClockStartBasis;
  startCondition?: ClockStartCondition;
  scope: ClockScope;
  unit: ClockUnit;
  length: number;
  /** Events that stop a running instance (penalty events prefixed 'penalty:'). */
  endEvents: readonly string[];
  /** Events that pause / resume a running instance automatically (e.g. 补正 pauses acceptance). */
  pauseEvents: readonly string[];
  resumeEvents: readonly string[];
  reminders: readonly ClockReminder[];
  pausable: boolean;
  extendable: boolean;
  /** Maximum units an extension may add in total (0 = none). */
  maxExtension: number;
  onResume: 'continue' | 'restart';
  owner: ClockOwner;
  source: string;
  evidenceMarker: 'V' | 'S' | 'B' | 'P';
  /** Evaluated only (filing window): computed at start and stopped immediately by its end event. */
  evaluateOnly?: boolean;
}

type Def = Omit<ClockDefinition, 'profileKey'>;

const base = {
  startBasis: 'event',
  scope: 'case',
  pauseEvents: [],
  resumeEvents: [],
  reminders: [],
  pausable: false,
  extendable: false,
  maxExtension: 0,
  onResume: 'continue',
} as const;

/** §4.8: clocks in every profile. */
const COMMON: readonly Def[] = [
  { ...base, clockKey: 'supplement', nameZh: '补正期限', startEvents: ['request_supplement'], unit: 'calendar_day', length: 15, endEvents: ['provide_supplement'], reminders: [{ before: 3, recipients: ['complainant'] }], pausable: true, owner: 'complainant', source: '[B] procedure.md §4.8', evidenceMarker: 'B' },
  { ...base, clockKey: 'transfer_ack', nameZh: '转办回执', startEvents: ['transfer_out'], unit: 'working_day', length: 5, endEvents: ['acknowledge_transfer'], owner: 'other_organ', source: '[P] procedure.md §4.8', evidenceMarker: 'P' },
  // 'callback_on_withdrawal' limits only the start by `withdraw` (T28); close and settlement always start it.
  { ...base, clockKey: 'callback', nameZh: '回访', startEvents: ['close', 'record_settlement', 'withdraw'], startCondition: 'callback_on_withdrawal', unit: 'working_day', length: 3, endEvents: ['record_callback'], reminders: [{ before: 1, recipients: ['officer'] }], owner: 'agency', source: '[000:67] [P]', evidenceMarker: 'P' },
  { ...base, clockKey: 'referral_report', nameZh: '转办反馈', startEvents: ['submit'], startCondition: 'referral_channel', unit: 'working_day', length: 2, endEvents: ['file_report:referral_feedback'], reminders: [{ before: 1, recipients: ['officer'] }], owner: 'agency', source: '[000:225] [P]', evidenceMarker: 'P' },
  { ...base, clockKey: 'media_response', nameZh: '媒体回应', startEvents: ['submit'], startCondition: 'media_channel', unit: 'hour', length: 48, endEvents: ['file_report:media_response'], reminders: [{ before: 12, unit: 'hour', recipients: ['supervisor'] }], owner: 'agency', source: '[000:111] [P]', evidenceMarker: 'P' },
  { ...base, clockKey: 'hot_report', nameZh: '热点投诉报告', startEvents: ['escalate'], startCondition: 'escalated_to_hot', unit: 'working_day', length: 1, endEvents: ['file_report:hot_report'], owner: 'agency', source: '[001:140] [P]', evidenceMarker: 'P' },
  { ...base, clockKey: 'major_status_report', nameZh: '重大投诉进展报告', startEvents: ['escalate', 'file_report:major_status_report'], startCondition: 'escalated_to_major', unit: 'calendar_day', length: 7, endEvents: ['file_report:major_status_report', 'close'], reminders: [{ before: 1, recipients: ['officer'] }], owner: 'agency', source: '[001:132-142] [P]', evidenceMarker: 'P' },
  { ...base, clockKey: 'supervision_response', nameZh: '督办回复', startEvents: ['issue_supervision_order'], unit: 'working_day', length: 5, endEvents: ['file_report:supervision_report', 'close_supervision'], reminders: [{ before: 1, recipients: ['officer', 'supervisor'] }], owner: 'agency', source: 'Practice [S]; default [B]', evidenceMarker: 'B' },
  { ...base, clockKey: 'reconsideration_window', nameZh: '复议申请期', startEvents: ['refuse_acceptance', 'serve_decision', 'penalty:serve_penalty_decision'], scope: 'party', unit: 'calendar_day', length: 60, endEvents: ['file_appeal'], owner: 'party', source: '行政复议法 art. 20 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'lawsuit_window', nameZh: '起诉期', startEvents: ['refuse_acceptance', 'serve_decision', 'penalty:serve_penalty_decision'], scope: 'party', unit: 'month', length: 6, endEvents: ['file_appeal'], owner: 'party', source: '行政诉讼法 art. 46 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'post_reconsideration_lawsuit', nameZh: '复议后起诉期', startEvents: ['record_appeal_outcome'], startCondition: 'reconsideration_outcome', scope: 'party', unit: 'calendar_day', length: 15, endEvents: ['file_appeal'], owner: 'party', source: '行政诉讼法 art. 45 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'reconsideration_decision', nameZh: '复议决定期限', startEvents: ['file_appeal'], startCondition: 'appeal_reconsideration', unit: 'calendar_day', length: 60, endEvents: ['record_appeal_outcome'], extendable: true, maxExtension: 30, owner: 'other_organ', source: '行政复议法 art. 62 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'reconsideration_defence', nameZh: '复议答复期', startEvents: ['file_appeal'], startCondition: 'appeal_reconsideration', unit: 'working_day', length: 10, endEvents: ['file_report:appeal_defence'], reminders: [{ before: 3, recipients: ['officer'] }, { before: 1, recipients: ['officer'] }], owner: 'agency', source: '行政复议法 art. 48, art. 88 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'lawsuit_defence', nameZh: '应诉答辩期', startEvents: ['file_appeal'], startCondition: 'appeal_lawsuit', unit: 'calendar_day', length: 15, endEvents: ['file_report:appeal_defence'], reminders: [{ before: 5, recipients: ['officer'] }, { before: 2, recipients: ['officer'] }], owner: 'agency', source: '行政诉讼法 art. 67 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'enforcement_reminder', nameZh: '催告期', startEvents: ['start_enforcement', 'penalty:serve_enforcement_reminder'], unit: 'working_day', length: 10, endEvents: ['record_performance', 'penalty:record_payment'], owner: 'party', source: '行政强制法 art. 54, art. 69 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'court_enforcement_application', nameZh: '申请法院强制执行期', startEvents: ['start_enforcement', 'penalty:serve_enforcement_reminder'], unit: 'month', length: 3, endEvents: ['penalty:apply_court_enforcement', 'penalty:record_payment', 'close'], reminders: [{ before: 20, unit: 'calendar_day', recipients: ['officer'] }, { before: 5, unit: 'calendar_day', recipients: ['officer'] }], owner: 'agency', source: '行政强制法 art. 53 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'inaction_exposure', nameZh: '不履职风险提示', startEvents: ['submit'], unit: 'month', length: 2, endEvents: ['accept', 'refuse_acceptance', 'transfer_out', 'close', 'withdraw'], owner: 'agency', source: '行政诉讼法 art. 47 [V]', evidenceMarker: 'V' },
  // Penalty sub-procedure (§3.6, §4.8): instances are scoped to the proceeding.
  { ...base, clockKey: 'penalty_decision', nameZh: '处罚决定期限', startEvents: ['penalty:file_penalty'], scope: 'penalty', unit: 'calendar_day', length: 90, endEvents: ['penalty:decide_penalty', 'penalty:decide_no_penalty', 'penalty:refer_to_judicial'], reminders: [{ before: 15, recipients: ['officer'] }, { before: 5, recipients: ['officer'] }], pausable: true, owner: 'agency', source: '行政处罚法 art. 60 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'statement_defence', nameZh: '陈述申辩期', startEvents: ['penalty:serve_prior_notice'], scope: 'penalty', unit: 'working_day', length: 5, endEvents: ['penalty:record_statement', 'penalty:waive_rights'], reminders: [{ before: 2, recipients: ['party'] }], owner: 'party', source: '行政处罚法 arts. 44-45 [V]; length [B]', evidenceMarker: 'B' },
  { ...base, clockKey: 'hearing_request', nameZh: '听证申请期', startEvents: ['penalty:serve_prior_notice'], startCondition: 'hearing_right', scope: 'penalty', unit: 'working_day', length: 5, endEvents: ['penalty:request_hearing', 'penalty:waive_rights'], reminders: [{ before: 2, recipients: ['party'] }], owner: 'party', source: '行政处罚法 art. 64(1), art. 85 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'penalty_service', nameZh: '处罚决定书送达', startEvents: ['penalty:decide_penalty'], startCondition: 'not_served_on_the_spot', scope: 'penalty', unit: 'working_day', length: 7, endEvents: ['penalty:serve_penalty_decision'], reminders: [{ before: 2, recipients: ['officer'] }], owner: 'agency', source: '行政处罚法 art. 61, art. 85 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'fine_payment', nameZh: '罚款缴纳期', startEvents: ['penalty:serve_penalty_decision', 'penalty:approve_deferral'], scope: 'penalty', unit: 'calendar_day', length: 15, endEvents: ['penalty:record_payment', 'penalty:approve_deferral'], reminders: [{ before: 5, recipients: ['party'] }, { before: 1, recipients: ['party'] }], owner: 'party', source: '行政处罚法 art. 67 [V]', evidenceMarker: 'V' },
];

/** §4.6: profile interim-1991. */
const INTERIM_1991: readonly Def[] = [
  { ...base, clockKey: 'filing_window', nameZh: '投诉时效', startEvents: ['submit'], startBasis: 'harm_known_date', unit: 'calendar_day', length: 60, endEvents: ['submit'], extendable: true, maxExtension: 60, owner: 'complainant', source: '《旅游投诉暂行规定》 [V]', evidenceMarker: 'V', evaluateOnly: true },
  { ...base, clockKey: 'acceptance', nameZh: '受理时效', startEvents: ['submit'], unit: 'calendar_day', length: 7, endEvents: ['accept', 'refuse_acceptance', 'transfer_out', 'withdraw'], pauseEvents: ['request_supplement'], resumeEvents: ['provide_supplement', 'clock_expired:supplement'], reminders: [{ before: 2, recipients: ['officer'] }, { before: 1, recipients: ['officer'] }], pausable: true, owner: 'agency', source: '《旅游投诉暂行规定》 [V]; unit [B]', evidenceMarker: 'B' },
  { ...base, clockKey: 'notice_dispatch', nameZh: '通知被投诉者', startEvents: ['accept'], unit: 'working_day', length: 5, endEvents: ['send_notice', 'withdraw'], reminders: [{ before: 1, recipients: ['officer'] }], owner: 'agency', source: '"及时" [000:1043, 1051]; number [B]', evidenceMarker: 'B' },
  { ...base, clockKey: 'service_watch', nameZh: '送达跟踪', startEvents: ['send_notice'], unit: 'working_day', length: 10, endEvents: ['serve_notice', 'withdraw'], owner: 'agency', source: '[P]', evidenceMarker: 'P' },
  { ...base, clockKey: 'respondent_reply', nameZh: '书面答复期限', startEvents: ['serve_notice'], scope: 'respondent', unit: 'calendar_day', length: 30, endEvents: ['submit_reply'], reminders: [{ before: 7, recipients: ['respondent'] }, { before: 3, recipients: ['respondent'] }, { before: 1, recipients: ['respondent'] }, { before: 0, recipients: ['officer'] }], extendable: true, maxExtension: 30, owner: 'respondent', source: '[000:1051]; 《旅游投诉暂行规定》 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'handling', nameZh: '处理期限（内部）', startEvents: ['accept', 'reopen'], unit: 'calendar_day', length: 90, endEvents: ['issue_decision', 'sign_mediation_agreement', 'record_settlement', 'withdraw'], reminders: [{ before: 15, recipients: ['officer'] }, { before: 5, recipients: ['officer', 'supervisor'] }], pausable: true, extendable: true, maxExtension: 90, owner: 'agency', source: 'No limit in the text; default [B]', evidenceMarker: 'B' },
  { ...base, clockKey: 'decision_service', nameZh: '处理决定书送达', startEvents: ['issue_decision'], unit: 'working_day', length: 7, endEvents: ['serve_decision:all'], reminders: [{ before: 2, recipients: ['officer'] }], owner: 'agency', source: 'Limit exists [S]; number after 行政处罚法 art. 61 [B]', evidenceMarker: 'B' },
  { ...base, clockKey: 'performance', nameZh: '履行期限', startEvents: ['serve_decision', 'sign_mediation_agreement'], scope: 'obligation', unit: 'calendar_day', length: 15, endEvents: ['record_performance'], reminders: [{ before: 3, recipients: ['obligor'] }, { before: 1, recipients: ['obligor'] }], owner: 'party', source: 'Default [B]', evidenceMarker: 'B' },
];

/** §4.7: profile measures-2010. */
const MEASURES_2010: readonly Def[] = [
  { ...base, clockKey: 'filing_window', nameZh: '投诉时效', startEvents: ['submit'], startBasis: 'contract_end_date', unit: 'calendar_day', length: 90, endEvents: ['submit'], owner: 'complainant', source: '《旅游投诉处理办法》 art. 9(4) [V]', evidenceMarker: 'V', evaluateOnly: true },
  { ...base, clockKey: 'acceptance', nameZh: '受理时效', startEvents: ['submit'], unit: 'working_day', length: 5, endEvents: ['accept', 'refuse_acceptance', 'transfer_out', 'withdraw'], pauseEvents: ['request_supplement'], resumeEvents: ['provide_supplement', 'clock_expired:supplement'], reminders: [{ before: 2, recipients: ['officer'] }, { before: 1, recipients: ['officer'] }], pausable: true, owner: 'agency', source: '《旅游投诉处理办法》 art. 15 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'notice_dispatch', nameZh: '受理通知书送达', startEvents: ['accept'], unit: 'working_day', length: 5, endEvents: ['serve_notice', 'withdraw'], reminders: [{ before: 2, recipients: ['officer'] }, { before: 1, recipients: ['officer'] }], owner: 'agency', source: '《旅游投诉处理办法》 art. 17 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'service_watch', nameZh: '送达跟踪', startEvents: ['send_notice'], unit: 'working_day', length: 3, endEvents: ['serve_notice', 'withdraw'], owner: 'agency', source: '[P]', evidenceMarker: 'P' },
  { ...base, clockKey: 'respondent_reply', nameZh: '书面答复期限', startEvents: ['serve_notice'], scope: 'respondent', unit: 'calendar_day', length: 10, endEvents: ['submit_reply'], reminders: [{ before: 3, recipients: ['respondent'] }, { before: 1, recipients: ['respondent'] }, { before: 0, recipients: ['officer'] }], extendable: true, maxExtension: 10, owner: 'respondent', source: '《旅游投诉处理办法》 art. 18 [V]', evidenceMarker: 'V' },
  { ...base, clockKey: 'mediation', nameZh: '调解期限', startEvents: ['accept', 'reopen'], unit: 'calendar_day', length: 60, endEvents: ['sign_mediation_agreement', 'terminate_mediation', 'record_settlement', 'withdraw'], reminders: [{ before: 10, recipients: ['officer'] }, { before: 3, recipients: ['officer', 'supervisor'] }], pausable: true, owner: 'agency', source: '《旅游投诉处理办法》 art. 25 [V; article number S]; appraisal time excluded [S]', evidenceMarker: 'V' },
  { ...base, clockKey: 'performance', nameZh: '履行期限', startEvents: ['sign_mediation_agreement'], scope: 'obligation', unit: 'calendar_day', length: 15, endEvents: ['record_performance'], reminders: [{ before: 3, recipients: ['obligor'] }, { before: 1, recipients: ['obligor'] }], owner: 'party', source: '人民调解法 art. 29 (analogue)', evidenceMarker: 'B' },
];

export const SHIPPED_CLOCK_DEFINITIONS: readonly ClockDefinition[] = [
  ...[...INTERIM_1991, ...COMMON].map((d) => ({ ...d, profileKey: 'interim-1991' as const })),
  ...[...MEASURES_2010, ...COMMON].map((d) => ({ ...d, profileKey: 'measures-2010' as const })),
];
