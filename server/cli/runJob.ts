/**
 * npm run job -- <name> [--now <ISO date-time>] — runs one job once, as the scheduler would, and prints
 * what it did. With --now the job sees that instant as the current time.
 */
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createDb, migrateLatest } from '../db.ts';
import { createServices } from '../services/index.ts';
import { FixedClock, systemClock } from '../services/clock.ts';
import { JOBS } from '../jobs/jobs.ts';
import { withAdvisoryLock } from '../jobs/withAdvisoryLock.ts';

const [name, ...rest] = process.argv.slice(2);
const job = JOBS.find((j) => j.name === name);
if (!job) {
  console.error(`usage: npm run job -- <${JOBS.map((j) => j.name).join('|')}> [--now 2026-03-02T09:00:00+08:00]`);
  process.exit(2);
}
const nowIndex = rest.indexOf('--now');
const nowArg = nowIndex >= 0 ? rest[nowIndex + 1] : undefined;
if (nowArg !== undefined && Number.isNaN(Date.parse(nowArg))) {
  console.error(`--now must be an ISO date-time, got "${nowArg}"`);
  process.exit(2);
}
const config = loadConfig();
const database = await createDb(config);
await migrateLatest(database.knex);
const services = createServices({ database, clock: nowArg ? new FixedClock(nowArg) : systemClock, config, logger: createLogger('warn') });
const outcome = database.kind === 'postgres' ? await withAdvisoryLock(database.knex, job.name, () => job.run(services)) : { ran: true as const, result: await job.run(services) };
console.log(outcome.ran ? `${job.name}: ${JSON.stringify(outcome.result)}` : `${job.name}: skipped, another instance holds the lock`);
await database.close();
