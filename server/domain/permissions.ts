/**
 * Who may see and act on a case (procedure.md §1.1, §1.4). Pure: the caller supplies the facts.
 * A case outside a user's scope is reported as not found (architecture rule 14).
 */
import type { Role } from './roles.ts';
import type { CaseStatus } from './case/statuses.ts';

export interface ViewerScope {
  role: Role;
  userId: number;
  agencyId: number | null;
  /** the user's agency and every agency below it */
  agencyTreeIds: readonly number[];
  organisationId: number | null;
}

export interface CaseScopeFacts {
  agencyId: number;
  assignedOfficerId: number | null;
  status: CaseStatus;
  respondentOrganisationIds: readonly number[];
  partyUserIds: readonly number[];
  /** the respondent has been notified (send_notice happened) */
  respondentNotified: boolean;
}

export type CaseAccess = 'none' | 'read' | 'act';

export function caseAccess(viewer: ViewerScope, c: CaseScopeFacts): CaseAccess {
  switch (viewer.role) {
    case 'supervisor':
      if (c.agencyId === viewer.agencyId) return 'act';
      return viewer.agencyTreeIds.includes(c.agencyId) ? 'read' : 'none';
    case 'officer':
      // cases assigned to them, and the agency's intake queue (unassigned cases)
      if (c.agencyId !== viewer.agencyId) return 'none';
      return c.assignedOfficerId === viewer.userId || c.assignedOfficerId === null ? 'act' : 'none';
    case 'legal_reviewer':
      return c.agencyId === viewer.agencyId ? 'read' : 'none';
    case 'business_user':
    case 'business_admin':
      return viewer.organisationId !== null && c.respondentNotified && c.respondentOrganisationIds.includes(viewer.organisationId) ? 'act' : 'none';
    case 'citizen':
      return c.partyUserIds.includes(viewer.userId) ? 'act' : 'none';
    default:
      // administrators see no case content unless also given a staff role
      return 'none';
  }
}

/** Events a party may see in its timeline (§1.4): the steps that concern it. Staff see everything. */
export const CITIZEN_VISIBLE_EVENTS: readonly string[] = [
  'submit', 'request_supplement', 'provide_supplement', 'accept', 'refuse_acceptance', 'transfer_out', 'send_notice', 'serve_notice',
  'submit_reply', 'start_investigation', 'start_mediation', 'record_mediation_session', 'sign_mediation_agreement', 'terminate_mediation',
  'record_settlement', 'start_deciding', 'issue_decision', 'serve_decision', 'record_performance', 'start_enforcement',
  'order_deposit_compensation', 'close', 'withdraw', 'record_callback', 'reopen', 'archive', 'extend_clock', 'pause_clock', 'resume_clock',
];

export const RESPONDENT_VISIBLE_EVENTS: readonly string[] = [
  'send_notice', 'serve_notice', 'submit_reply', 'start_investigation', 'start_mediation', 'record_mediation_session', 'sign_mediation_agreement',
  'terminate_mediation', 'record_settlement', 'issue_decision', 'serve_decision', 'record_performance', 'start_enforcement',
  'order_deposit_compensation', 'close', 'withdraw', 'reopen', 'extend_clock',
];

/** Steps a supervisor of a higher agency takes on a subordinate agency's case (督办, §5.5). */
export const HIGHER_AGENCY_EVENTS: readonly string[] = ['issue_supervision_order', 'close_supervision'];

/** Whether a viewer with this access may apply the event (read access only supervises). */
export function accessAllowsEvent(access: CaseAccess, event: string): boolean {
  return access === 'act' || (access === 'read' && HIGHER_AGENCY_EVENTS.includes(event));
}
