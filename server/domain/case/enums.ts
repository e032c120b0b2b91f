/** Enumerations of the case file (procedure.md §2, §3, §5, §6, §9). Labels: server/i18n enum.<name>.<value>. */
export const CHANNELS = [
  'online',
  'phone',
  'visit',
  'letter',
  'hotline_12345',
  'referral_higher_agency',
  'referral_other_agency',
  'media',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const REFERRAL_CHANNELS: readonly Channel[] = ['hotline_12345', 'referral_higher_agency', 'referral_other_agency'];
export const ORAL_CHANNELS: readonly Channel[] = ['phone', 'visit'];

export const COMPLAINT_CATEGORIES = [
  'contract_breach',
  'service_quality',
  'luggage_damage_loss',
  'personal_injury',
  'property_damage',
  'fraud',
  'kickback_tip',
  'forced_shopping',
  'force_majeure_dispute',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const CASE_TYPES = ['complaint', 'suggestion', 'enquiry'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const RESPONDENT_TYPES = [
  'travel_agency',
  'accommodation',
  'scenic_area',
  'guide_tour_leader',
  'transport',
  'catering',
  'shopping',
  'entertainment',
  'other',
] as const;
export type RespondentType = (typeof RESPONDENT_TYPES)[number];

export const SEVERITIES = ['general', 'important', 'hot', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CLOSURE_REASONS = ['mediated', 'settled', 'decided', 'withdrawn', 'mediation_terminated'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const JURISDICTION_BASES = [
  'respondent_location',
  'contract_place',
  'harm_act_place',
  'harm_result_place',
  'designated',
  'referred',
] as const;
export type JurisdictionBasis = (typeof JURISDICTION_BASES)[number];

export const COMPLAINANT_KINDS = ['tourist', 'trade_organisation', 'industry_employee'] as const;
export type ComplainantKind = (typeof COMPLAINANT_KINDS)[number];

export const GENDERS = ['male', 'female', 'unspecified'] as const;
export type Gender = (typeof GENDERS)[number];

export const ID_TYPES = [
  'resident_id',
  'passport',
  'hk_macao_permit',
  'taiwan_permit',
  'foreign_permanent_resident_id',
  'other',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const REQUEST_KINDS = [
  'refund',
  'compensation',
  'apology',
  'continue_performance',
  'investigate_and_punish',
  'other',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const MONEY_REQUEST_KINDS: readonly RequestKind[] = ['refund', 'compensation'];

export const AGENT_AUTHORITIES = [
  'receive_documents',
  'submit_materials',
  'attend_mediation',
  'change_request',
  'waive_request',
  'settle',
  'withdraw',
] as const;
export type AgentAuthority = (typeof AGENT_AUTHORITIES)[number];

export const REFUSAL_GROUNDS = [
  'no_direct_interest',
  'no_clear_respondent',
  'no_specific_request',
  'no_factual_basis',
  'outside_scope',
  'filing_window_expired',
  'outside_jurisdiction',
  'handled_elsewhere',
  'already_handled_no_new_facts',
  'other_economic_dispute',
  'supplement_not_provided',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export const ACCEPTANCE_CHECKLIST_ITEMS = [
  'permitted_complainant',
  'clear_respondent_request_facts',
  'in_scope',
  'filing_window_open',
  'has_jurisdiction',
  'not_handled_elsewhere',
] as const;
export type AcceptanceChecklistItem = (typeof ACCEPTANCE_CHECKLIST_ITEMS)[number];

export const FACTS_CHECKLIST_ITEMS = ['time_place_persons', 'cause_course_result', 'causation_and_damage', 'disputed_views'] as const;
export type FactsChecklistItem = (typeof FACTS_CHECKLIST_ITEMS)[number];

export const DECISION_KINDS = ['complainant_fault', 'joint_fault', 'respondent_fault', 'other_department_fault'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const TERMINATION_REASONS = [
  'party_withdrew_or_settled',
  'no_agreement_on_appraisal',
  'party_absent_or_refuses',
  'party_declares_no_agreement',
  'consent_withdrawn',
  'time_limit_reached',
  'refusal_ground_found',
  'other',
] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export const SERVICE_METHODS = ['electronic', 'in_person', 'postal', 'left_at_premises', 'public_notice'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

export const APPEAL_KINDS = ['reconsideration', 'lawsuit'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

export const APPEAL_OUTCOMES = ['upheld', 'revoked', 'revoked_redo', 'varied', 'confirmed_illegal', 'withdrawn', 'mediated'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const EVIDENCE_KINDS = [
  'documentary',
  'physical',
  'audiovisual',
  'witness_testimony',
  'party_statement',
  'appraisal_conclusion',
  'inspection_record',
  'electronic_data',
  'on_site_record',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const SOURCE_PARTIES = ['complainant', 'respondent', 'agency', 'third_party'] as const;
export type SourceParty = (typeof SOURCE_PARTIES)[number];

export const VERIFICATION_STATUSES = ['unverified', 'verified', 'disputed', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const REPLY_POSITIONS = ['admit_all', 'admit_part', 'deny_all'] as const;
export type ReplyPosition = (typeof REPLY_POSITIONS)[number];

export const OBJECTION_KINDS = ['identity', 'jurisdiction', 'complaint_conditions', 'evidence_authenticity'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

export const REPORT_KINDS = [
  'referral_feedback',
  'hot_report',
  'major_status_report',
  'special_report',
  'media_response',
  'supervision_report',
  'appeal_defence',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const LINK_TYPES = ['repeat', 'related', 'same_incident'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const PAUSE_REASONS = ['supplement_requested', 'appraisal', 'testing', 'force_majeure', 'party_request', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const OBLIGATION_KINDS = ['pay', 'refund', 'apologise', 'perform', 'other'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export const OBLIGATION_STATES = ['pending', 'performed', 'overdue', 'enforced', 'waived'] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];

export const CALLBACK_RESULTS = ['satisfied', 'basically_satisfied', 'dissatisfied', 'unreachable', 'declined'] as const;
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];

export const PENALTY_TYPES = [
  'warning',
  'circulated_criticism',
  'fine',
  'confiscate_illegal_gains',
  'confiscate_illegal_property',
  'suspend_licence',
  'lower_qualification',
  'revoke_licence',
  'restrict_business',
  'order_suspension',
  'order_closure',
  'restrict_practice',
] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];

export const DEPOSIT_GROUNDS = [
  'contract_breach_verified',
  'prepaid_fee_loss',
  'stranding_costs',
  'decision_not_performed',
  'emergency_rescue_advance',
] as const;
export type DepositGround = (typeof DEPOSIT_GROUNDS)[number];

export const CASE_FLAGS = [
  'back_filled',
  'supplement_missing',
  'late_reply',
  'under_appeal',
  'supervised',
  'media_involved',
  'repeat_complaint',
  'minor_involved',
  'provisional_deadline',
  'legal_hold',
] as const;
export type CaseFlag = (typeof CASE_FLAGS)[number];

export const PARTY_ROLES = ['complainant', 'respondent', 'agent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
