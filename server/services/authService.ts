/**
 * Sign-in: one answer for an unknown user and a wrong password; an account locks for
 * LOCK_MINUTES after MAX_FAILURES failed attempts in a row.
 */
import type { Knex } from 'knex';
import { findUserById, findUserForLogin, recordLoginFailure, recordLoginSuccess, type UserRecord } from '../repositories/userRepository.ts';
import { hashSecret, verifySecret } from './secrets.ts';
import type { Clock } from './clock.ts';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type LoginResult = { ok: true; user: UserRecord } | { ok: false; reason: 'invalid' | 'locked' };

export function createAuthService(deps: { db: Knex; clock: Clock }) {
  const { db, clock } = deps;
  // Verifying against a dummy hash for unknown users keeps the timing of both failures alike.
  const dummyHash = hashSecret('not-a-real-password-0');

  async function verifyLogin(username: string, password: string): Promise<LoginResult> {
    const now = clock.now();
    const user = await findUserForLogin(db, username.trim());
    if (!user || !user.active) {
      await verifySecret(await dummyHash, password);
      return { ok: false, reason: 'invalid' };
    }
    if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: 'locked' };
    if (!(await verifySecret(user.passwordHash, password))) {
      const lock = user.failedLogins + 1 >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
      await recordLoginFailure(db, user.id, lock);
      return { ok: false, reason: lock ? 'locked' : 'invalid' };
    }
    await recordLoginSuccess(db, user.id, now);
    const { passwordHash: _omit, ...safe } = user;
    return { ok: true, user: safe };
  }

  return { verifyLogin, findUser: (id: number) => findUserById(db, id) };
}

export type AuthService = ReturnType<typeof createAuthService>;
