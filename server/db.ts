/**
 * createDb(config): DATABASE_URL → PostgreSQL through knex's pg client; unset → embedded PGlite in
 * config.dataDir, connected through knex's own pg client with PGlite's node-postgres bridge and a pool
 * of exactly one connection (architecture.md §6). PGlite has no locking of its own — two processes on
 * one folder silently lose writes — so an exclusive lock file is taken on the folder first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  knex: Knex;
  kind: DbKind;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dump?: () => Promise<Blob>;
}

let parsersSet = false;
/** Set the pg type parsers once: DATE as 'YYYY-MM-DD' strings (no time-zone shift), int8 as number. */
export function setTypeParsers(): void {
  if (parsersSet) return;
  pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
  pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));
  parsersSet = true;
}

const knexCommon: Partial<Knex.Config> = {
  client: 'pg',
  asyncStackTraces: false,
};

export function createPostgresDb(databaseUrl: string, poolMax = 10): Database {
  setTypeParsers();
  const knex = knexFactory({ ...knexCommon, connection: databaseUrl, pool: { min: 0, max: poolMax } });
  return { knex, kind: 'postgres', close: () => knex.destroy() };
}

/** Embedded PGlite. `dataDir` null → in memory (tests); `loadDataDir` restores a dump (test template). */
export async function createPgliteDb(options: { dataDir: string | null; loadDataDir?: Blob }): Promise<Database> {
  setTypeParsers();
  let release: (() => Promise<void>) | null = null;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const lockPath = path.join(options.dataDir, 'portal.lock');
    fs.writeFileSync(lockPath, '', { flag: 'a' });
    try {
      release = await lockfile.lock(lockPath, { stale: 15_000, update: 5_000, realpath: false });
    } catch {
      throw new Error(
        `The data folder ${options.dataDir} is in use by another running portal (lock ${lockPath}). ` +
          'Stop it first, or set DATA_DIR to another folder, or DATABASE_URL to use PostgreSQL.',
      );
    }
  }
  const pglite = await PGlite.create(options.dataDir ?? 'memory://', options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const knex = knexFactory({
    ...knexCommon,
    connection: createPgConfig(pglite) as unknown as Knex.PgConnectionConfig,
    pool: { min: 1, max: 1 },
  });
  return {
    knex,
    kind: 'pglite',
    dump: () => pglite.dumpDataDir('gzip'),
    async close() {
      await knex.destroy();
      await pglite.close();
      if (release) await release();
    },
  };
}

export async function createDb(config: { databaseUrl: string | null; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? createPostgresDb(config.databaseUrl) : createPgliteDb({ dataDir: config.dataDir });
}

/** Run the migrations in-process (migrations/ holds YYYYMMDDHHMMSS_<verb>_<object>.ts files). */
export async function migrateLatest(knex: Knex): Promise<void> {
  await knex.migrate.latest(migrationConfig());
}

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', 'migrations');

/**
 * Migrations are loaded with this module's own import(), so they work wherever our TypeScript runs
 * (tsx, vitest) without knex's loader having to understand .ts files.
 */
const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{14}_[a-z0-9_]+\.ts$/.test(f)).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => (await import(pathToFileURL(path.join(MIGRATIONS_DIR, name)).href)) as Knex.Migration,
};

export function migrationConfig(): Knex.MigratorConfig {
  return { migrationSource, tableName: 'knex_migrations' };
}
