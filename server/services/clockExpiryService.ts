/**
 * Clock expiry as explicit system events (architecture rule 7): every running clock whose period has
 * ended (24:00 Asia/Shanghai of its due date; hour clocks at their instant) gets a `clock_expired` event,
 * one transaction per clock, capped per run. Safe to re-run: an expired clock is no longer running.
 */
import type { Knex } from 'knex';
import { legalDateOf } from '../domain/deadlines/legalDate.ts';
import { SYSTEM_ACTOR } from '../domain/case/types.ts';
import type { CaseEventService } from './caseEventService.ts';
import { ConflictError, IllegalTransitionError } from '../errors.ts';
import type { Clock } from './clock.ts';

export function createClockExpiryService(deps: { db: Knex; clock: Clock; caseEvents: CaseEventService }) {
  const { db, clock, caseEvents } = deps;

  async function expireDueClocks(limit = 500): Promise<{ expired: number; skipped: number }> {
    const now = clock.now();
    const today = legalDateOf(now);
    const due = await db('case_clocks as k')
      .join('cases as c', 'c.id', 'k.case_id')
      .where('k.state', 'running')
      .whereNot('c.status', 'archived')
      .where((q) => q.where((d) => d.whereNot('k.unit', 'hour').where('k.due_date', '<', today)).orWhere((h) => h.where('k.unit', 'hour').where('k.due_at', '<=', now)))
      .orderBy('k.due_date')
      .limit(limit)
      .select('k.id', 'k.case_id', 'k.clock_key', 'k.penalty_id');
    let expired = 0;
    let skipped = 0;
    for (const row of due) {
      try {
        await caseEvents.applyCaseEvent({
          caseId: row.case_id,
          event: 'clock_expired',
          payload: { clock_id: row.id, clock_key: row.clock_key },
          actor: SYSTEM_ACTOR,
          ...(row.penalty_id !== null ? { penaltyId: row.penalty_id } : {}),
        });
        expired++;
      } catch (error) {
        if (error instanceof ConflictError || error instanceof IllegalTransitionError) skipped++;
        else throw error;
      }
    }
    return { expired, skipped };
  }

  return { expireDueClocks };
}
