/** CSRF: synchroniser token in the session (csrf-sync); every form posts it as `_csrf`. */
import type { Express, Request } from 'express';
import { csrfSync } from 'csrf-sync';

export function setUpCsrf(app: Express): void {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req: Request) => (req.body && typeof req.body._csrf === 'string' ? req.body._csrf : (req.headers['x-csrf-token'] as string | undefined)),
  });
  app.use(csrfSynchronisedProtection);
  app.use((req, res, next) => {
    res.locals.csrfToken = generateToken(req);
    next();
  });
}
