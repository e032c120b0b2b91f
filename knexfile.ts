/**
 * knex CLI configuration (`npx knex --knexfile knexfile.ts migrate:status` etc.) for a real PostgreSQL
 * named by DATABASE_URL. The app itself migrates in-process at start-up (server/db.ts), on PGlite or PostgreSQL.
 */
import type { Knex } from 'knex';
import { loadConfig } from './server/config.ts';
import { migrationConfig, setTypeParsers } from './server/db.ts';

setTypeParsers();

const config: Knex.Config = {
  client: 'pg',
  connection: loadConfig().databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  migrations: migrationConfig(),
};

export default config;
