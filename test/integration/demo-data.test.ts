/** The demo set: about 30 cases over every status of both profiles, each reached through the engine. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestDatabase } from '../support/testDatabase.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { createServices } from '../../server/services/index.ts';
import { FixedClock } from '../../server/services/clock.ts';
import { loadDemoDataIfEmpty } from '../../seeds/demo/index.ts';
import { PATHS } from '../../seeds/demo/scenarios.ts';
import type { Database } from '../../server/db.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase({ databaseUrl: loadConfig().databaseUrl, pgliteDump: inject('pgliteDump'), templateDb: inject('templateDb') });
});
afterAll(async () => database.close());

describe('demo data', () => {
  it('loads once into an empty database, covering every status of both profiles, chains intact', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    const services = createServices({ database, clock: new FixedClock('2026-11-22T09:00:00+08:00'), config, logger: createLogger('silent') });
    const loaded = await loadDemoDataIfEmpty(services);
    expect(loaded!.cases).toBeGreaterThanOrEqual(30);
    const rows = await database.knex('cases').select('profile_key', 'status');
    for (const profile of ['interim-1991', 'measures-2010'] as const) {
      const statuses = new Set(rows.filter((r) => r.profile_key === profile).map((r) => r.status));
      expect([...statuses].sort()).toEqual(Object.keys(PATHS[profile]).sort());
    }
    const users = await database.knex('users').pluck('username');
    expect(users).toEqual(expect.arrayContaining(['officer', 'supervisor', 'admin', 'business', 'citizen']));
    expect((await services.audit.verifyAll()).broken).toEqual([]);
    expect(await loadDemoDataIfEmpty(services)).toBeNull(); // never twice
  });
});
