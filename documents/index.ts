/**
 * The formal documents (文书) of the procedure (procedure.md §9 "Document types"; documents.md §7).
 * This module is the registry's key list: the workflow table names the documents each step produces
 * by these keys. Each type's buildContext and PDF/DOCX renderers are added per documents.md.
 */
export const DOCUMENT_TYPES = [
  'complaint_receipt', 'oral_complaint_record', 'registration_form', 'supplement_notice', 'acceptance_notice', 'non_acceptance_notice',
  'transfer_letter', 'transfer_notice', 'reply_notice', 'complaint_copy', 'service_receipt', 'written_reply', 'inquiry_notice',
  'assistance_request', 'mediation_notice', 'mediation_record', 'mediation_agreement', 'mediation_document', 'mediation_termination_notice',
  'mediation_termination_document', 'settlement_record', 'handling_decision', 'withdrawal_record', 'closure_report', 'special_report',
  'penalty_filing_form', 'penalty_prior_notice', 'hearing_notice', 'hearing_record', 'penalty_decision', 'no_penalty_decision',
  'performance_reminder', 'court_enforcement_application', 'deposit_compensation_decision', 'deposit_withdrawal_notice',
  'deposit_topup_notice', 'supervision_order', 'urging_notice', 'archive_index',
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];
