/** A fresh, migrated and seeded database for one test file (PGlite restored from a dump, or a PostgreSQL clone). */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createPgliteDb, createPostgresDb, type Database } from '../../server/db.ts';

export const templateName = () => `portal_test_tmpl_${process.pid}`;

/** The maintenance database of the server named by a URL. */
export const adminUrl = (url: string) => url.replace(/\/[^/?]*(\?|$)/, '/postgres$1');

export async function createTestDatabase(options: { databaseUrl: string | null; pgliteDump: string; templateDb: string }): Promise<Database> {
  if (!options.databaseUrl) {
    return createPgliteDb({ dataDir: null, loadDataDir: new Blob([fs.readFileSync(options.pgliteDump)]) });
  }
  const name = `${options.templateDb}_${randomBytes(4).toString('hex')}`;
  const admin = createPostgresDb(adminUrl(options.databaseUrl), 1);
  await admin.knex.raw(`create database ${name} template ${options.templateDb}`);
  await admin.close();
  const db = createPostgresDb(options.databaseUrl.replace(/\/[^/?]*(\?|$)/, `/${name}$1`), 10);
  return {
    ...db,
    async close() {
      await db.close();
      const a = createPostgresDb(adminUrl(options.databaseUrl!), 1);
      await a.knex.raw(`drop database if exists ${name} with (force)`);
      await a.close();
    },
  };
}
