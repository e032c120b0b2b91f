/** poppler-utils (pdftotext, pdffonts, pdfinfo) and DOCX unzipping for document tests (documents.md §9). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Block } from '../../documents/layout/blocks.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'docs-test-'));
let n = 0;

export function writeTemp(bytes: Uint8Array, ext: string): string {
  const file = path.join(dir, `f${++n}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}

export const pdfText = (file: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' });
export const pdfFonts = (file: string): string => execFileSync('pdffonts', [file], { encoding: 'utf8' });
export const pdfInfo = (file: string): string => execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });

/** §9.1 normalisation: no page numbers, no verification lines, no form feeds or whitespace. */
export function normalise(text: string): string {
  return text
    .replace(/—\s*\d+\s*—/g, '')
    .split('\n')
    .filter((l) => !/^(扫码核验|核验码：|核验网址：)/.test(l.trim()))
    .join('')
    .replace(/\s+/g, '');
}

/** Every text a block list prints, in order. */
export function blockTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title': out.push(...b.lines); break;
      case 'meta': out.push(b.left, b.right); break;
      case 'addressee': case 'para': case 'note': out.push(b.text); break;
      case 'heading': out.push(b.text + (b.runIn ?? '')); break;
      case 'attachmentList': out.push(...b.items); break;
      case 'cc': out.push(...b.organs); break;
      case 'table': for (const row of b.rows) for (const cell of row) out.push(...cell.text.split('\n')); break;
      case 'attachmentPage': out.push(b.label, b.title, ...blockTexts(b.blocks)); break;
      default: break;
    }
  }
  return out.map((t) => t.replace(/\s+/g, '')).filter((t) => t.length > 0);
}

/** Index after the last match when every text occurs in order; -1 with the first missing text otherwise. */
export function inOrder(haystack: string, texts: readonly string[]): { ok: true } | { ok: false; missing: string } {
  let at = 0;
  for (const t of texts) {
    const i = haystack.indexOf(t, at);
    if (i < 0) return { ok: false, missing: t };
    at = i + t.length;
  }
  return { ok: true };
}

export function docxPart(bytes: Uint8Array, name: string): string {
  const files = unzipSync(bytes);
  const part = files[name];
  if (!part) throw new Error(`no ${name} in the DOCX`);
  return strFromU8(part);
}
