/**
 * Document rendering benchmark (documents.md §8.8; issue 3 budgets): the decision letter and the reply notice of
 * the fixture case, PDF and DOCX, first render in this process (fonts parsed) and the median of warm renders.
 * Prints a table and writes test/bench/results/documents.json. Not part of `npm test`.
 *   npm run bench:documents [-- --runs 20]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadFontSet } from '../../documents/layout/fonts.ts';
import { candidates } from '../../documents/availability.ts';
import { renderModelOf } from '../../documents/produce.ts';
import { renderPdf } from '../../documents/render/pdf.ts';
import { renderDocx } from '../../documents/render/docx.ts';
import { fixtureSource, fixtureStamp } from '../support/documentFixtures.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const t0 = performance.now();
const fonts = loadFontSet();
const fontLoadMs = performance.now() - t0;

const subjects = [
  { name: 'handling_decision (投诉处理决定书)', source: fixtureSource('interim-1991', { outcome: 'decision', decisionKind: 3 }), type: 'handling_decision' },
  { name: 'reply_notice (答复通知书 + 2 attachments)', source: fixtureSource('interim-1991'), type: 'reply_notice' },
  { name: 'penalty_decision (行政处罚决定书)', source: fixtureSource('interim-1991', { outcome: 'decision', penalty: true }), type: 'penalty_decision' },
];

const rows = [];
for (const s of subjects) {
  const c = candidates(s.source).find((x) => x.module.info.type === s.type)!;
  const stamp = fixtureStamp({ number: `平${c.module.info.prefix}〔2026〕7号` });
  const context = c.module.buildContext(s.source, c.target, stamp);
  const model = renderModelOf(c.module, context, c.module.buildBlocks(context), s.source, stamp);
  let t = performance.now();
  const first = await renderPdf(model, fonts);
  const firstPdfMs = performance.now() - t;
  t = performance.now();
  const firstDocx = await renderDocx(model, fonts);
  const firstDocxMs = performance.now() - t;
  const pdfMs: number[] = [];
  const docxMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await renderPdf(model, fonts);
    pdfMs.push(performance.now() - t);
    t = performance.now();
    await renderDocx(model, fonts);
    docxMs.push(performance.now() - t);
  }
  rows.push({
    document: s.name,
    pages: first.pageCount,
    pdfKB: +(first.bytes.byteLength / 1024).toFixed(1),
    pdfFirstMs: +firstPdfMs.toFixed(1),
    pdfMedianMs: +median(pdfMs).toFixed(1),
    docxKB: +(firstDocx.byteLength / 1024).toFixed(1),
    docxFirstMs: +firstDocxMs.toFixed(1),
    docxMedianMs: +median(docxMs).toFixed(1),
  });
}

console.log(`fonts loaded in ${fontLoadMs.toFixed(0)} ms; ${runs} warm runs per measure; Node ${process.version}`);
console.table(rows);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/documents.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), node: process.version, runs, fontLoadMs, rows }, null, 2)); // eslint-disable-line no-restricted-syntax
