/**
 * Blocks → placeable items (documents.md §2.4–§2.9, §2.12, §2.13). An item has a height in pt (grid lines are
 * one line pitch each) and a draw function that receives the item's top. Pagination (pdfPaginate.ts) decides
 * the pages; keep-together rules are expressed as item flags.
 */
import type PDFDocument from 'pdfkit';
import type { Block, Cell, RenderModel } from '../layout/blocks.ts';
import type { FontSet } from '../layout/fonts.ts';
import { AREA, AREA_W, BODY_PT, FORM, GRID_GAP, LINE, MM, PITCH, SIGNATURE, SMALL_PT, TITLE_PT, baselineIn } from '../layout/geometry.ts';
import { breakParagraph, tokenize, type Line } from '../layout/lineBreak.ts';
import { drawLine, drawPlain, plainWidth, type StyledUnit, type TextStyle } from './pdfText.ts';

type Doc = InstanceType<typeof PDFDocument>;

export interface PageInfo {
  number: number;
}

export interface Item {
  height: number;
  draw(doc: Doc, top: number, page: PageInfo): void;
  /** body lines may be pulled onto the next page together with a signature block */
  body?: boolean;
  /** this many following items must share the page (titles: 2, headings: 1) */
  keepWithNext?: number;
  /** the last n body items before it must share its page (signature: 2) */
  keepWithPrevBody?: number;
  /** start a new page before this item (attachment pages) */
  newPage?: boolean;
  /** split a table row so that its first part fits in `available` pt; null when no line fits */
  split?: (available: number) => [Item, Item] | null;
  /** 抄送/版记: placed at the bottom of the last page's type area */
  atBottom?: boolean;
}

export interface ItemEnv {
  doc: Doc;
  fonts: FontSet;
  model: RenderModel;
  /** seal centre, filled in when the signature is drawn */
  seal: { cx: number; cy: number; page: number } | null;
}

const BODY: TextStyle = { role: 'fangsong', size: BODY_PT };
const blankItem = (): Item => ({ height: LINE, draw: () => undefined });

/** Break a paragraph into grid-line items. */
function paragraphItems(env: ItemEnv, units: StyledUnit[], opts: { firstIndent: number; hang?: number; justify: boolean; style?: TextStyle; body?: boolean }): Item[] {
  const style = opts.style ?? BODY;
  const hang = opts.hang ?? 0;
  const lines = breakParagraph(units, { width: AREA_W - hang, firstIndent: opts.firstIndent - hang, size: style.size, gridGap: GRID_GAP, justify: opts.justify });
  const ascent = env.fonts.face(style.role).ascent;
  return lines.map((line: Line) => ({
    height: LINE,
    body: opts.body ?? true,
    draw: (doc, top) => drawLine(doc, env.fonts, line, AREA.x0 + hang, baselineIn(top, style.size, ascent), style),
  }));
}

const unitsOf = (env: ItemEnv, text: string, style: TextStyle): StyledUnit[] =>
  tokenize(text, (s) => env.fonts.measure(style.role, style.size, s), style.size).map((u) => (style === BODY ? u : { ...u, style }));

/** A centred line in natural spacing (titles). */
function centredItem(env: ItemEnv, text: string, style: TextStyle): Item {
  const width = plainWidth(env.fonts, text, style);
  if (width > AREA_W + 0.01) throw new Error(`title line wider than the type area: ${text}`);
  const ascent = env.fonts.face(style.role).ascent;
  return { height: LINE, draw: (doc, top) => drawPlain(doc, env.fonts, text, AREA.x0 + (AREA_W - width) / 2, baselineIn(top, style.size, ascent), style) };
}

function titleItems(env: ItemEnv, lines: string[]): Item[] {
  const style: TextStyle = { role: 'xiaobiaosong', size: TITLE_PT };
  const items = lines.map((l) => centredItem(env, l, style));
  items[0]!.keepWithNext = lines.length + 1;
  return [...items, blankItem()];
}

function headingItems(env: ItemEnv, block: Extract<Block, { kind: 'heading' }>): Item[] {
  const role = block.level === 1 ? 'heiti' : block.level === 2 ? 'kaiti' : 'fangsong';
  const style: TextStyle = { role, size: BODY_PT };
  const units = [...unitsOf(env, block.text, style), ...(block.runIn ? unitsOf(env, block.runIn, BODY) : [])];
  const items = paragraphItems(env, units, { firstIndent: 2 * PITCH, justify: true });
  if (!block.runIn && items[0]) items[0].keepWithNext = 1;
  return items;
}

/** 附件说明 (§2.7): one blank line, then 附件：1.… with later items and wrapped lines aligned after the number. */
function attachmentListItems(env: ItemEnv, items: string[]): Item[] {
  const out: Item[] = [blankItem()];
  const label = '附件：';
  const labelW = env.fonts.measure('fangsong', BODY_PT, label);
  items.forEach((name, i) => {
    const num = items.length > 1 ? `${i + 1}.` : '';
    const numW = env.fonts.measure('fangsong', BODY_PT, num);
    const text = (i === 0 ? label : '') + num + name;
    const start = i === 0 ? 2 * PITCH : 2 * PITCH + labelW;
    out.push(...paragraphItems(env, unitsOf(env, text, BODY), { firstIndent: start, hang: 2 * PITCH + labelW + numW, justify: false }));
  });
  return out;
}

/** 署名 + 成文日期 with the seal geometry of §2.8; the note (附注) follows below the seal. */
function signatureItems(env: ItemEnv): Item[] {
  const { model, fonts } = env;
  const sealed = model.family !== 'form';
  const name = model.agencyName;
  const date = model.dateText;
  const nameW = plainWidth(fonts, name, BODY);
  const dateW = plainWidth(fonts, date, BODY);
  const ascent = fonts.face('fangsong').ascent;
  let nameX: number;
  let dateX: number;
  if (sealed) {
    dateX = SIGNATURE.dateRight - dateW;
    const centre = SIGNATURE.dateRight - dateW / 2;
    nameX = Math.min(centre - nameW / 2, AREA.x1 - nameW);
  } else {
    const right = AREA.x1 - 2 * PITCH;
    nameX = right - nameW;
    dateX = nameX + 2 * PITCH;
    if (dateX + dateW > right) {
      dateX = right - dateW;
      nameX = dateX - 2 * PITCH;
    }
  }
  const D = model.seal.diameterMm * MM;
  // lines: blank(s), 署名 (S), date (S+1), and the seal's lower part down to cy + D/2
  const blanks = sealed ? 2 : 1;
  const belowS = sealed ? Math.ceil((LINE / 2 + D / 2) / LINE - 1e-6) : 2;
  const height = (blanks + Math.max(2, belowS)) * LINE;
  return [
    {
      height,
      keepWithPrevBody: 2,
      draw: (doc, top, page) => {
        const sTop = top + blanks * LINE;
        drawPlain(doc, fonts, name, nameX, baselineIn(sTop, BODY_PT, ascent), BODY);
        drawPlain(doc, fonts, date, dateX, baselineIn(sTop + LINE, BODY_PT, ascent), BODY);
        if (sealed) env.seal = { cx: SIGNATURE.dateRight - dateW / 2, cy: sTop + LINE / 2, page: page.number };
      },
    },
  ];
}

/** 抄送 at the bottom of the last page (§2.9): 14 pt, indented one character each side; rules in 文件格式. */
function ccItem(env: ItemEnv, organs: string[]): Item {
  const style: TextStyle = { role: 'fangsong', size: SMALL_PT };
  const text = `抄送：${organs.join('，')}。`;
  const labelW = env.fonts.measure('fangsong', SMALL_PT, '抄送：');
  const units = unitsOf(env, text, style);
  const lines = breakParagraph(units, { width: AREA_W - 2 * SMALL_PT - labelW, firstIndent: -labelW, size: SMALL_PT, gridGap: 0, justify: false });
  const file = env.model.family === 'file';
  const pad = file ? 4 : 0;
  const height = lines.length * LINE + 2 * pad;
  const ascent = env.fonts.face('fangsong').ascent;
  return {
    height,
    atBottom: true,
    draw: (doc, top) => {
      if (file) {
        doc.rect(AREA.x0, top, AREA_W, 1.0).fill('#000000');
        doc.rect(AREA.x0, top + height - 1.0, AREA_W, 1.0).fill('#000000');
      }
      lines.forEach((line, i) => drawLine(doc, env.fonts, line, AREA.x0 + SMALL_PT + labelW, baselineIn(top + pad + i * LINE, SMALL_PT, ascent), style));
    },
  };
}

// ---- tables (表格式, §2.12) ----

interface CellLayout {
  cell: Cell;
  x: number;
  width: number;
  lines: Line[];
}

function cellLines(env: ItemEnv, cell: Cell, width: number): Line[] {
  const style: TextStyle = { role: cell.label ? 'heiti' : 'fangsong', size: SMALL_PT };
  const inner = width - 2 * FORM.cellPadX;
  const out: Line[] = [];
  for (const para of cell.text.split('\n')) {
    const units = tokenize(para, (s) => env.fonts.measure(style.role, SMALL_PT, s), SMALL_PT);
    out.push(...breakParagraph(units, { width: inner, firstIndent: 0, size: SMALL_PT, gridGap: 0, justify: false }));
  }
  return out;
}

function rowItem(env: ItemEnv, cells: CellLayout[]): Item {
  const lineCount = Math.max(1, ...cells.map((c) => c.lines.length));
  const height = Math.max(FORM.minRow, lineCount * FORM.linePitch + 2 * FORM.cellPadY);
  const item: Item = {
    height,
    draw: (doc, top) => {
      for (const c of cells) {
        doc.lineWidth(FORM.inner).strokeColor('#000000').rect(c.x, top, c.width, height).stroke();
        const style: TextStyle = { role: c.cell.label ? 'heiti' : 'fangsong', size: SMALL_PT };
        const ascent = env.fonts.face(style.role).ascent;
        const textH = c.lines.length * FORM.linePitch;
        const y0 = c.cell.label ? top + (height - textH) / 2 : top + FORM.cellPadY;
        c.lines.forEach((line, i) => {
          const w = line.naturalWidth;
          const x = c.cell.label ? c.x + (c.width - w) / 2 - line.indent : c.x + FORM.cellPadX;
          drawLine(doc, env.fonts, line, x, baselineIn(y0 + i * FORM.linePitch, SMALL_PT, ascent, FORM.linePitch), style);
        });
      }
      // outer border of the table: the rows' outer edges at 1.0 pt
      const left = cells[0]!.x;
      const right = cells[cells.length - 1]!.x + cells[cells.length - 1]!.width;
      doc.lineWidth(FORM.outer).moveTo(left, top).lineTo(left, top + height).moveTo(right, top).lineTo(right, top + height).stroke();
    },
    split: (available) => {
      const fit = Math.floor((available - 2 * FORM.cellPadY) / FORM.linePitch);
      const valueLines = Math.max(0, ...cells.filter((c) => !c.cell.label).map((c) => c.lines.length));
      if (fit < 1 || fit >= valueLines) return null;
      const first = cells.map((c) => ({ ...c, lines: c.cell.label ? c.lines : c.lines.slice(0, fit) }));
      const rest = cells.map((c) => {
        if (!c.cell.label) return { ...c, lines: c.lines.slice(fit) };
        const cell = { ...c.cell, text: `${c.cell.text.replace(/（续）$/, '')}（续）` };
        return { ...c, cell, lines: cellLines(env, cell, c.width) };
      });
      return [rowItem(env, first), rowItem(env, rest)];
    },
  };
  return item;
}

function tableItems(env: ItemEnv, block: Extract<Block, { kind: 'table' }>): Item[] {
  const totalMm = block.columnsMm.reduce((a, b) => a + b, 0);
  const widths = block.columnsMm.map((mm) => (mm / totalMm) * AREA_W);
  const items = block.rows.map((row) => {
    let col = 0;
    const cells: CellLayout[] = row.map((cell) => {
      const span = cell.span ?? 1;
      const x = AREA.x0 + widths.slice(0, col).reduce((a, b) => a + b, 0);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return { cell, x, width, lines: cellLines(env, cell, width) };
    });
    return rowItem(env, cells);
  });
  // top and bottom rules of the table at the outer width
  const first = items[0];
  const last = items[items.length - 1];
  if (first) {
    const draw = first.draw;
    first.draw = (doc, top, page) => {
      draw(doc, top, page);
      doc.lineWidth(FORM.outer).moveTo(AREA.x0, top).lineTo(AREA.x1, top).stroke();
    };
  }
  if (last) {
    const draw = last.draw;
    last.draw = (doc, top, page) => {
      draw(doc, top, page);
      doc.lineWidth(FORM.outer).moveTo(AREA.x0, top + last.height).lineTo(AREA.x1, top + last.height).stroke();
    };
  }
  return items;
}

function metaItem(env: ItemEnv, left: string, right: string): Item {
  const style: TextStyle = { role: 'fangsong', size: SMALL_PT };
  const ascent = env.fonts.face('fangsong').ascent;
  return {
    height: LINE,
    draw: (doc, top) => {
      const b = baselineIn(top, SMALL_PT, ascent);
      drawPlain(doc, env.fonts, left, AREA.x0, b, style);
      drawPlain(doc, env.fonts, right, AREA.x1 - plainWidth(env.fonts, right, style), b, style);
    },
  };
}

/** Items of one block list. */
export function itemsOf(env: ItemEnv, blocks: readonly Block[]): Item[] {
  const out: Item[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'head':
        break;
      case 'title':
        out.push(...titleItems(env, block.lines));
        break;
      case 'meta':
        out.push(metaItem(env, block.left, block.right));
        break;
      case 'addressee':
        out.push(...paragraphItems(env, unitsOf(env, block.text, BODY), { firstIndent: 0, justify: true }));
        break;
      case 'para':
        out.push(...paragraphItems(env, unitsOf(env, block.text, BODY), { firstIndent: block.indent === 'first2' ? 2 * PITCH : 0, justify: true }));
        break;
      case 'blank':
        out.push(blankItem());
        break;
      case 'heading':
        out.push(...headingItems(env, block));
        break;
      case 'attachmentList':
        out.push(...attachmentListItems(env, block.items));
        break;
      case 'signature':
        out.push(...signatureItems(env));
        break;
      case 'note':
        out.push(...paragraphItems(env, unitsOf(env, block.text, BODY), { firstIndent: 2 * PITCH, justify: true, body: false }));
        break;
      case 'cc':
        out.push(ccItem(env, block.organs));
        break;
      case 'table':
        out.push(...tableItems(env, block));
        break;
      case 'attachmentPage': {
        const labelStyle: TextStyle = { role: 'heiti', size: BODY_PT };
        const ascent = env.fonts.face('heiti').ascent;
        out.push({
          height: LINE,
          newPage: true,
          keepWithNext: 3,
          draw: (doc, top) => drawPlain(doc, env.fonts, block.label, AREA.x0, baselineIn(top, BODY_PT, ascent), labelStyle),
        });
        out.push(blankItem());
        out.push(...titleItems(env, [block.title]));
        out.push(...itemsOf(env, block.blocks));
        break;
      }
    }
  }
  return out;
}
