/**
 * Runs a job under pg_try_advisory_lock so that, with several app instances each running node-cron,
 * only one runs it at a time; the others skip this round (architecture rule 10). The lock is held on one
 * dedicated connection for the duration of the run.
 */
import type { Knex } from 'knex';
import { createHash } from 'node:crypto';

/** A stable 32-bit key per job name. */
export const lockKey = (name: string): number => createHash('sha256').update(`portal-job:${name}`).digest().readInt32BE(0);

export async function withAdvisoryLock<T>(knex: Knex, name: string, run: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  const key = lockKey(name);
  const connection = await knex.client.acquireConnection();
  try {
    const got = await connection.query('select pg_try_advisory_lock($1) as locked', [key]);
    if (!got.rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, result: await run() };
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
