/**
 * The characters every configured face must cover (documents.md §1.5): the fixed wording of all templates
 * (every non-ASCII character in documents/templates/*.ts), the digits and the punctuation of numbers and dates.
 * A licensed face lacking any of them refuses start-up instead of printing tofu in a legal document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadFontSet, type FontPaths, type FontSet } from './layout/fonts.ts';

const TEMPLATES_DIR = fileURLToPath(new URL('./templates/', import.meta.url));

export function templateProbe(): string {
  const chars = new Set<string>('0123456789〔〕（）：；，。、“”《》—…年月日号'.split(''));
  for (const f of readdirSync(TEMPLATES_DIR).filter((n) => n.endsWith('.ts'))) {
    for (const ch of readFileSync(TEMPLATES_DIR + f, 'utf8')) if (ch.codePointAt(0)! > 0x2e7f) chars.add(ch);
  }
  return [...chars].sort().join('');
}

const cache = new Map<string, FontSet>();

/** One FontSet per process and configuration: faces are read once (pitfall §3.7-8). */
export function sharedFontSet(paths: FontPaths): FontSet {
  const key = JSON.stringify(paths);
  let set = cache.get(key);
  if (!set) {
    set = loadFontSet(paths, Object.keys(paths).length > 0 ? templateProbe() : '');
    cache.set(key, set);
  }
  return set;
}
