/** The small part of fontkit's API the document module uses (fontkit ships no type declarations). */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: { toSVG(): string };
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    advanceWidth: number;
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    'OS/2': { typoAscender: number; typoDescender: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
    type: string;
  }
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font;
}
