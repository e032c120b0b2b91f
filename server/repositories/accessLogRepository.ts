/** access_log: append-only record of case views and file downloads (procedure.md §8.2). */
import type { Db } from './rows.ts';

export async function insertAccessLog(db: Db, row: { userId: number | null; actorRole: string; caseId: number | null; action: string; target?: string; occurredAt: Date }): Promise<void> {
  await db('access_log').insert({ user_id: row.userId, actor_role: row.actorRole, case_id: row.caseId, action: row.action, target: row.target ?? null, occurred_at: row.occurredAt });
}
