/**
 * The numbers of GB/T 9704-2012 as documents.md §1–§2 turns them into points (pdfkit: origin top-left, y down)
 * and twips (DOCX). Every renderer reads its geometry from here; nothing else hard-codes a position.
 */
export const MM = 72 / 25.4; // 2.834646 pt

export const PAGE = { width: 595.28, height: 841.89 } as const;

/** Type area (版心) 156 × 225 mm. */
export const AREA = { x0: 79.37, x1: 521.57, y0: 104.88, y1: 742.68 } as const;
export const AREA_W = AREA.x1 - AREA.x0; // 442.20
export const AREA_H = AREA.y1 - AREA.y0; // 637.80

/** Body size (三号), line pitch and the 28-column grid (§1.3). */
export const BODY_PT = 16;
export const TITLE_PT = 22;
export const SMALL_PT = 14; // 四号: page numbers, 抄送, form tables
export const VERIFY_PT = 7.5; // 六号
export const LINE = 28.95;
export const LINES_PER_PAGE = 22;
export const COLUMNS = 28;
/** column pitch p = (W − s) / 27 */
export const PITCH = (AREA_W - BODY_PT) / (COLUMNS - 1); // 15.785
/** grid spacing g₀ = p − s */
export const GRID_GAP = PITCH - BODY_PT; // −0.215
/** squeeze limit g_min = −0.08·s */
export const SQUEEZE_RATIO = 0.08;

/** em-box ascent ratio of Noto Serif/Sans SC (sTypoAscender 880 / 1000) */
export const NOTO_ASCENT = 0.88;

/** baseline of a glyph of size s centred in a grid line whose top is T (§1.3) */
export const baselineIn = (top: number, size: number, ascent = NOTO_ASCENT, pitch = LINE): number => top + (pitch - size) / 2 + ascent * size;

/** 文件格式 head (§2.2) */
export const FILE_HEAD = { markTopOffset: 99.21, blankLinesAfterMark: 2, separatorGapBelowNumber: 4 * MM } as const;
/** 信函格式 head (§2.3) */
export const LETTER_HEAD = {
  markTop: 30 * MM, // 85.04
  ruleGap: 4 * MM, // 11.34 below the mark
  ruleX0: 59.53,
  ruleX1: 541.42,
  thick: 1.5,
  gap: 0.75,
  thin: 0.75,
  numberGap: 14, // 7/8 of a 三号 character below the thin rule
  lowerRuleBottom: 785.2, // bottom edge of the lower thick rule, 20 mm above the page edge
} as const;

/** Page numbers (§2.10): em-box top 7 mm below the type area. */
export const PAGE_NUMBER = { emTop: 762.52, baseline: 774.84, oddRight: 507.57, evenLeft: 93.37 } as const;

/** Verification block (§2.11) */
export const QR = { size: 16 * MM, right: AREA.x1, top: 12 * MM, textGap: 2 * MM } as const;

/** Signature (§2.8): date right edge 4 characters in from x1; seal default 42 mm. */
export const SIGNATURE = { dateRight: AREA.x1 - 4 * PITCH, defaultSealMm: 42 } as const;

/** Forms (§2.12) */
export const FORM = { cellPadX: 2 * MM, cellPadY: 1.5 * MM, linePitch: 22, minRow: 10 * MM, outer: 1.0, inner: 0.5 } as const;

/** DOCX page (§1.2, §8.3), in twips */
export const DOCX_PAGE = { width: 11906, height: 16838, top: 2098, right: 1474, bottom: 1984, left: 1587, header: 680, footer: 1350, linePitch: 579 } as const;
