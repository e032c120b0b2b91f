/** passport-local: sign-in by username and password; the session keeps only the user id. */
import type { Express, NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { AuthService } from '../services/authService.ts';
import type { UserRecord } from '../repositories/userRepository.ts';
import type { Role } from '../domain/roles.ts';
import type { Actor } from '../domain/case/types.ts';
import { NotFoundError } from '../errors.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends UserRecord {}
  }
}

export function setUpAuthentication(app: Express, auth: AuthService): void {
  const strategy = new LocalStrategy({ usernameField: 'username', passwordField: 'password' }, (username, password, done) => {
    auth
      .verifyLogin(username, password)
      .then((r) => (r.ok ? done(null, r.user) : done(null, false, { message: r.reason })))
      .catch(done);
  });
  const instance = new passport.Passport();
  instance.use(strategy);
  instance.serializeUser((user, done) => done(null, (user as UserRecord).id));
  instance.deserializeUser((id: number, done) => {
    auth
      .findUser(id)
      .then((u) => done(null, u && u.active ? u : false))
      .catch(done);
  });
  app.locals.passport = instance;
  app.use(instance.initialize());
  app.use(instance.session());
  app.use((req, res, next) => {
    res.locals.user = req.user ?? null;
    next();
  });
}

export function passportOf(app: Pick<Express, 'locals'>): passport.PassportStatic {
  return app.locals.passport as passport.PassportStatic;
}

/** Named role guard. Signed-out users go to the sign-in page; wrong roles get a 404 (rule 14). */
export function requireRole(...roles: Role[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user) {
      if (req.method === 'GET') req.session.returnTo = req.originalUrl;
      return res.redirect('/login');
    }
    if (!roles.includes(req.user.role)) return next(new NotFoundError());
    next();
  };
}

export function actorOf(user: UserRecord): Actor {
  return { userId: user.id, role: user.role, agencyId: user.agencyId, organisationId: user.organisationId, displayName: user.displayName };
}
