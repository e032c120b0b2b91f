/** Sessions in PostgreSQL (connect-session-knex on the app's own pool), so instances stay stateless. */
import type { Express } from 'express';
import session from 'express-session';
import { ConnectSessionKnexStore } from 'connect-session-knex';
import type { Knex } from 'knex';

export function createSessionStore(knex: Knex): ConnectSessionKnexStore {
  return new ConnectSessionKnexStore({ knex, tableName: 'sessions', createTable: false, cleanupInterval: 15 * 60_000 });
}

export function setUpWebSession(app: Express, options: { store: session.Store; secret: string; secure: boolean }): void {
  app.use(
    session({
      name: 'portal.sid',
      store: options.store,
      secret: options.secret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: options.secure, maxAge: 2 * 60 * 60_000 },
    }),
  );
}
