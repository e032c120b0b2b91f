/**
 * DOCX rendition (documents.md §8.3): the same block list as the PDF, laid out by Word/LibreOffice on the same
 * page, margins and 28.95 pt grid. Pure apart from the async QR encoding and zip packing; the bytes are
 * normalised (normalizeDocx) so that one model always gives the same file.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import QRCode from 'qrcode';
import type { Block, RenderModel } from '../layout/blocks.ts';
import type { FontSet } from '../layout/fonts.ts';
import { AREA, DOCX_PAGE, LINE, PITCH, SIGNATURE } from '../layout/geometry.ts';
import {
  CHAR_TW,
  EMU_MM,
  EMU_PT,
  LATIN,
  RED,
  TEXT_TW,
  blank,
  firstHeader,
  floatingImage,
  formTable,
  lowerRuleFooter,
  markParagraph,
  mmToPt,
  para,
  pageNumberParagraph,
  run,
  runProps,
  textRun,
  widthTw,
} from './docxParts.ts';
import { normalizeDocx } from './normalizeDocx.ts';

const FIRST2 = { firstLineChars: 200, firstLine: 2 * CHAR_TW };
/** right indent of the date: 4 characters (4p in twips, §8.3) */
const DATE_RIGHT_TW = 1263;
/** footer distance of letters: the lower rule 20 mm above the bottom edge (§2.3); others 1350 (§2.10) */
const LETTER_FOOTER_TW = 1134;
const HEADING_ROLE = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' } as const;

interface Walk {
  model: RenderModel;
  fonts: FontSet;
  out: FileChild[];
  /** inside an attachment page: no seal */
  attachment: boolean;
}

/** The 1-based numbers "1." "2." of a multi-item attachment list. */
const itemNumber = (i: number, n: number): string => (n > 1 ? `${i + 1}.` : '');

function attachmentList(w: Walk, items: string[]): void {
  w.out.push(blank());
  const label = '附件：';
  const labelTw = 3 * CHAR_TW;
  items.forEach((item, i) => {
    const num = itemNumber(i, items.length);
    const numTw = num ? Math.round(widthTw(w.fonts, 'fangsong', 16, num)) : 0;
    const left = 2 * CHAR_TW + labelTw + numTw; // wrapped lines align with the first character of the name
    const hanging = i === 0 ? labelTw + numTw : numTw;
    w.out.push(para({ alignment: AlignmentType.JUSTIFIED, indent: { left, hanging } }, 'fangsong', `${i === 0 ? label : ''}${num}${item}`));
  });
}

/** 署名 + 成文日期 (§2.8) and, in image mode, the seal anchored in the 署名 paragraph (§4.3). */
function signature(w: Walk): void {
  const { model, fonts } = w;
  const withSeal = model.seal.mode !== 'none';
  for (let i = 0; i < (withSeal ? 2 : 1); i++) w.out.push(new Paragraph({ keepNext: true }));
  const nameTw = widthTw(fonts, 'fangsong', 16, model.agencyName);
  const dateTw = widthTw(fonts, 'fangsong', 16, model.dateText);
  let nameRight: number;
  let dateRight: number;
  if (withSeal) {
    dateRight = DATE_RIGHT_TW;
    nameRight = Math.max(0, Math.round(DATE_RIGHT_TW + (dateTw - nameTw) / 2));
  } else {
    // 7.3.5.3: 署名 right edge 2 characters in; the date starts 2 characters right of the 署名's first character
    const two = Math.round(2 * PITCH * 20);
    const span = Math.max(nameTw, dateTw + two);
    nameRight = Math.round(two + span - nameTw);
    dateRight = Math.round(two + span - two - dateTw);
  }
  const style = { spacing: 0 };
  const nameRuns: (TextRun | ReturnType<typeof floatingImage>)[] = [run('fangsong', model.agencyName, style)];
  if (model.seal.mode === 'image' && !model.draft && !w.attachment) {
    if (!model.seal.image) throw new Error('seal mode "image" without a seal image');
    const d = model.seal.diameterMm * EMU_MM;
    const dateCentre = SIGNATURE.dateRight - dateTw / 40; // pt
    nameRuns.push(
      floatingImage(
        model.seal.image,
        d,
        { relative: 'margin', emu: (dateCentre - AREA.x0) * EMU_PT - d / 2 },
        { relative: 'paragraph', emu: (LINE / 2) * EMU_PT - d / 2 },
        'Seal',
      ),
    );
  }
  w.out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: nameRight }, keepNext: true, children: nameRuns }));
  w.out.push(para({ alignment: AlignmentType.RIGHT, indent: { right: dateRight } }, 'fangsong', model.dateText, style));
}

/** Blank lines that put a 附注 right after the signature on the first grid line below the seal (§2.9). */
function sealClearance(model: RenderModel): number {
  if (model.draft || model.seal.mode === 'none') return 0;
  const bottom = LINE / 2 + mmToPt(model.seal.diameterMm) / 2; // below the top of the 署名 line
  return Math.max(0, Math.ceil(bottom / LINE - 1e-9) - 2);
}

function walk(w: Walk, blocks: Block[]): void {
  const { model, fonts, out } = w;
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    switch (b.kind) {
      case 'head':
        if (b.family === 'file') {
          out.push(markParagraph(model, fonts, model.head.markSizeFilePt, { spacing: { before: 1984 } }));
          out.push(
            para(
              { alignment: AlignmentType.CENTER, spacing: { before: 1158 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } } },
              'fangsong',
              model.number,
            ),
          );
        } else if (b.family === 'letter') {
          out.push(para({ alignment: AlignmentType.RIGHT }, 'fangsong', model.number));
        }
        break;
      case 'title': {
        const afterHead = prev?.kind === 'head' && prev.family !== 'form';
        b.lines.forEach((line, k) =>
          out.push(para({ alignment: AlignmentType.CENTER, keepNext: true, ...(afterHead && k === 0 ? { spacing: { before: 1158 } } : {}) }, 'xiaobiaosong', line, { size: 22, spacing: 0 })),
        );
        if (blocks[i + 1]?.kind !== 'meta') out.push(blank()); // forms: the meta line is line 2 (§2.12)
        break;
      }
      case 'meta':
        out.push(
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TW }],
            children: [textRun({ ...runProps('fangsong', { size: 14, spacing: 0 }), children: [b.left, new Tab(), b.right] })],
          }),
        );
        break;
      case 'addressee':
        out.push(para({ alignment: AlignmentType.JUSTIFIED }, 'fangsong', b.text));
        break;
      case 'para':
        out.push(para({ alignment: AlignmentType.JUSTIFIED, ...(b.indent === 'first2' ? { indent: FIRST2 } : {}) }, 'fangsong', b.text));
        break;
      case 'blank':
        out.push(blank());
        break;
      case 'heading': {
        const children = [run(HEADING_ROLE[b.level], b.text)];
        if (b.runIn) children.push(run('fangsong', b.runIn));
        out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: FIRST2, ...(!b.runIn && b.level <= 2 ? { keepNext: true } : {}), children }));
        break;
      }
      case 'attachmentList':
        attachmentList(w, b.items);
        break;
      case 'signature':
        signature(w);
        break;
      case 'note':
        if (prev?.kind === 'signature') for (let k = sealClearance(model); k > 0; k--) out.push(blank());
        out.push(para({ alignment: AlignmentType.JUSTIFIED, indent: FIRST2 }, 'fangsong', b.text));
        break;
      case 'cc':
        out.push(blank());
        // 4号: one character = 280 twips; wrapped lines align after "抄送："
        out.push(para({ alignment: AlignmentType.JUSTIFIED, indent: { left: 4 * 280, hanging: 3 * 280, right: 280 } }, 'fangsong', `抄送：${b.organs.join('，')}。`, { size: 14, spacing: 0 }));
        break;
      case 'table':
        out.push(formTable(b.columnsMm, b.rows));
        break;
      case 'attachmentPage':
        out.push(para({ pageBreakBefore: true }, 'heiti', b.label));
        out.push(blank());
        out.push(para({ alignment: AlignmentType.CENTER, keepNext: true }, 'xiaobiaosong', b.title, { size: 22, spacing: 0 }));
        out.push(blank());
        walk({ ...w, attachment: true }, b.blocks);
        break;
    }
  });
}

/** Render the model to normalised DOCX bytes. */
export async function renderDocx(model: RenderModel, fonts: FontSet): Promise<Uint8Array> {
  const letter = model.family === 'letter';
  const footerTw = letter ? LETTER_FOOTER_TW : DOCX_PAGE.footer;
  const lift = DOCX_PAGE.footer - footerTw; // keeps page numbers where 1350 twips would put them
  const qrPng = model.verification && !model.draft ? new Uint8Array(await QRCode.toBuffer(model.verification.url, { errorCorrectionLevel: 'M', margin: 1, scale: 4 })) : null;

  const body: FileChild[] = [];
  walk({ model, fonts, out: body, attachment: false }, model.blocks);

  const doc = new Document({
    title: model.metadata.title,
    creator: model.metadata.author,
    lastModifiedBy: model.metadata.author,
    description: model.metadata.subject,
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: LATIN, hAnsi: LATIN, eastAsia: '仿宋_GB2312', cs: LATIN, hint: 'eastAsia' },
            size: 32,
            characterSpacing: -5,
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { line: DOCX_PAGE.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height },
            margin: { top: DOCX_PAGE.top, right: DOCX_PAGE.right, bottom: DOCX_PAGE.bottom, left: DOCX_PAGE.left, header: DOCX_PAGE.header, footer: footerTw, gutter: 0 },
          },
          titlePage: true,
          grid: { type: DocumentGridType.LINES, linePitch: DOCX_PAGE.linePitch },
        },
        headers: {
          first: firstHeader(model, fonts, qrPng, DOCX_PAGE.header),
          default: new Header({ children: [blank()] }),
          even: new Header({ children: [blank()] }),
        },
        footers: {
          first: letter ? lowerRuleFooter() : new Footer({ children: [pageNumberParagraph('right', lift)] }),
          default: new Footer({ children: [pageNumberParagraph('right', lift)] }),
          even: new Footer({ children: [pageNumberParagraph('left', lift)] }),
        },
        children: body,
      },
    ],
  });
  const bytes = await Packer.pack(doc, 'uint8array');
  return normalizeDocx(bytes, model.issuedAt);
}
