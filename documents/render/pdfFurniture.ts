/**
 * Page furniture of the PDF (documents.md §2.2, §2.3, §2.10, §2.11, §4.2, §5.8): the issuer mark and red rules,
 * the verification block with its vector QR code, page numbers, the seal image or its placeholder, the draft
 * watermark. Positions come from layout/geometry.ts.
 */
import QRCode from 'qrcode';
import type PDFDocument from 'pdfkit';
import type { RenderModel } from '../layout/blocks.ts';
import type { FontSet } from '../layout/fonts.ts';
import { AREA, AREA_W, BODY_PT, FILE_HEAD, LETTER_HEAD, LINE, PAGE_NUMBER, QR, SMALL_PT, VERIFY_PT, baselineIn } from '../layout/geometry.ts';
import { drawPlain, plainWidth } from './pdfText.ts';

type Doc = InstanceType<typeof PDFDocument>;
const RED = '#FF0000';

/** Fit the issuer mark into the type area: horizontal scaling down to 60 %, then a smaller size (§2.2). */
export function fitMark(fonts: FontSet, text: string, size: number): { size: number; scaling: number; width: number } {
  let m = size;
  for (;;) {
    const width = plainWidth(fonts, text, { role: 'xiaobiaosong', size: m });
    if (width <= AREA_W) return { size: m, scaling: 100, width };
    const scaling = Math.floor((100 * AREA_W) / width);
    if (scaling >= 60) return { size: m, scaling, width: (width * scaling) / 100 };
    m -= 0.5;
  }
}

/** Positions of the head on page 1, from the fitted mark size (§2.2, §2.3); `firstTop` is the title line's top. */
export interface HeadGeometry {
  markTop: number;
  mark: { size: number; scaling: number; width: number };
  numberTop: number;
  /** 文件格式: centre of the red separator; 信函格式: top of the thick rule */
  ruleY: number;
  firstTop: number;
}

export function headGeometry(fonts: FontSet, model: RenderModel): HeadGeometry {
  if (model.family === 'file') {
    const markTop = AREA.y0 + FILE_HEAD.markTopOffset;
    const mark = fitMark(fonts, model.issuerMark, model.head.markSizeFilePt);
    const numberTop = markTop + mark.size + FILE_HEAD.blankLinesAfterMark * LINE;
    const ruleY = numberTop + (LINE - BODY_PT) / 2 + BODY_PT + FILE_HEAD.separatorGapBelowNumber;
    return { markTop, mark, numberTop, ruleY, firstTop: ruleY + 2 * LINE };
  }
  if (model.family === 'letter') {
    const markTop = LETTER_HEAD.markTop;
    const mark = fitMark(fonts, model.issuerMark, model.head.markSizeLetterPt);
    const ruleY = markTop + mark.size + LETTER_HEAD.ruleGap;
    const numberEmTop = ruleY + LETTER_HEAD.thick + LETTER_HEAD.gap + LETTER_HEAD.thin + LETTER_HEAD.numberGap;
    const numberTop = numberEmTop - (LINE - BODY_PT) / 2;
    return { markTop, mark, numberTop, ruleY, firstTop: numberTop + 3 * LINE };
  }
  return { markTop: 0, mark: { size: 0, scaling: 100, width: 0 }, numberTop: 0, ruleY: 0, firstTop: AREA.y0 };
}

function drawMark(doc: Doc, fonts: FontSet, text: string, g: HeadGeometry): void {
  const x = AREA.x0 + (AREA_W - g.mark.width) / 2;
  const baseline = g.markTop + fonts.face('xiaobiaosong').ascent * g.mark.size;
  drawPlain(doc, fonts, text, x, baseline, { role: 'xiaobiaosong', size: g.mark.size, color: RED }, { horizontalScaling: g.mark.scaling });
}

/** 文件格式 head: red mark, number centred, red separator. */
export function drawFileHead(doc: Doc, fonts: FontSet, model: RenderModel): void {
  const g = headGeometry(fonts, model);
  drawMark(doc, fonts, model.issuerMark, g);
  const style = { role: 'fangsong' as const, size: BODY_PT };
  const w = plainWidth(fonts, model.number, style);
  drawPlain(doc, fonts, model.number, AREA.x0 + (AREA_W - w) / 2, baselineIn(g.numberTop, BODY_PT, fonts.face('fangsong').ascent), style);
  const t = model.head.separatorPt;
  doc.rect(AREA.x0, g.ruleY - t / 2, AREA_W, t).fill(RED);
}

/** 信函格式 head: red mark, thick-over-thin double rule, number flush right. */
export function drawLetterHead(doc: Doc, fonts: FontSet, model: RenderModel): void {
  const g = headGeometry(fonts, model);
  drawMark(doc, fonts, model.issuerMark, g);
  const width = LETTER_HEAD.ruleX1 - LETTER_HEAD.ruleX0;
  doc.rect(LETTER_HEAD.ruleX0, g.ruleY, width, LETTER_HEAD.thick).fill(RED);
  doc.rect(LETTER_HEAD.ruleX0, g.ruleY + LETTER_HEAD.thick + LETTER_HEAD.gap, width, LETTER_HEAD.thin).fill(RED);
  const style = { role: 'fangsong' as const, size: BODY_PT };
  const w = plainWidth(fonts, model.number, style);
  drawPlain(doc, fonts, model.number, AREA.x1 - w, baselineIn(g.numberTop, BODY_PT, fonts.face('fangsong').ascent), style);
}

/** The lower double rule of a letter's first page: thin above, thick below, 20 mm above the bottom edge. */
export function drawLetterFoot(doc: Doc): void {
  const width = LETTER_HEAD.ruleX1 - LETTER_HEAD.ruleX0;
  const thickTop = LETTER_HEAD.lowerRuleBottom - LETTER_HEAD.thick;
  doc.rect(LETTER_HEAD.ruleX0, thickTop, width, LETTER_HEAD.thick).fill(RED);
  doc.rect(LETTER_HEAD.ruleX0, thickTop - LETTER_HEAD.gap - LETTER_HEAD.thin, width, LETTER_HEAD.thin).fill(RED);
}

/** Verification block on page 1 (§2.11): QR modules as vector rectangles, three lines of 六号 text to its left. */
export function drawVerification(doc: Doc, fonts: FontSet, model: RenderModel): void {
  const style = { role: 'fangsong' as const, size: VERIFY_PT };
  const right = QR.right - QR.size - QR.textGap;
  const ascent = fonts.face('fangsong').ascent;
  if (model.draft || !model.verification) {
    if (!model.draft) return;
    const text = '草稿 未编号';
    const grey = { ...style, color: '#808080' };
    drawPlain(doc, fonts, text, QR.right - plainWidth(fonts, text, grey), QR.top + ascent * VERIFY_PT, grey);
    return;
  }
  const v = model.verification;
  const lines = ['扫码核验', `核验码：${v.display}`, `核验网址：${v.host}/verify`];
  const pitch = QR.size / 3;
  lines.forEach((text, i) => {
    const top = QR.top + i * pitch + (pitch - VERIFY_PT) / 2;
    drawPlain(doc, fonts, text, right - plainWidth(fonts, text, style), top + ascent * VERIFY_PT, style);
  });
  const qr = QRCode.create(v.url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const m = QR.size / (n + 2);
  const x0 = QR.right - QR.size + m;
  const y0 = QR.top + m;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) doc.rect(x0 + c * m, y0 + r * m, m, m);
    }
  }
  doc.fill('#000000');
}

/** `— n —` (§2.10): odd pages right, even pages left, dashes full-width with fwid, digits half-width. */
export function drawPageNumber(doc: Doc, fonts: FontSet, page: number): void {
  const style = { role: 'songti' as const, size: SMALL_PT };
  const digits = String(page);
  const space = fonts.measure('songti', SMALL_PT, ' ');
  const total = SMALL_PT * 2 + space * 2 + fonts.measure('songti', SMALL_PT, digits);
  let x = page % 2 === 1 ? PAGE_NUMBER.oddRight - total : PAGE_NUMBER.evenLeft;
  const face = fonts.face('songti');
  const dash = () => {
    doc.font(face.key).fontSize(SMALL_PT).fillColor('#000000');
    doc.text('—', x, PAGE_NUMBER.baseline, { lineBreak: false, baseline: 'alphabetic', features: ['fwid'] });
    x += SMALL_PT;
  };
  dash();
  x += space;
  drawPlain(doc, fonts, digits, x, PAGE_NUMBER.baseline, style);
  x += fonts.measure('songti', SMALL_PT, digits) + space;
  dash();
}

/** Diagonal 草稿 watermark (§5.8), drawn before the page's text. */
export function drawWatermark(doc: Doc, fonts: FontSet): void {
  const size = 96;
  const text = '草稿';
  const w = plainWidth(fonts, text, { role: 'xiaobiaosong', size });
  const cx = AREA.x0 + AREA_W / 2;
  const cy = (AREA.y0 + AREA.y1) / 2;
  doc.save();
  doc.rotate(-45, { origin: [cx, cy] });
  drawPlain(doc, fonts, text, cx - w / 2, cy + size * 0.35, { role: 'xiaobiaosong', size, color: '#C8C8C8' });
  doc.restore();
}

/** Draw one character as a filled glyph outline (not extractable text), centred at (x, y), rotated by deg. */
function outlineChar(doc: Doc, fonts: FontSet, ch: string, size: number, x: number, y: number, deg: number): void {
  const face = fonts.faceFor('fangsong', ch);
  const glyph = face.font.layout(ch).glyphs[0];
  if (!glyph) return;
  const k = size / face.font.unitsPerEm;
  const adv = glyph.advanceWidth * k;
  doc.save();
  doc.translate(x, y);
  doc.rotate(deg);
  // centre the em box on (x, y): left edge at −adv/2, baseline at +(ascent − 0.5)·size below the centre
  doc.translate(-adv / 2, (face.ascent - 0.5) * size);
  doc.scale(k, -k);
  doc.path(glyph.path.toSVG()).fill(RED);
  doc.restore();
}

/** The electronic-seal placeholder (§4.2): dashed ring, agency name on the upper arc as outlines, 印章位置. */
export function drawSealPlaceholder(doc: Doc, fonts: FontSet, agencyName: string, cx: number, cy: number, diameter: number): void {
  doc.save();
  doc.lineWidth(0.75).dash(3, { space: 2 }).strokeColor(RED).circle(cx, cy, diameter / 2).stroke();
  doc.undash();
  doc.restore();
  const chars = [...agencyName];
  const r = diameter / 2 - 9;
  const arc = Math.min(200, 18 * chars.length);
  const step = chars.length > 1 ? arc / (chars.length - 1) : 0;
  chars.forEach((ch, i) => {
    const theta = -arc / 2 + i * step;
    const rad = (theta * Math.PI) / 180;
    outlineChar(doc, fonts, ch, 10, cx + r * Math.sin(rad), cy - r * Math.cos(rad), theta);
  });
  const label = [...'印章位置'];
  const size = 9;
  label.forEach((ch, i) => outlineChar(doc, fonts, ch, size, cx + (i - (label.length - 1) / 2) * size, cy - 24, 0));
}

/** The agency's uploaded seal image, upright, centred on (cx, cy) (§4.3). */
export function drawSealImage(doc: Doc, image: Uint8Array, cx: number, cy: number, diameter: number): void {
  doc.image(Buffer.from(image), cx - diameter / 2, cy - diameter / 2, { width: diameter, height: diameter });
}

