/**
 * Drawing Chinese text with pdfkit at explicit coordinates (documents.md §3.4, §3.5, §3.7): one text() call per
 * run of single characters sharing a face, ASCII runs and two-em dashes alone, spaces only advancing the pen.
 * Every call uses lineBreak: false and the alphabetic baseline, so pdfkit never wraps or adds pages.
 */
import type PDFDocument from 'pdfkit';
import type { FontRole } from '../layout/blocks.ts';
import type { FontSet } from '../layout/fonts.ts';
import type { Line, Unit } from '../layout/lineBreak.ts';

type Doc = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  role: FontRole;
  size: number;
  color?: string;
}

/** A unit with the style it is set in (a run-in heading mixes two roles on one line). */
export type StyledUnit = Unit & { style?: TextStyle };

const FWID = ['fwid'] as const;

function put(doc: Doc, fonts: FontSet, text: string, role: FontRole, size: number, color: string, x: number, baseline: number, spacing: number, features?: readonly string[], char?: string): void {
  const face = char ? fonts.faceFor(role, char) : fonts.face(role);
  doc.font(face.key).fontSize(size).fillColor(color);
  const opts: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing };
  if (features) (opts as { features?: string[] }).features = [...features];
  doc.text(text, x, baseline, opts);
}

/** Draw one broken line; `x` is the left edge of the text column, the line's indent is added here. */
export function drawLine(doc: Doc, fonts: FontSet, line: Line, x: number, baseline: number, base: TextStyle): void {
  let pen = x + line.indent;
  const g = line.gap;
  let seg = '';
  let segWidth = 0;
  let segCount = 0;
  let segFace = '';
  let segStyle: TextStyle = base;
  let segX = pen;
  const flush = () => {
    if (segCount > 0) {
      put(doc, fonts, seg, segStyle.role, segStyle.size, segStyle.color ?? '#000000', segX, baseline, g, undefined, [...seg][0]);
      pen = segX + segWidth + g * segCount;
    }
    seg = '';
    segWidth = 0;
    segCount = 0;
  };
  for (const unit of line.units as StyledUnit[]) {
    const style = unit.style ?? base;
    if (unit.kind === 'char') {
      const face = fonts.faceFor(style.role, unit.text).key;
      if (segCount > 0 && (face !== segFace || style !== segStyle)) flush();
      if (segCount === 0) {
        segX = pen;
        segFace = face;
        segStyle = style;
      }
      seg += unit.text;
      segWidth += unit.width;
      segCount += 1;
      continue;
    }
    flush();
    if (unit.kind === 'space') {
      pen += unit.width + g;
    } else if (unit.kind === 'twoEm') {
      put(doc, fonts, unit.text, style.role, style.size, style.color ?? '#000000', pen, baseline, 0, FWID);
      pen += unit.width + g;
    } else {
      put(doc, fonts, unit.text, style.role, style.size, style.color ?? '#000000', pen, baseline, 0, undefined, unit.text[0]);
      pen += unit.width + g;
    }
  }
  flush();
}

/** Natural-spacing text (titles, the mark, the number, 署名, date): split only where the face changes. */
export function drawPlain(doc: Doc, fonts: FontSet, text: string, x: number, baseline: number, style: TextStyle, extra: { horizontalScaling?: number } = {}): void {
  let run = '';
  let runFace = '';
  let pen = x;
  const scale = (extra.horizontalScaling ?? 100) / 100;
  const flush = () => {
    if (!run) return;
    const face = fonts.faceFor(style.role, [...run][0]!);
    doc.font(face.key).fontSize(style.size).fillColor(style.color ?? '#000000');
    const opts: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };
    if (extra.horizontalScaling && extra.horizontalScaling !== 100) (opts as { horizontalScaling?: number }).horizontalScaling = extra.horizontalScaling;
    doc.text(run, pen, baseline, opts);
    pen += fonts.measure(style.role, style.size, run) * scale;
    run = '';
  };
  for (const ch of text) {
    const face = fonts.faceFor(style.role, ch).key;
    if (run && face !== runFace) flush();
    runFace = face;
    run += ch;
  }
  flush();
}

/** Width of a plain text as drawPlain sets it. */
export const plainWidth = (fonts: FontSet, text: string, style: TextStyle): number => fonts.measure(style.role, style.size, text);
