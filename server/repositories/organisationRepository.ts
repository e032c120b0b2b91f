/** Organisations: the registry of tourism businesses (被投诉者档案, procedure.md §1.3). */
import type { Db } from './rows.ts';
import { camelize } from './rows.ts';

export interface Organisation {
  id: number;
  name: string;
  respondentType: string;
  uscc: string | null;
  licenceNo: string | null;
  address: string | null;
  divisionCode: string | null;
  contactPerson: string | null;
  contactPhone: string | null;
  verified: boolean;
}

const COLUMNS = ['id', 'name', 'respondent_type', 'uscc', 'licence_no', 'address', 'division_code', 'contact_person', 'contact_phone', 'verified'];

export async function findOrganisation(db: Db, id: number): Promise<Organisation | null> {
  const row = await db('organisations').where({ id }).first(COLUMNS);
  return row ? camelize<Organisation>(row) : null;
}

export async function findOrganisationByUscc(db: Db, uscc: string): Promise<Organisation | null> {
  const row = await db('organisations').where({ uscc }).first(COLUMNS);
  return row ? camelize<Organisation>(row) : null;
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db('organisations').orderBy('name').select(COLUMNS);
  return rows.map((r) => camelize<Organisation>(r));
}

export async function insertOrganisation(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('organisations').insert(row).returning('id');
  return Number(r.id);
}
