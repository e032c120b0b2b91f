/**
 * i18next with every user-visible string: zh-CN first, English translation. Flat keys (keySeparator off).
 * Files: ui.*.json (pages), labels.*.json (statuses, events, enums, guards, validation), deadline-explain.*.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

function loadResources(locale: Locale): Record<string, string> {
  const dir = import.meta.dirname;
  const merged: Record<string, string> = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(`.${locale}.json`)).sort()) {
    Object.assign(merged, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  return merged;
}

export async function createI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    supportedLngs: [...LOCALES],
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: loadResources(l) }])),
  });
  return instance;
}

/**
 * Translate a message that may carry a parameter after a colon, e.g. 'validation.max_length:200'
 * → t('validation.max_length', { n: 200 }).
 */
export function translateMessage(t: TFunction, message: string): string {
  const [key, param] = message.split(':', 2);
  return param === undefined ? t(key as string) : t(key as string, { n: param });
}
