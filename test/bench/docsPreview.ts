/**
 * `npm run docs:preview`: render every document type from the fixture cases (both profiles) to PDF, DOCX and PNG
 * pages in ./preview, to look at every page after changing a template or the layout (documents.md §9.4).
 * Needs pdftoppm (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadFontSet } from '../../documents/layout/fonts.ts';
import { candidates } from '../../documents/availability.ts';
import { produce } from '../../documents/produce.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { fixtureSource, fixtureStamp, type FixtureVariant } from '../support/documentFixtures.ts';

const fonts = loadFontSet();
const out = 'preview';
mkdirSync(out, { recursive: true });
const seen = new Set<string>();
const variants: Array<[ProfileKey, FixtureVariant]> = [
  ['interim-1991', { agent: true }], ['interim-1991', { acceptance: 'refuse' }], ['interim-1991', { acceptance: 'transfer' }],
  ['interim-1991', { outcome: 'termination' }], ['interim-1991', { outcome: 'decision', penalty: true }],
  ['measures-2010', {}], ['measures-2010', { acceptance: 'transfer' }], ['measures-2010', { outcome: 'termination', deposit: 'contract_breach_verified' }],
];
for (const [profile, variant] of variants) {
  const source = fixtureSource(profile, variant);
  for (const c of candidates(source)) {
    const name = `${profile}-${c.module.info.type}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const produced = await produce(c.module, source, c.target, fixtureStamp({ number: `平${c.module.info.prefix}〔2026〕7号` }), fonts);
    writeFileSync(`${out}/${name}.pdf`, produced.pdf);
    writeFileSync(`${out}/${name}.docx`, produced.docx);
    execFileSync('pdftoppm', ['-r', '60', '-png', `${out}/${name}.pdf`, `${out}/${name}`]);
    console.log(`${name}: ${produced.pageCount} pages, PDF ${(produced.pdf.byteLength / 1024).toFixed(1)} KB, DOCX ${(produced.docx.byteLength / 1024).toFixed(1)} KB`);
  }
}
