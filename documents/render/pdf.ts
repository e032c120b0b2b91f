/**
 * The PDF renderer (documents.md §1–§4, §8.4): blocks → items → pages, drawn with pdfkit at explicit
 * coordinates on margin-less pages so that pdfkit never breaks lines or adds pages by itself. Pure: the same
 * RenderModel and fonts give the same bytes (CreationDate = issuedAt, no clock, no randomness).
 */
import PDFDocument from 'pdfkit';
import type { RenderModel } from '../layout/blocks.ts';
import type { FontSet } from '../layout/fonts.ts';
import { AREA, MM, PAGE } from '../layout/geometry.ts';
import { itemsOf, type Item, type ItemEnv } from './pdfItems.ts';
import { drawFileHead, drawLetterFoot, drawLetterHead, drawPageNumber, drawSealImage, drawSealPlaceholder, drawVerification, drawWatermark, headGeometry } from './pdfFurniture.ts';

export interface PdfResult {
  bytes: Uint8Array;
  pageCount: number;
}

interface Placed {
  item: Item;
  top: number;
}

const BOTTOM = AREA.y1 + 0.01;

/** Assign items to pages (§2.13): grid order, keep-with-next, signature with the last two body lines, attachment pages. */
export function paginate(items: readonly Item[], firstTop: number): Placed[][] {
  const pages: Placed[][] = [[]];
  let top = firstTop;
  const page = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push([]);
    top = AREA.y0;
  };
  const queue = [...items];
  const bottomItems: Item[] = [];
  while (queue.length > 0) {
    const item = queue.shift()!;
    if (item.atBottom) {
      bottomItems.push(item);
      continue;
    }
    if (item.newPage && page().length > 0) newPage();
    if (item.split && top + item.height > BOTTOM) {
      // a table row that does not fit: split between text lines, the rest continues on the next page
      const parts = item.split(BOTTOM - top);
      if (parts) {
        page().push({ item: parts[0], top });
        newPage();
        queue.unshift(parts[1]);
        continue;
      }
      if (page().length > 0) {
        newPage();
        queue.unshift(item);
        continue;
      }
    }
    let need = item.height;
    if (item.keepWithNext) for (const next of queue.slice(0, item.keepWithNext)) if (!next.newPage && !next.atBottom) need += next.height;
    if (top + need > BOTTOM && page().length > 0 && (top + item.height > BOTTOM || need <= AREA.y1 - AREA.y0)) {
      if (item.keepWithPrevBody && top + item.height > BOTTOM) {
        // move the last body lines of this page along with the signature block (never print 此页无正文)
        const moved: Item[] = [];
        const current = page();
        while (moved.length < item.keepWithPrevBody && current.length > 0 && current[current.length - 1]!.item.body) moved.unshift(current.pop()!.item);
        newPage();
        for (const m of moved) {
          page().push({ item: m, top });
          top += m.height;
        }
      } else {
        newPage();
      }
    }
    page().push({ item, top });
    top += item.height;
  }
  for (const item of bottomItems) {
    if (top + item.height > BOTTOM) newPage();
    page().push({ item, top: AREA.y1 - item.height });
    top = AREA.y1;
  }
  return pages;
}

export async function renderPdf(model: RenderModel, fonts: FontSet): Promise<PdfResult> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 0, left: 0, right: 0, bottom: 0 },
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: model.metadata.title,
      Author: model.metadata.author,
      Subject: model.metadata.subject,
      Keywords: model.metadata.keywords,
      Creator: model.metadata.creator,
      Producer: model.metadata.creator,
      CreationDate: model.issuedAt,
      ModDate: model.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  // pdfkit accepts an opened fontkit font: sharing it across documents keeps fontkit's glyph caches warm
  // (parsing the 10–15 MB faces per document is what made rendering slow, pitfall §3.7-8)
  for (const face of fonts.faces()) doc.registerFont(face.key, face.font as unknown as Buffer);
  doc.font(fonts.face('fangsong').key);

  const env: ItemEnv = { doc, fonts, model, seal: null };
  const items = itemsOf(env, model.blocks);
  const pages = paginate(items, headGeometry(fonts, model).firstTop);

  pages.forEach((placed, i) => {
    const number = i + 1;
    doc.addPage({ size: [PAGE.width, PAGE.height], margins: { top: 0, left: 0, right: 0, bottom: 0 } });
    if (model.draft) drawWatermark(doc, fonts);
    if (i === 0) {
      if (model.family === 'file') drawFileHead(doc, fonts, model);
      if (model.family === 'letter') drawLetterHead(doc, fonts, model);
    }
    for (const p of placed) p.item.draw(doc, p.top, { number });
    if (i === 0) {
      drawVerification(doc, fonts, model);
      if (model.family === 'letter') drawLetterFoot(doc);
    }
    if (!(i === 0 && model.family === 'letter')) drawPageNumber(doc, fonts, number);
    if (env.seal && env.seal.page === number && !model.draft) {
      const D = model.seal.diameterMm * MM;
      if (model.seal.mode === 'image' && model.seal.image) drawSealImage(doc, model.seal.image, env.seal.cx, env.seal.cy, D);
      if (model.seal.mode === 'placeholder') drawSealPlaceholder(doc, fonts, model.agencyName, env.seal.cx, env.seal.cy, D);
    }
  });
  doc.end();
  await done;
  const bytes = Buffer.concat(chunks);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pageCount: pages.length };
}

