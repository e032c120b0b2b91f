/**
 * Building pieces of the DOCX rendition (documents.md §8.3): runs with explicit East-Asian fonts, the head's mark
 * fitting, page furniture (first-page header with the verification block, page-number footers, the letter's
 * double rules) and form tables. docx.ts walks the block list and assembles the document from these.
 */
import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Footer,
  Header,
  HeightRule,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalAlignTable,
  VerticalPositionRelativeFrom,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { Cell, FontRole, RenderModel } from '../layout/blocks.ts';
import { DOCX_FAMILY, type FontSet } from '../layout/fonts.ts';
import { AREA_W, DOCX_PAGE, FORM, MM } from '../layout/geometry.ts';

export const LATIN = 'Times New Roman';
/** one 三号 character on the DOCX grid: 16 pt − 0.25 pt character spacing = 315 twips */
export const CHAR_TW = 315;
/** twips per mm (§1.1) */
export const TW_PER_MM = 56.6929;
/** EMU per pt and per mm (§1.1) */
export const EMU_PT = 12700;
export const EMU_MM = 36000;
/** docx takes image sizes in 96-dpi pixels and multiplies by 9525 (then rounds) */
const EMU_PX = 9525;
/** text width of the type area in twips (11906 − 1587 − 1474 = 8845) */
export const TEXT_TW = DOCX_PAGE.width - DOCX_PAGE.left - DOCX_PAGE.right;
export const RED = 'FF0000';

export interface RunStyle {
  /** size in pt (default 16) */
  size?: number;
  /** w:spacing in twentieths of a point; omitted → style default (−5) */
  spacing?: number;
  color?: string;
  scale?: number;
}

/** Run properties every run carries: explicit rFonts (role family + Times New Roman, hint eastAsia) and zh-CN. */
export function runProps(role: FontRole, s: RunStyle = {}): IRunOptions {
  return {
    font: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: DOCX_FAMILY[role], hint: 'eastAsia' },
    size: Math.round((s.size ?? 16) * 2),
    language: { value: 'en-US', eastAsia: 'zh-CN' },
    ...(s.spacing !== undefined ? { characterSpacing: s.spacing } : {}),
    ...(s.color ? { color: s.color } : {}),
    ...(s.scale !== undefined && s.scale !== 100 ? { scale: s.scale } : {}),
  };
}

/**
 * docx leaves out `characterSpacing: 0` (falsy), so a run that must override the style's −5 with natural spacing
 * (titles, mark, 署名, date, small text) is built with a placeholder and gets `w:spacing w:val="0"` in its place.
 */
class NaturalRun extends TextRun {
  constructor(opts: IRunOptions) {
    super({ ...opts, characterSpacing: 1 });
    const root = (this.properties as unknown as { root: unknown[] }).root;
    const i = root.findIndex((c) => (c as { rootKey?: string }).rootKey === 'w:spacing');
    if (i >= 0) root[i] = new BuilderElement({ name: 'w:spacing', attributes: { val: { key: 'w:val', value: 0 } } });
  }
}

/** A TextRun from run options, honouring an explicit characterSpacing of 0. */
export const textRun = (opts: IRunOptions): TextRun => (opts.characterSpacing === 0 ? new NaturalRun(opts) : new TextRun(opts));

export function run(role: FontRole, text: string, s: RunStyle = {}): TextRun {
  return textRun({ ...runProps(role, s), text });
}

/** A paragraph of one run (or an empty paragraph when text is ''). */
export function para(opts: Omit<IParagraphOptions, 'children'>, role: FontRole, text: string, s: RunStyle = {}): Paragraph {
  return new Paragraph({ ...opts, children: text ? [run(role, text, s)] : [] });
}

export const blank = (): Paragraph => new Paragraph({});

/** Exact line spacing in twips. */
export const exact = (line: number, extra: { before?: number; after?: number } = {}) => ({ line, lineRule: LineRuleType.EXACT, ...extra });

/**
 * Issuer-mark fitting of §2.2 (also used for letters, §2.3): a mark wider than the type area is condensed with
 * a horizontal scale of floor(100·W/width) %, never below 60 %; below that the size drops in half-point steps.
 */
export function fitMark(fonts: FontSet, text: string, sizePt: number): { size: number; scale: number } {
  let size = sizePt;
  for (;;) {
    const width = fonts.measure('xiaobiaosong', size, text);
    if (width <= AREA_W) return { size, scale: 100 };
    const scale = Math.floor((100 * AREA_W) / width);
    if (scale >= 60 || size <= 8) return { size, scale: Math.max(scale, 60) };
    size -= 0.5;
  }
}

/** The mark paragraph (red, centred, exact line height round(1.15·M·20)). */
export function markParagraph(model: RenderModel, fonts: FontSet, sizePt: number, opts: Omit<IParagraphOptions, 'children'>): Paragraph {
  const { size, scale } = fitMark(fonts, model.issuerMark, sizePt);
  return para(
    { alignment: AlignmentType.CENTER, ...opts, spacing: { ...exact(Math.round(1.15 * size * 20)), ...opts.spacing } },
    'xiaobiaosong',
    model.issuerMark,
    { size, spacing: 0, color: RED, scale },
  );
}

/** Floating image anchored at an EMU offset, on top of the text (§4.3, §5.4). */
export function floatingImage(
  data: Uint8Array,
  sizeEmu: number,
  x: { relative: 'page' | 'margin'; emu: number },
  y: { relative: 'page' | 'paragraph'; emu: number },
  name: string,
): ImageRun {
  const px = sizeEmu / EMU_PX;
  return new ImageRun({
    type: 'png',
    data,
    transformation: { width: px, height: px },
    altText: { name, description: name, title: name },
    run: runProps('fangsong'),
    floating: {
      horizontalPosition: {
        relative: x.relative === 'page' ? HorizontalPositionRelativeFrom.PAGE : HorizontalPositionRelativeFrom.MARGIN,
        offset: Math.round(x.emu),
      },
      verticalPosition: {
        relative: y.relative === 'page' ? VerticalPositionRelativeFrom.PAGE : VerticalPositionRelativeFrom.PARAGRAPH,
        offset: Math.round(y.emu),
      },
      wrap: { type: TextWrappingType.NONE },
      behindDocument: false,
      allowOverlap: true,
    },
  });
}

/** Verification block lines of §2.11/§8.3 in the first-page header (the QR image goes into the first line). */
function verificationLines(model: RenderModel, qrPng: Uint8Array | null): Paragraph[] {
  const base = { alignment: AlignmentType.RIGHT, indent: { right: 1020 }, spacing: exact(200) };
  const style: RunStyle = { size: 7.5, spacing: 0 };
  if (model.draft) return [para(base, 'fangsong', '草稿 未编号', { ...style, color: '808080' })];
  const v = model.verification;
  if (!v) return [];
  const qr = qrPng ? [floatingImage(qrPng, 16 * EMU_MM, { relative: 'page', emu: 6_048_000 }, { relative: 'page', emu: 432_000 }, 'QR')] : [];
  return [
    new Paragraph({ ...base, children: [run('fangsong', '扫码核验', style), ...qr] }),
    para(base, 'fangsong', `核验码：${v.display}`, style),
    para(base, 'fangsong', `核验网址：${v.host}/verify`, style),
  ];
}

/** Header twips between the top edge and the letter's mark: 30 mm (680 + 3 × 200 + 421, §2.3). */
const LETTER_MARK_TOP_TW = 1701;

/** First-page header: verification block (or the draft line), then for letters the mark with the upper double rule. */
export function firstHeader(model: RenderModel, fonts: FontSet, qrPng: Uint8Array | null, headerTw: number): Header {
  const lines = verificationLines(model, qrPng);
  const children = [...lines];
  if (model.family === 'letter') {
    const before = Math.max(0, LETTER_MARK_TOP_TW - headerTw - 200 * lines.length);
    const { size } = fitMark(fonts, model.issuerMark, model.head.markSizeLetterPt);
    children.push(
      markParagraph(model, fonts, model.head.markSizeLetterPt, {
        spacing: { before },
        indent: { left: -397, right: -397 },
        // 4 mm below the em box, which sits centred in the 1.15·M line: about 9 pt below the line box
        border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: RED, space: Math.max(0, Math.round(11.34 - 0.075 * size)) } },
      }),
    );
  }
  return new Header({ children: children.length ? children : [blank()] });
}

/** `— PAGE —` paragraph (§2.10); `lift` raises it by spacing-after when the footer distance is smaller. */
export function pageNumberParagraph(side: 'right' | 'left', lift = 0): Paragraph {
  return new Paragraph({
    alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'right' ? { right: 280 } : { left: 280 },
    spacing: exact(280, lift ? { after: lift } : {}),
    children: [textRun({ ...runProps('songti', { size: 14, spacing: 0 }), children: ['— ', PageNumber.CURRENT, ' —'] })],
  });
}

/** The letter's lower double rule (thin over thick) as the top border of an empty first-page footer paragraph. */
export function lowerRuleFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        spacing: exact(20),
        indent: { left: -397, right: -397 },
        border: { top: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: RED, space: 0 } },
      }),
    ],
  });
}

const mmToTw = (mm: number): number => Math.round(mm * TW_PER_MM);

/** Form table of §2.12: borders 1.0/0.5 pt, padding 2/1.5 mm, exact 22 pt lines of 14 pt text. */
export function formTable(columnsMm: number[], rows: Cell[][]): Table {
  const widths = columnsMm.map(mmToTw);
  const outer = { style: BorderStyle.SINGLE, size: FORM.outer * 8, color: '000000' };
  const inner = { style: BorderStyle.SINGLE, size: FORM.inner * 8, color: '000000' };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: outer, bottom: outer, left: outer, right: outer, insideHorizontal: inner, insideVertical: inner },
    margins: { left: 113, right: 113, top: 85, bottom: 85 },
    rows: rows.map((cells) => {
      let col = 0;
      return new TableRow({
        height: { value: Math.round(FORM.minRow * 20), rule: HeightRule.ATLEAST },
        children: cells.map((c) => {
          const span = Math.max(1, c.span ?? 1);
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          const role: FontRole = c.label ? 'heiti' : 'fangsong';
          const align = c.label ? AlignmentType.CENTER : AlignmentType.LEFT;
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            ...(c.label ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
            children: c.text.split('\n').map((t) => para({ alignment: align, spacing: exact(FORM.linePitch * 20) }, role, t, { size: 14, spacing: 0 })),
          });
        }),
      });
    }),
  });
}

/** Width in twips of a text in a role and size as the PDF measures it. */
export const widthTw = (fonts: FontSet, role: FontRole, size: number, text: string): number => fonts.measure(role, size, text) * 20;

/** mm → pt (for seal geometry shared with the PDF). */
export const mmToPt = (mm: number): number => mm * MM;
