/** User accounts. Password hashes never leave this module except to the authentication service. */
import type { Db } from './rows.ts';
import { camelize } from './rows.ts';
import type { Role } from '../domain/roles.ts';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  role: Role;
  agencyId: number | null;
  organisationId: number | null;
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

const COLUMNS = ['id', 'username', 'display_name', 'email', 'phone', 'role', 'agency_id', 'organisation_id', 'active', 'failed_logins', 'locked_until'];

export async function findUserById(db: Db, id: number): Promise<UserRecord | null> {
  const row = await db('users').where({ id }).first(COLUMNS);
  return row ? camelize<UserRecord>(row) : null;
}

export async function findUserForLogin(db: Db, username: string): Promise<(UserRecord & { passwordHash: string }) | null> {
  const row = await db('users').whereRaw('lower(username) = lower(?)', [username]).first([...COLUMNS, 'password_hash']);
  return row ? camelize<UserRecord & { passwordHash: string }>(row) : null;
}

export async function recordLoginFailure(db: Db, id: number, lockUntil: Date | null): Promise<void> {
  await db('users').where({ id }).update({ failed_logins: db.raw('failed_logins + 1'), locked_until: lockUntil, updated_at: db.fn.now() });
}

export async function recordLoginSuccess(db: Db, id: number, at: Date): Promise<void> {
  await db('users').where({ id }).update({ failed_logins: 0, locked_until: null, last_login_at: at, updated_at: db.fn.now() });
}

export async function insertUser(db: Db, row: Record<string, unknown>): Promise<number> {
  const [r] = await db('users').insert(row).returning('id');
  return Number(r.id);
}

/** Staff of an agency who may be assigned cases. */
export async function listAssignableStaff(db: Db, agencyId: number): Promise<Array<{ id: number; displayName: string; role: Role }>> {
  const rows = await db('users').where({ agency_id: agencyId, active: true }).whereIn('role', ['officer', 'supervisor']).orderBy('display_name').select('id', 'display_name', 'role');
  return rows.map((r) => camelize(r));
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db('users').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}
