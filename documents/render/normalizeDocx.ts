/**
 * Deterministic DOCX bytes (documents.md §8.4): docx stamps the current time into the core properties and the zip,
 * and numbers drawings from a process-wide counter. This rewrites those, replaces the (empty) font table with the
 * fixed GB-font table of §8.3, switches off automatic CJK/Latin spacing in the paragraph defaults, and re-zips the
 * parts in sorted order with a fixed date.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const font = (name: string, alt: string | null, charset: string, family: string, pitch: string): string =>
  `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;

/** The fixed font table: each GB family with its fallback (§8.3). */
export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  [
    font('Times New Roman', null, '00', 'roman', 'variable'),
    font('仿宋_GB2312', '仿宋', '86', 'modern', 'fixed'),
    font('方正小标宋简体', '宋体', '86', 'modern', 'fixed'),
    font('楷体_GB2312', '楷体', '86', 'modern', 'fixed'),
    font('黑体', 'SimHei', '86', 'modern', 'fixed'),
    font('仿宋', 'FangSong', '86', 'modern', 'fixed'),
    font('楷体', 'KaiTi', '86', 'modern', 'fixed'),
    font('宋体', 'SimSun', '86', 'modern', 'fixed'),
  ].join('') +
  '</w:fonts>';

/** pPr children that follow w:autoSpaceDN in the schema (CT_PPrBase order). */
const AFTER_AUTOSPACE = ['bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange'];
const AUTOSPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

/** Insert autoSpaceDE/DN = 0 into w:docDefaults/w:pPrDefault/w:pPr, in schema order. */
export function injectAutoSpace(styles: string): string {
  const full = `<w:pPrDefault><w:pPr>${AUTOSPACE}</w:pPr></w:pPrDefault>`;
  const m = /<w:pPrDefault\s*\/>|<w:pPrDefault>([\s\S]*?)<\/w:pPrDefault>/.exec(styles);
  if (!m) return styles.replace(/<\/w:docDefaults>/, `${full}$&`);
  const inner = m[1] ?? '';
  if (inner.includes('w:autoSpaceDE')) return styles;
  let fixed: string;
  const pPr = /<w:pPr\s*\/>|<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner);
  if (!pPr) {
    fixed = `<w:pPrDefault><w:pPr>${AUTOSPACE}</w:pPr>${inner}</w:pPrDefault>`;
  } else {
    const children = pPr[1] ?? '';
    const next = new RegExp(`<w:(?:${AFTER_AUTOSPACE.join('|')})[\\s/>]`).exec(children);
    const at = next ? next.index : children.length;
    const pPrNew = `<w:pPr>${children.slice(0, at)}${AUTOSPACE}${children.slice(at)}</w:pPr>`;
    fixed = `<w:pPrDefault>${inner.slice(0, pPr.index)}${pPrNew}${inner.slice(pPr.index + pPr[0].length)}</w:pPrDefault>`;
  }
  return styles.slice(0, m.index) + fixed + styles.slice(m.index + m[0].length);
}

/** ISO 8601 without milliseconds, e.g. 2026-03-15T02:30:00Z. */
const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Normalise docx output per §8.4; the same input gives the same bytes. */
export function normalizeDocx(bytes: Uint8Array, issuedAt: Date): Uint8Array {
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort();
  const when = isoSeconds(issuedAt);
  let docPr = 0;
  const out: Zippable = {};
  for (const name of names) {
    let data = files[name]!;
    if (name === 'word/fontTable.xml') {
      data = strToU8(FONT_TABLE_XML);
    } else if (name === 'docProps/core.xml') {
      data = strToU8(strFromU8(data).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${when}$3`));
    } else if (name === 'word/styles.xml') {
      data = strToU8(injectAutoSpace(strFromU8(data)));
    } else if (name.endsWith('.xml')) {
      const xml = strFromU8(data);
      if (xml.includes('<wp:docPr')) data = strToU8(xml.replace(/(<wp:docPr\b[^>]*?\sid=")\d+(")/g, (_m, a: string, b: string) => `${a}${++docPr}${b}`));
    }
    out[name] = [data, { mtime: new Date(1980, 0, 1), level: 6 }];
  }
  return zipSync(out);
}
