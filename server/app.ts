/**
 * createApp(services): the Express application — no listen(), no process.env.
 * Middleware order (rule 2): security headers → static → session → body parsing → passport → CSRF →
 * locale → routes → 404 → error handler. Express 5 passes async errors on.
 */
import path from 'node:path';
import express, { type Express } from 'express';
import type { i18n } from 'i18next';
import type { Services } from './services/index.ts';
import { setUpWebSecurity } from './middleware/setUpWebSecurity.ts';
import { setUpWebSession } from './middleware/setUpWebSession.ts';
import { setUpAuthentication } from './middleware/setUpAuthentication.ts';
import { setUpCsrf } from './middleware/setUpCsrf.ts';
import { setUpLocale } from './middleware/setUpLocale.ts';
import { createErrorHandler, notFoundHandler } from './middleware/errorHandler.ts';
import { publicRoutes } from './routes/public/index.ts';
import { staffRoutes } from './routes/staff/index.ts';
import { businessRoutes } from './routes/business/index.ts';
import { citizenRoutes } from './routes/citizen/index.ts';
import { documentRoutes } from './routes/documents/index.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { apiRoutes } from './routes/api/index.ts';
import { healthRoutes } from './routes/api/health.ts';
import { viewHelpers } from './viewHelpers.ts';
import { translateMessage } from './i18n/index.ts';
import { exposeNotice } from './middleware/flash.ts';
import type session from 'express-session';

const ROOT = path.resolve(import.meta.dirname, '..');

export function createApp(services: Services, deps: { i18n: i18n; sessionStore: session.Store }): Express {
  const { config } = services;
  const app = express();
  app.set('views', path.join(ROOT, 'views'));
  app.set('view engine', 'ejs');
  app.set('trust proxy', config.trustProxy);
  app.locals.h = viewHelpers;

  setUpWebSecurity(app);
  app.use(express.static(path.join(ROOT, 'public'), { maxAge: config.env === 'production' ? '1d' : 0 }));
  // defaults every view can rely on, even when an error is rendered before the session exists
  app.use((req, res, next) => {
    const lang = req.query.lang === 'en' ? 'en' : 'zh-CN';
    const t = deps.i18n.getFixedT(lang);
    Object.assign(res.locals, { t, tm: (m: string) => translateMessage(t, m), lang, otherLang: lang === 'en' ? 'zh-CN' : 'en', user: null, csrfToken: '', notice: null });
    // the legal date of "now" from the injected clock, for days-left badges (rule 9)
    res.locals.today = services.clock.today();
    next();
  });
  // health and the JSON API need neither a session nor CSRF
  app.use(healthRoutes(services));
  app.use(apiRoutes(services));
  setUpWebSession(app, { store: deps.sessionStore, secret: config.sessionSecret, secure: config.secureCookies });
  app.use(express.urlencoded({ extended: true, limit: '1mb', parameterLimit: 2000 }));
  setUpAuthentication(app, services.auth);
  setUpCsrf(app);
  setUpLocale(app, deps.i18n);
  app.use(exposeNotice);

  app.use(publicRoutes(services));
  app.use(documentRoutes(services));
  app.use(staffRoutes(services));
  app.use(businessRoutes(services));
  app.use(citizenRoutes(services));
  app.use(adminRoutes(services));

  app.use(notFoundHandler);
  app.use(createErrorHandler(services.logger));
  return app;
}
