/**
 * Case lookup by case number + query code (procedure.md §2.4): one generic answer for any wrong pair;
 * after MAX_FAILURES failures on a case number within WINDOW_MINUTES the number is locked for as long.
 * Attempts are kept in PostgreSQL so every app instance shares the count.
 */
import type { Knex } from 'knex';
import { getQueryCodeHash } from '../repositories/caseRepository.ts';
import { normaliseQueryCode, verifySecret } from './secrets.ts';
import type { Clock } from './clock.ts';

export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

export type TrackingResult = { ok: true; caseId: number } | { ok: false; reason: 'no_match' | 'locked' };

export function createTrackingService(deps: { db: Knex; clock: Clock }) {
  const { db, clock } = deps;

  async function lookUp(caseNumberInput: string, queryCodeInput: string): Promise<TrackingResult> {
    const caseNumber = caseNumberInput.trim().toUpperCase().slice(0, 30);
    const now = clock.now();
    const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
    const row = await db('tracking_attempts').where({ case_number: caseNumber, succeeded: false }).where('attempted_at', '>', since).count({ n: '*' }).first();
    if (Number(row?.n ?? 0) >= MAX_FAILURES) return { ok: false, reason: 'locked' };
    const stored = await getQueryCodeHash(db, caseNumber);
    const code = normaliseQueryCode(queryCodeInput).slice(0, 20);
    const ok = stored !== null && code.length === 10 && (await verifySecret(stored.hash, code));
    await db('tracking_attempts').insert({ case_number: caseNumber, succeeded: ok, attempted_at: now });
    return ok && stored ? { ok: true, caseId: stored.id } : { ok: false, reason: 'no_match' };
  }

  return { lookUp };
}
