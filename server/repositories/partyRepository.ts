/** case_parties: complainants, agents and respondents. */
import type { Db } from './rows.ts';
import { camelize, snakeize } from './rows.ts';
import type { CaseParty } from '../domain/case/types.ts';

const PARTY_COLUMNS = [
  'id', 'case_id', 'party_role', 'position', 'name', 'user_id', 'complainant_kind', 'is_representative', 'e_service_consent', 'gender',
  'nationality', 'age', 'occupation', 'work_unit', 'address', 'postcode', 'phone', 'email', 'id_type', 'id_number',
  'represents_party_id', 'agent_relationship', 'agent_authority', 'organisation_id', 'respondent_type', 'respondent_uscc',
  'respondent_licence_no', 'respondent_phone', 'involved_staff',
];

export async function listParties(db: Db, caseId: number): Promise<CaseParty[]> {
  const rows = await db('case_parties').where({ case_id: caseId }).orderBy(['party_role', 'position', 'id']).select(PARTY_COLUMNS);
  return rows.map((r) => {
    const p = camelize<CaseParty>(r);
    p.agentAuthority = p.agentAuthority ?? [];
    return p;
  });
}

export async function insertParty(db: Db, caseId: number, party: Record<string, unknown>): Promise<number> {
  const [row] = await db('case_parties').insert({ ...snakeize(party), case_id: caseId }).returning('id');
  return Number(row.id);
}
