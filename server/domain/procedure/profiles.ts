/**
 * Procedure profiles (procedure.md §0, §3.1). The shipped values below are the SEED of the
 * procedure_profiles table; at run time the engine reads the rows (administrators may edit them).
 */
import type { ComplainantKind, RefusalGround } from '../case/enums.ts';

export const PROFILE_KEYS = ['interim-1991', 'measures-2010'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];
export const DEFAULT_PROFILE: ProfileKey = 'interim-1991';

/** Switches of procedure.md §3.1 plus the configurable defaults the engine consults. */
export interface ProfileSwitches {
  filingWindowBasis: 'harm_known_date' | 'contract_end_date';
  filingWindowExtendable: boolean;
  whoMayComplain: readonly ComplainantKind[];
  jointComplaintMin: number;
  representativesMax: number;
  meritsDecision: boolean;
  mediationDocument: 'mediation_agreement' | 'mediation_document';
  mediationFailureNext: 'investigating' | 'mediation_terminated';
  penaltyInDecisionLetter: boolean;
  agencyEnforcement: boolean;
  noticeEndEvent: 'send_notice' | 'serve_notice';
  /** T03: at most this many 补正 requests per case [P]. */
  supplementMaxRequests: number;
  /** T28: start the call-back clock on withdrawal (default false). */
  callbackOnWithdrawal: boolean;
  /** §4.2 rule 7 [B]: move calendar-day deadlines off weekends too. */
  shiftOnWeekend: boolean;
  /** §2.6: fields of the written reply that are required. */
  replyRequiredSections: readonly ('reply_subject' | 'reply_verification_process' | 'reply_facts_evidence' | 'reply_responsibility_opinion')[];
  /** §3.5 refusal grounds available in this profile. */
  refusalGrounds: readonly RefusalGround[];
  /** §2.2 fields required only under this profile. */
  requiredComplainantFields: readonly ('complainant_gender' | 'complainant_age' | 'complainant_occupation' | 'complainant_work_unit' | 'complainant_postcode' | 'harm_known_date')[];
}

export interface ProcedureProfile {
  key: ProfileKey;
  nameZh: string;
  nameEn: string;
  legalSource: string;
  switches: ProfileSwitches;
}

const COMMON_GROUNDS: readonly RefusalGround[] = [
  'no_direct_interest',
  'no_clear_respondent',
  'no_specific_request',
  'no_factual_basis',
  'outside_scope',
  'filing_window_expired',
  'outside_jurisdiction',
  'handled_elsewhere',
  'already_handled_no_new_facts',
  'supplement_not_provided',
];

export const SHIPPED_PROFILES: readonly ProcedureProfile[] = [
  {
    key: 'interim-1991',
    nameZh: '《旅游投诉暂行规定》（1991）',
    nameEn: 'Interim Provisions on Tourism Complaints (1991)',
    legalSource: 'IR1991',
    switches: {
      filingWindowBasis: 'harm_known_date',
      filingWindowExtendable: true,
      whoMayComplain: ['tourist', 'trade_organisation', 'industry_employee'],
      jointComplaintMin: 4,
      representativesMax: 3,
      meritsDecision: true,
      mediationDocument: 'mediation_agreement',
      mediationFailureNext: 'investigating',
      penaltyInDecisionLetter: true,
      agencyEnforcement: true,
      noticeEndEvent: 'send_notice',
      supplementMaxRequests: 2,
      callbackOnWithdrawal: false,
      shiftOnWeekend: true,
      replyRequiredSections: ['reply_subject', 'reply_verification_process', 'reply_facts_evidence', 'reply_responsibility_opinion'],
      refusalGrounds: COMMON_GROUNDS,
      requiredComplainantFields: ['complainant_gender', 'complainant_age', 'complainant_occupation', 'complainant_work_unit', 'harm_known_date'],
    },
  },
  {
    key: 'measures-2010',
    nameZh: '《旅游投诉处理办法》（2010）',
    nameEn: 'Measures for Handling Tourism Complaints (2010)',
    legalSource: 'M2010',
    switches: {
      filingWindowBasis: 'contract_end_date',
      filingWindowExtendable: false,
      whoMayComplain: ['tourist'],
      jointComplaintMin: 4,
      representativesMax: 3,
      meritsDecision: false,
      mediationDocument: 'mediation_document',
      mediationFailureNext: 'mediation_terminated',
      penaltyInDecisionLetter: false,
      agencyEnforcement: false,
      noticeEndEvent: 'serve_notice',
      supplementMaxRequests: 2,
      callbackOnWithdrawal: false,
      shiftOnWeekend: true,
      replyRequiredSections: ['reply_subject', 'reply_facts_evidence', 'reply_responsibility_opinion'],
      refusalGrounds: [...COMMON_GROUNDS, 'other_economic_dispute'],
      requiredComplainantFields: ['complainant_gender', 'complainant_postcode'],
    },
  },
];

export const isProfileKey = (v: unknown): v is ProfileKey => typeof v === 'string' && (PROFILE_KEYS as readonly string[]).includes(v);
