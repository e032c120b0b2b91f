/**
 * Migrate once. PGlite (DATABASE_URL unset): build a migrated, seeded database in memory and dump it to a
 * file every test file restores. PostgreSQL (DATABASE_URL set): create a migrated, seeded template
 * database that every test file clones, and drop everything at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPgliteDb, createPostgresDb, migrateLatest } from '../../server/db.ts';
import { seedReferenceData } from '../../seeds/reference/index.ts';
import { loadConfig } from '../../server/config.ts';
import { adminUrl, templateName } from './testDatabase.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    const db = await createPgliteDb({ dataDir: null });
    await migrateLatest(db.knex);
    await seedReferenceData(db.knex);
    const dump = await dumpPglite(db);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-')), 'template.tar.gz');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    project.provide('pgliteDump', file);
    project.provide('templateDb', '');
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  const template = templateName();
  const admin = createPostgresDb(adminUrl(databaseUrl), 1);
  await admin.knex.raw(`drop database if exists ${template}`);
  await admin.knex.raw(`create database ${template}`);
  const tdb = createPostgresDb(databaseUrl.replace(/\/[^/?]*(\?|$)/, `/${template}$1`), 2);
  await migrateLatest(tdb.knex);
  await seedReferenceData(tdb.knex);
  await tdb.close();
  project.provide('pgliteDump', '');
  project.provide('templateDb', template);
  return async () => {
    const { rows } = await admin.knex.raw(`select datname from pg_database where datname like ?`, [`${template}%`]);
    for (const r of rows as Array<{ datname: string }>) await admin.knex.raw(`drop database if exists ${r.datname} with (force)`);
    await admin.close();
  };
}

async function dumpPglite(db: Awaited<ReturnType<typeof createPgliteDb>>): Promise<Blob> {
  if (!db.dump) throw new Error('PGlite database cannot dump');
  return db.dump();
}
