/**
 * Every document type of documents.md §7, for both profiles, rendered from the fixture cases to PDF and DOCX
 * (§9.1, §9.2, §9.3 determinism, §9.5): the PDF text carries the title, the number, the date, the agency and
 * every block's text in order; the CJK faces are embedded subsets; the DOCX names the East-Asian fonts and holds
 * the same text; the same snapshot renders to the same bytes.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { loadFontSet, type FontSet } from '../../../documents/layout/fonts.ts';
import { candidates } from '../../../documents/availability.ts';
import { produce, rerender } from '../../../documents/produce.ts';
import { RENDERED_TYPES } from '../../../documents/registry.ts';
import type { DocumentSource } from '../../../documents/model.ts';
import type { ProfileKey } from '../../../server/domain/procedure/profiles.ts';
import { fixtureSource, fixtureStamp, type FixtureVariant } from '../../support/documentFixtures.ts';
import { blockTexts, docxPart, inOrder, normalise, pdfFonts, pdfInfo, pdfText, writeTemp } from '../../support/pdfTools.ts';

const VARIANTS: Record<ProfileKey, FixtureVariant[]> = {
  'interim-1991': [
    { agent: true },
    { acceptance: 'refuse' },
    { acceptance: 'transfer' },
    { outcome: 'termination', joint: true },
    { outcome: 'decision', penalty: true, decisionKind: 3 },
    { outcome: 'decision', decisionKind: 4 },
    { signingMode: 'portal', eService: true },
  ],
  'measures-2010': [{}, { acceptance: 'refuse' }, { acceptance: 'transfer' }, { outcome: 'termination', deposit: 'contract_breach_verified' }, { penalty: true }],
};

const EXISTS_IN: Record<string, ProfileKey[]> = {
  mediation_agreement: ['interim-1991'],
  mediation_termination_notice: ['interim-1991'],
  handling_decision: ['interim-1991'],
  mediation_document: ['measures-2010'],
  mediation_termination_document: ['measures-2010'],
  // the workflow orders a deposit payout only under measures-2010 (T26); under interim-1991 enforcement goes to court
  deposit_compensation_decision: ['measures-2010'],
};

let fonts: FontSet;
beforeAll(() => {
  fonts = loadFontSet();
});

interface Case {
  profile: ProfileKey;
  variant: FixtureVariant;
  source: DocumentSource;
}

const cases: Case[] = (Object.keys(VARIANTS) as ProfileKey[]).flatMap((profile) => VARIANTS[profile].map((variant) => ({ profile, variant, source: fixtureSource(profile, variant) })));

describe('renditions of every document type', () => {
  const covered = new Map<string, Set<ProfileKey>>();

  for (const c of cases) {
    it(`${c.profile} ${JSON.stringify(c.variant)}`, async () => {
      const list = candidates(c.source);
      expect(list.length).toBeGreaterThan(0);
      for (const cand of list) {
        const stamp = fixtureStamp({ number: `平${cand.module.info.prefix}〔2026〕7号` });
        const target = { ...cand.target, supersedes: null };
        const out = await produce(cand.module, c.source, target, stamp, fonts);
        const label = `${c.profile} ${cand.key}`;
        expect(out.context.missing, label).toEqual([]);
        if (!covered.has(cand.module.info.type)) covered.set(cand.module.info.type, new Set());
        covered.get(cand.module.info.type)!.add(c.profile);

        // §9.1 text
        const pdfFile = writeTemp(out.pdf, 'pdf');
        const text = normalise(pdfText(pdfFile));
        const musts = cand.module.info.family === 'form' ? [out.context.title, stamp.number] : [out.context.title, stamp.number, '2026年3月15日', c.source.agency.agencyName];
        for (const must of musts) expect(text, `${label}: ${must}`).toContain(must.replace(/\s+/g, ''));
        // a form row split across pages repeats its label with （续） before the rest of the value: drop those
        const labels = out.model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.filter((x) => x.label).map((x) => x.text.replace(/\s+/g, ''))) : []));
        const joined = labels.reduce((t, l) => t.split(`${l}（续）`).join(''), text);
        const order = inOrder(joined, blockTexts(out.model.blocks));
        expect(order, `${label} ${JSON.stringify(order)}`).toEqual({ ok: true });
        if (cand.module.info.recipients.respondent && !cand.module.info.recipients.complainant) {
          for (const secret of ['13812345678', '430102199001011234', '五一大道', 'wangyj@example.com']) expect(text, `${label} leaks ${secret}`).not.toContain(secret);
        }
        // §9.2 fonts: every font an embedded CID subset, no standard font
        const rows = pdfFonts(pdfFile).split('\n').slice(2).filter((l) => l.trim());
        expect(rows.length, label).toBeGreaterThan(0);
        for (const row of rows) expect(row, label).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
        // §9.3 page size and creation date
        const info = pdfInfo(pdfFile);
        expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
        expect(info).toMatch(/CreationDate:\s+2026-03-15T02:30:00(Z|\+00)/);
        expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(out.pageCount);
        // §9.5 DOCX
        const xml = docxPart(out.docx, 'word/document.xml');
        expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
        expect(xml).toContain('w:eastAsia="方正小标宋简体"');
        expect(xml).toContain('w:hint="eastAsia"');
        const docxText = (docxPart(out.docx, 'word/header1.xml').match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).join('') + (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).join('');
        const plain = docxText.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, '');
        const docxOrder = inOrder(plain, blockTexts(out.model.blocks));
        expect(docxOrder, `${label} docx ${JSON.stringify(docxOrder)}`).toEqual({ ok: true });
        // §9.3 determinism: the stored snapshot renders to the same bytes
        const again = await rerender(cand.module, JSON.parse(JSON.stringify(out.snapshot)), fonts, null);
        expect(Buffer.compare(Buffer.from(again.pdf), Buffer.from(out.pdf)), `${label} pdf bytes`).toBe(0);
        expect(Buffer.compare(Buffer.from(again.docx), Buffer.from(out.docx)), `${label} docx bytes`).toBe(0);
      }
    });
  }

  it('covers every document type in every profile where it exists', () => {
    for (const type of RENDERED_TYPES) {
      const profiles = EXISTS_IN[type] ?? ['interim-1991', 'measures-2010'];
      for (const p of profiles) expect(covered.get(type)?.has(p), `${type} under ${p}`).toBe(true);
    }
  });
});
