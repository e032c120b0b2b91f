/** Jobs: the clock-expiry job is idempotent, and the advisory lock lets one instance run a job at a time. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/testApp.ts';
import { createCase } from '../factories/createCase.ts';
import { withAdvisoryLock, lockKey } from '../../server/jobs/withAdvisoryLock.ts';
import { JOBS } from '../../server/jobs/jobs.ts';
import { listEvents } from '../../server/repositories/eventRepository.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext('2026-03-02T09:00:00+08:00');
});
afterAll(async () => ctx.close());

describe('clock_expiry job', () => {
  it('expires what is due once, as system events, and does nothing when run again', async () => {
    const { caseId } = await createCase(ctx, { status: 'awaiting_reply' });
    ctx.clock.advanceDays(45);
    const job = JOBS.find((j) => j.name === 'clock_expiry')!;
    const first = await job.run(ctx.services);
    expect(first.expired).toBeGreaterThan(0);
    const second = await job.run(ctx.services);
    expect(second.expired).toBe(0);
    const expiries = (await listEvents(ctx.database.knex, caseId)).filter((e) => e.eventType === 'clock_expired');
    expect(new Set(expiries.map((e) => e.payload.clock_id)).size).toBe(expiries.length);
    expect(expiries.every((e) => e.actorType === 'system')).toBe(true);
  });
});

describe('withAdvisoryLock', () => {
  it.runIf(process.env.DATABASE_URL)('skips the run while another instance holds the job lock', async () => {
    const other = await ctx.database.knex.client.acquireConnection();
    await other.query('select pg_advisory_lock($1)', [lockKey('clock_expiry')]);
    try {
      expect(await withAdvisoryLock(ctx.database.knex, 'clock_expiry', async () => 1)).toEqual({ ran: false });
    } finally {
      await other.query('select pg_advisory_unlock($1)', [lockKey('clock_expiry')]);
      await ctx.database.knex.client.releaseConnection(other);
    }
    expect(await withAdvisoryLock(ctx.database.knex, 'clock_expiry', async () => 1)).toEqual({ ran: true, result: 1 });
  });
});
