/**
 * Composition root: config → logger → db (+ migrations, reference data, demo data) → services →
 * createApp → listen.
 */
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createDb, migrateLatest } from './db.ts';
import { createServices } from './services/index.ts';
import { systemClock } from './services/clock.ts';
import { createApp } from './app.ts';
import { createI18n } from './i18n/index.ts';
import { createSessionStore } from './middleware/setUpWebSession.ts';
import { seedReferenceData } from '../seeds/reference/index.ts';
import { loadDemoDataIfEmpty } from '../seeds/demo/index.ts';
import { startScheduler } from './jobs/scheduler.ts';

const startedAt = Date.now();
const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await createDb(config);
await migrateLatest(database.knex);
await seedReferenceData(database.knex);
const services = createServices({ database, clock: systemClock, config, logger });
if (config.loadDemoData) {
  const loaded = await loadDemoDataIfEmpty(services);
  if (loaded) logger.info({ cases: loaded.cases }, 'demo data loaded');
}
const sessionStore = createSessionStore(database.knex);
const app = createApp(services, { i18n: await createI18n(), sessionStore });
const server = app.listen(config.port, () => {
  logger.info({ port: config.port, db: database.kind, startupMs: Date.now() - startedAt }, `portal listening on http://localhost:${config.port}`);
});

const scheduler = startScheduler(services);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  scheduler.stop();
  server.close();
  clearTimeout(sessionStore.nextDbCleanup);
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
