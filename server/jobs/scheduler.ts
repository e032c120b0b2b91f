/**
 * The schedule: the ONLY file importing node-cron. Every entry runs in Asia/Shanghai, never overlaps
 * itself, and runs under an advisory lock so that one instance in a cluster does the work.
 */
import cron from 'node-cron';
import type { Services } from '../services/index.ts';
import { JOBS } from './jobs.ts';
import { withAdvisoryLock } from './withAdvisoryLock.ts';

export function startScheduler(services: Services): { stop(): void } {
  // with an embedded database the pool has one connection: the job would hold it for the whole run
  const tasks = JOBS.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          const outcome = services.database.kind === 'postgres' ? await withAdvisoryLock(services.database.knex, job.name, () => job.run(services)) : { ran: true as const, result: await job.run(services) };
          if (outcome.ran) services.logger.info({ job: job.name, ...outcome.result }, 'job ran');
          else services.logger.info({ job: job.name }, 'job skipped: another instance holds the lock');
        } catch (error) {
          services.logger.error({ err: error, job: job.name }, 'job failed');
        }
      },
      { timezone: 'Asia/Shanghai', name: job.name, noOverlap: true },
    ),
  );
  return { stop: () => tasks.forEach((t) => t.stop()) };
}
