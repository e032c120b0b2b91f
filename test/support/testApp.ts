/**
 * One test file's world: a fresh database, the real services with a fixed clock, the demo directory
 * (agencies, businesses, accounts) and the real app with its real security.
 */
import { inject } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createTestDatabase } from './testDatabase.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { createServices, type Services } from '../../server/services/index.ts';
import { FixedClock } from '../../server/services/clock.ts';
import { createApp } from '../../server/app.ts';
import { createI18n } from '../../server/i18n/index.ts';
import { createSessionStore } from '../../server/middleware/setUpWebSession.ts';
import { createDemoDirectory, DEMO_PASSWORD, type DemoDirectory } from '../../seeds/demo/index.ts';
import type { Database } from '../../server/db.ts';

export interface TestContext {
  database: Database;
  services: Services;
  clock: FixedClock;
  app: Express;
  directory: DemoDirectory;
  close(): Promise<void>;
}

export async function createTestContext(at = '2026-03-02T09:00:00+08:00'): Promise<TestContext> {
  const config = { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: loadConfig().databaseUrl };
  const database = await createTestDatabase({ databaseUrl: config.databaseUrl, pgliteDump: inject('pgliteDump'), templateDb: inject('templateDb') });
  const clock = new FixedClock(at);
  const services = createServices({ database, clock, config, logger: createLogger('silent') });
  const directory = await createDemoDirectory(services);
  const sessionStore = createSessionStore(database.knex);
  const app = createApp(services, { i18n: await createI18n(), sessionStore });
  return {
    database,
    services,
    clock,
    app,
    directory,
    async close() {
      clearTimeout(sessionStore.nextDbCleanup);
      await database.close();
    },
  };
}

/** The CSRF token of the first form on a page. */
export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF token on the page');
  return m[1]!;
}

export type Agent = ReturnType<typeof request.agent>;

/** Sign in through the real login form with its real CSRF token. */
export async function signIn(app: Express, username: string, password = DEMO_PASSWORD): Promise<Agent> {
  const agent = request.agent(app);
  const page = await agent.get('/login').expect(200);
  const res = await agent.post('/login').type('form').send({ _csrf: csrfOf(page.text), username, password });
  if (res.status !== 303 || res.headers.location === '/login') throw new Error(`sign-in as ${username} failed (${res.status} → ${res.headers.location})`);
  return agent;
}

/** POST a form found on `pagePath`, with that page's CSRF token. */
export async function postForm(agent: Agent, pagePath: string, action: string, fields: Record<string, unknown>) {
  const page = await agent.get(pagePath);
  if (page.status !== 200) throw new Error(`GET ${pagePath} → ${page.status}`);
  return agent.post(action).type('form').send({ _csrf: csrfOf(page.text), ...fields });
}
