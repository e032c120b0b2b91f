/** Agencies: a tree province → city → county (procedure.md §1.1). */
import type { Db } from './rows.ts';
import { camelize } from './rows.ts';

export interface Agency {
  id: number;
  parentId: number | null;
  level: 'national' | 'provincial' | 'prefecture' | 'county';
  name: string;
  shortName: string;
  divisionCode: string;
  caseCode: string;
  defaultProfile: string;
  acceptanceNeedsApproval: boolean;
  reconsiderationOrgan: string | null;
  court: string | null;
  address: string | null;
  publicPhone: string | null;
  email: string | null;
}

const COLUMNS = ['id', 'parent_id', 'level', 'name', 'short_name', 'division_code', 'case_code', 'default_profile', 'acceptance_needs_approval', 'reconsideration_organ', 'court', 'address', 'public_phone', 'email'];

export async function findAgency(db: Db, id: number): Promise<Agency | null> {
  const row = await db('agencies').where({ id }).first(COLUMNS);
  return row ? camelize<Agency>(row) : null;
}

export async function listAgencies(db: Db): Promise<Agency[]> {
  const rows = await db('agencies').orderBy(['level', 'id']).select(COLUMNS);
  return rows.map((r) => camelize<Agency>(r));
}

/** The agency and every agency below it (a higher agency reads its subordinates' cases). */
export async function agencyAndDescendantIds(db: Db, agencyId: number): Promise<number[]> {
  const { rows } = await db.raw(
    `with recursive tree as (select id from agencies where id = ? union all select a.id from agencies a join tree t on a.parent_id = t.id) select id from tree`,
    [agencyId],
  );
  return rows.map((r: { id: number }) => Number(r.id));
}

export async function isAncestorAgency(db: Db, ancestorId: number, agencyId: number): Promise<boolean> {
  const ids = await agencyAndDescendantIds(db, ancestorId);
  return ancestorId !== agencyId && ids.includes(agencyId);
}

export async function insertAgency(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('agencies').insert(row).returning('id');
  return Number(r.id);
}
