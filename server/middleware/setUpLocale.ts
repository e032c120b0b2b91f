/** Locale: Chinese by default; `?lang=en` / `?lang=zh-CN` switches and is remembered in the session. */
import type { Express } from 'express';
import type { i18n } from 'i18next';
import { LOCALES, translateMessage, type Locale } from '../i18n/index.ts';

export function setUpLocale(app: Express, i18n: i18n): void {
  app.use((req, res, next) => {
    const requested = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    if (requested && (LOCALES as readonly string[]).includes(requested) && req.session) req.session.lang = requested as Locale;
    const lang: Locale = (requested && (LOCALES as readonly string[]).includes(requested) ? (requested as Locale) : req.session?.lang) ?? 'zh-CN';
    const t = i18n.getFixedT(lang);
    res.locals.lang = lang;
    res.locals.t = t;
    res.locals.tm = (message: string) => translateMessage(t, message);
    res.locals.otherLang = lang === 'zh-CN' ? 'en' : 'zh-CN';
    next();
  });
}
