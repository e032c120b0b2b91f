/** Case lists scoped to a viewer: staff (agency tree), business (its organisation), citizen (own cases). */
import type { Db } from './rows.ts';
import type { ViewerScope } from '../domain/permissions.ts';

export interface CaseListFilters {
  status?: string;
  limit?: number;
}

export interface CaseSummary {
  id: number;
  caseNumber: string;
  status: string;
  profileKey: string;
  severity: string;
  channel: string;
  receivedAt: Date;
  complaintCategory: string;
  assignedOfficerName: string | null;
  respondentNames: string;
  nextDue: string | null;
  nextDueProvisional: boolean;
}

export async function listCaseSummaries(db: Db, scope: ViewerScope, filters: CaseListFilters): Promise<CaseSummary[]> {
  const q = db('cases as c')
    .leftJoin('users as u', 'u.id', 'c.assigned_officer_id')
    .select(
      'c.id', 'c.case_number', 'c.status', 'c.profile_key', 'c.severity', 'c.channel', 'c.received_at', 'c.complaint_category', 'u.display_name as assigned_officer_name',
      db.raw(`(select string_agg(p.name, '、' order by p.position) from case_parties p where p.case_id = c.id and p.party_role = 'respondent') as respondent_names`),
      db.raw(`(select min(k.due_date)::text from case_clocks k where k.case_id = c.id and k.state = 'running') as next_due`),
      db.raw(`coalesce((select bool_or(k.is_provisional) from case_clocks k where k.case_id = c.id and k.state = 'running'), false) as next_due_provisional`),
    )
    .orderByRaw('next_due asc nulls last, c.id desc')
    .limit(Math.min(filters.limit ?? 200, 500));
  switch (scope.role) {
    case 'supervisor':
      q.whereIn('c.agency_id', scope.agencyTreeIds);
      break;
    case 'officer':
      q.where('c.agency_id', scope.agencyId ?? -1).andWhere((w) => w.where('c.assigned_officer_id', scope.userId).orWhereNull('c.assigned_officer_id'));
      break;
    case 'legal_reviewer':
      q.where('c.agency_id', scope.agencyId ?? -1);
      break;
    case 'business_user':
    case 'business_admin':
      q.whereExists(db('case_parties as p').whereRaw('p.case_id = c.id').where('p.party_role', 'respondent').where('p.organisation_id', scope.organisationId ?? -1));
      q.whereExists(db('case_events as e').whereRaw('e.case_id = c.id').where('e.event_type', 'send_notice'));
      break;
    case 'citizen':
      q.whereExists(db('case_parties as p').whereRaw('p.case_id = c.id').where('p.user_id', scope.userId));
      break;
    default:
      return [];
  }
  if (filters.status) q.where('c.status', filters.status);
  const rows = await q;
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    status: r.status,
    profileKey: r.profile_key,
    severity: r.severity,
    channel: r.channel,
    receivedAt: r.received_at,
    complaintCategory: r.complaint_category,
    assignedOfficerName: r.assigned_officer_name,
    respondentNames: r.respondent_names ?? '',
    nextDue: r.next_due,
    nextDueProvisional: r.next_due_provisional,
  }));
}
