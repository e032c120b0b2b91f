/**
 * Font faces by role (documents.md §1.5). Faces are read once into Buffers at start-up and opened with fontkit;
 * per document, pdfkit registers the same Buffers (cheap). Defaults are the OFL Noto faces shipped as npm
 * packages; a deployment may configure licensed GB faces per role. A configured face that is missing, a web font,
 * or lacks a character of the fixed wording refuses start-up; a character missing from a configured face is drawn
 * with the role's default Noto face, and a character missing from both makes issuing fail (no tofu).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { FontRole } from './blocks.ts';

const require = createRequire(import.meta.url);

const DEFAULT_FILES = {
  serifRegular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  serifBold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  sansRegular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
} as const;

export const FONT_ROLES: readonly FontRole[] = ['fangsong', 'xiaobiaosong', 'heiti', 'kaiti', 'songti'];

/** DOCX East-Asian family per role (§1.5, §8.3). */
export const DOCX_FAMILY: Record<FontRole, string> = {
  fangsong: '仿宋_GB2312',
  xiaobiaosong: '方正小标宋简体',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
};

export interface LoadedFace {
  /** the name pdfkit registers the face under, unique per file */
  key: string;
  buffer: Buffer;
  font: fontkit.Font;
  sha256: string;
  /** em-box ascent ratio a = sTypoAscender / (sTypoAscender − sTypoDescender) */
  ascent: number;
  /** for a TrueType/OpenType collection, the PostScript name inside it */
  postscriptName?: string;
}

export interface FontPaths {
  fangsong?: string;
  xiaobiaosong?: string;
  heiti?: string;
  kaiti?: string;
}

export interface FontSet {
  /** the face of a role (configured, else default) */
  face(role: FontRole): LoadedFace;
  /** the face that draws one character of a role: the role's face, or its default Noto face as fallback */
  faceFor(role: FontRole, char: string): LoadedFace;
  /** every distinct face, for registering with pdfkit */
  faces(): LoadedFace[];
  /** advance width in pt of a text set in a role at a size, as pdfkit measures it */
  measure(role: FontRole, size: number, text: string): number;
  /** characters of the text that no face of the role can draw */
  missingChars(role: FontRole, text: string): string[];
  /** sha256 of each face file, for the document snapshot */
  hashes(): Record<string, string>;
}

export class FontError extends Error {}

function openFace(key: string, buffer: Buffer, postscriptName?: string): LoadedFace {
  const magic = buffer.subarray(0, 4).toString('latin1');
  if (magic === 'wOFF' || magic === 'wOF2') throw new FontError(`${key}: web fonts (WOFF/WOFF2) are not accepted; use a TTF/OTF file`);
  let font: fontkit.Font;
  try {
    font = fontkit.create(buffer, postscriptName);
  } catch (e) {
    throw new FontError(`${key}: not a readable TTF/OTF font (${(e as Error).message})`);
  }
  const os2 = font['OS/2'];
  const ascent = os2 && os2.typoAscender > 0 ? os2.typoAscender / (os2.typoAscender - os2.typoDescender) : 0.88;
  return { key, buffer, font, sha256: createHash('sha256').update(buffer).digest('hex'), ascent, ...(postscriptName ? { postscriptName } : {}) };
}

function readConfigured(role: string, spec: string): LoadedFace {
  const [path, psName] = spec.split('#') as [string, string | undefined];
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch {
    throw new FontError(`DOC_FONT_${role.toUpperCase()}: cannot read ${path}`);
  }
  return openFace(`configured-${role}`, buffer, psName);
}

/**
 * Load every face once. `probe` is the fixed wording of all templates plus digits and punctuation: a configured
 * face must cover it completely.
 */
export function loadFontSet(paths: FontPaths = {}, probe = ''): FontSet {
  const serif = openFace('NotoSerifSC-Regular', readFileSync(require.resolve(DEFAULT_FILES.serifRegular)));
  const serifBold = openFace('NotoSerifSC-Bold', readFileSync(require.resolve(DEFAULT_FILES.serifBold)));
  const sans = openFace('NotoSansSC-Regular', readFileSync(require.resolve(DEFAULT_FILES.sansRegular)));
  const defaults: Record<FontRole, LoadedFace> = { fangsong: serif, xiaobiaosong: serifBold, heiti: sans, kaiti: serif, songti: serif };
  const chosen: Record<FontRole, LoadedFace> = { ...defaults };
  for (const role of ['fangsong', 'xiaobiaosong', 'heiti', 'kaiti'] as const) {
    const spec = paths[role];
    if (!spec) continue;
    const face = readConfigured(role, spec);
    const missing = [...new Set([...probe])].filter((c) => c.trim() && !face.font.hasGlyphForCodePoint(c.codePointAt(0)!));
    if (missing.length > 0) throw new FontError(`DOC_FONT_${role.toUpperCase()}: the font lacks characters of the fixed wording: ${missing.slice(0, 40).join('')}`);
    chosen[role] = face;
  }
  if (paths.fangsong && !paths.kaiti) chosen.kaiti = chosen.fangsong;
  if (paths.fangsong) chosen.songti = chosen.fangsong;

  const widthCache = new Map<string, number>();
  const set: FontSet = {
    face: (role) => chosen[role],
    faceFor(role, char) {
      const face = chosen[role];
      if (face === defaults[role] || face.font.hasGlyphForCodePoint(char.codePointAt(0)!)) return face;
      return defaults[role];
    },
    faces: () => [...new Set(Object.values(chosen).concat(Object.values(defaults)))],
    measure(role, size, text) {
      const key = `${role}\u0000${text}`;
      let units = widthCache.get(key);
      if (units === undefined) {
        units = 0;
        // split into runs per face (fallback faces for characters a configured face lacks)
        let run = '';
        let runFace: LoadedFace | null = null;
        const flush = () => {
          if (run && runFace) units! += (runFace.font.layout(run).advanceWidth / runFace.font.unitsPerEm) * 1000;
          run = '';
        };
        const chars = [...text];
        if (chars.length === 1) {
          // fast path: one character's width is its glyph's advance (fontkit's layout() costs ~0.6 ms per new string)
          const f = set.faceFor(role, text);
          units = (f.font.glyphForCodePoint(text.codePointAt(0)!).advanceWidth / f.font.unitsPerEm) * 1000;
          widthCache.set(key, units);
          return (units * size) / 1000;
        }
        for (const ch of chars) {
          const f = set.faceFor(role, ch);
          if (f !== runFace) {
            flush();
            runFace = f;
          }
          run += ch;
        }
        flush();
        if (widthCache.size > 50_000) widthCache.clear();
        widthCache.set(key, units);
      }
      return (units * size) / 1000;
    },
    missingChars(role, text) {
      const out = new Set<string>();
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x20 || ch === '\u3000' || ch === ' ') continue;
        if (!chosen[role].font.hasGlyphForCodePoint(cp) && !defaults[role].font.hasGlyphForCodePoint(cp)) out.add(ch);
      }
      return [...out];
    },
    hashes: () => Object.fromEntries(FONT_ROLES.map((r) => [r, chosen[r].sha256])),
  };
  return set;
}
