/** DOCX rendition (documents/render/docx.ts) against documents.md §8.3, §8.4, §8.6 and §9.5. */
import { crc32, deflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, RenderModel } from '../../../documents/layout/blocks.ts';
import { loadFontSet, type FontSet } from '../../../documents/layout/fonts.ts';
import { renderDocx } from '../../../documents/render/docx.ts';
import { injectAutoSpace } from '../../../documents/render/normalizeDocx.ts';

const ISSUED = new Date('2026-03-15T02:30:00Z');
const BODY = '本机关于2026年3月10日收到王玥珺对你单位的投诉，投诉事由为旅游合同纠纷（“一日游”强制购物）。经审查，该投诉符合《旅游投诉处理办法》规定的受理条件，本机关已依法受理。';

/** A 1000 × 1000 RGBA PNG, fully transparent (§4.3 minimum size). */
function transparentPng(size = 1000): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (1 + 4 * size)); // filter byte 0 + transparent pixels
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

function model(over: Partial<RenderModel> & Pick<RenderModel, 'family' | 'blocks'>): RenderModel {
  return {
    type: 'reply_notice',
    title: '旅游投诉答复通知书',
    number: '平旅投答字〔2026〕15号',
    issuerMark: '某某市文化和旅游局',
    agencyName: '某某市文化和旅游局',
    dateText: '2026年3月15日',
    issuedAt: ISSUED,
    verification: { code: '7K3MQ9TX2HDA', display: '7K3M-Q9TX-2HDA', url: 'https://ts.example.gov.cn/verify/7K3MQ9TX2HDA', host: 'ts.example.gov.cn' },
    draft: false,
    seal: { mode: 'placeholder', diameterMm: 42 },
    head: { markSizeFilePt: 52, markSizeLetterPt: 36, separatorPt: 1.5 },
    metadata: { title: '旅游投诉答复通知书（平旅投答字〔2026〕15号）', author: '某某市文化和旅游局', subject: 'reply_notice', keywords: '7K3MQ9TX2HDA', creator: '旅游投诉门户 文书模块 1' },
    ...over,
  };
}

const letterBlocks: Block[] = [
  { kind: 'head', family: 'letter' },
  { kind: 'title', lines: ['旅游投诉答复通知书'] },
  { kind: 'addressee', text: '某某国际旅行社有限公司：' },
  { kind: 'para', text: BODY, indent: 'first2' },
  { kind: 'heading', level: 1, text: '一、答复事项' },
  { kind: 'para', text: BODY + BODY, indent: 'first2' },
  { kind: 'heading', level: 2, text: '（一）答复期限。', runIn: '请你单位自收到本通知书之日起十日内作出书面答复。' },
  { kind: 'heading', level: 2, text: '（二）答复内容' },
  { kind: 'para', text: BODY + BODY + BODY, indent: 'first2' },
  { kind: 'para', text: '特此通知。', indent: 'first2' },
  { kind: 'attachmentList', items: ['投诉书副本', '证据材料目录'] },
  { kind: 'signature' },
  { kind: 'note', text: '（联系人：李四，联系电话：0731-12345678）' },
  { kind: 'cc', organs: ['某某区文化和旅游局', '某某县文化和旅游局'] },
  { kind: 'attachmentPage', label: '附件1', title: '投诉书副本', blocks: [{ kind: 'para', text: BODY, indent: 'first2' }, { kind: 'blank' }, { kind: 'para', text: '投诉人：王玥珺', indent: 'none' }] },
];

const letter = (): RenderModel => model({ family: 'letter', blocks: letterBlocks });

const decision = (): RenderModel =>
  model({
    type: 'handling_decision',
    family: 'file',
    title: '旅游投诉处理决定书',
    number: '平旅投决字〔2026〕3号',
    seal: { mode: 'image', diameterMm: 42, image: transparentPng() },
    metadata: { title: '旅游投诉处理决定书（平旅投决字〔2026〕3号）', author: '某某市文化和旅游局', subject: 'handling_decision', keywords: '7K3MQ9TX2HDA', creator: 'x' },
    blocks: [
      { kind: 'head', family: 'file' },
      { kind: 'title', lines: ['旅游投诉处理决定书'] },
      { kind: 'para', text: '投诉者：王玥珺，女，35岁，身份证件号码：4301**********1234。', indent: 'first2' },
      { kind: 'para', text: '被投诉者：某某国际旅行社有限公司。', indent: 'first2' },
      { kind: 'para', text: BODY, indent: 'first2' },
      { kind: 'signature' },
      { kind: 'note', text: '（联系人：李四，联系电话：0731-12345678）' },
    ],
  });

const form = (): RenderModel =>
  model({
    type: 'registration_form',
    family: 'form',
    title: '旅游投诉登记表',
    number: '平旅投登字〔2026〕7号',
    verification: null,
    seal: { mode: 'none', diameterMm: 42 },
    blocks: [
      { kind: 'head', family: 'form' },
      { kind: 'title', lines: ['旅游投诉登记表'] },
      { kind: 'meta', left: '编号：平旅投登字〔2026〕7号', right: '登记日期：2026年3月15日' },
      {
        kind: 'table',
        columnsMm: [30, 48, 30, 48],
        rows: [
          [{ text: '投诉者', label: true }, { text: '王玥珺' }, { text: '联系电话', label: true }, { text: '138****5678' }],
          [{ text: '被投诉者', label: true }, { text: '某某国际旅行社有限公司', span: 3 }],
          [{ text: '投诉请求', label: true }, { text: '一、退还购物款3600元\n二、赔礼道歉', span: 3 }],
        ],
      },
    ],
  });

type Zip = Record<string, Uint8Array>;
const xml = (z: Zip, name: string): string => {
  const f = z[name];
  if (!f) throw new Error(`missing part ${name}`);
  return strFromU8(f);
};
const paragraphs = (x: string): string[] => x.match(/<w:p>.*?<\/w:p>|<w:p\/>/g) ?? [];
const textOf = (x: string): string => [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Part name of the header/footer of a type, via the section's reference and the document relationships. */
function partOf(z: Zip, kind: 'header' | 'footer', type: 'first' | 'default' | 'even'): string {
  const id = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"`).exec(xml(z, 'word/document.xml'))?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(xml(z, 'word/_rels/document.xml.rels'))?.[1];
  if (!id || !target) throw new Error(`no ${type} ${kind}`);
  return `word/${target}`;
}

const VERIFICATION = /^(扫码核验|核验码：|核验网址：|草稿 未编号)/;
/** §9.5: first-page header text without the verification lines, then the body text. */
function docxText(z: Zip): string {
  const header = paragraphs(xml(z, partOf(z, 'header', 'first')))
    .map(textOf)
    .filter((t) => !VERIFICATION.test(t))
    .join('');
  return (header + textOf(xml(z, 'word/document.xml'))).replace(/\s+/g, '');
}

/** The text a PDF of the model shows, in block order (what the PDF text-extraction test compares). */
function blocksText(m: RenderModel, blocks = m.blocks): string {
  const parts: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'head':
        if (b.family !== 'form') parts.push(m.issuerMark, m.number);
        break;
      case 'title':
        parts.push(...b.lines);
        break;
      case 'meta':
        parts.push(b.left, b.right);
        break;
      case 'addressee':
      case 'para':
      case 'note':
        parts.push(b.text);
        break;
      case 'heading':
        parts.push(b.text, b.runIn ?? '');
        break;
      case 'attachmentList':
        parts.push('附件：', ...b.items.map((t, i) => (b.items.length > 1 ? `${i + 1}.${t}` : t)));
        break;
      case 'signature':
        parts.push(m.agencyName, m.dateText);
        break;
      case 'cc':
        parts.push(`抄送：${b.organs.join('，')}。`);
        break;
      case 'table':
        for (const row of b.rows) for (const c of row) parts.push(c.text);
        break;
      case 'attachmentPage':
        parts.push(b.label, b.title, blocksText(m, b.blocks));
        break;
      case 'blank':
        break;
    }
  }
  return parts.join('').replace(/\s+/g, '');
}

/** DOS date/time of every central-directory entry of a zip. */
function zipDates(bytes: Uint8Array): { name: string; date: number; time: number }[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  expect(dv.getUint32(eocd, true)).toBe(0x06054b50);
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(dv.getUint32(p, true)).toBe(0x02014b50);
    const n = dv.getUint16(p + 28, true);
    out.push({ time: dv.getUint16(p + 12, true), date: dv.getUint16(p + 14, true), name: strFromU8(bytes.subarray(p + 46, p + 46 + n)) });
    p += 46 + n + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return out;
}

let fonts: FontSet;
const rendered = new Map<string, { bytes: Uint8Array; zip: Zip }>();
async function render(key: string, make: () => RenderModel): Promise<{ bytes: Uint8Array; zip: Zip }> {
  let r = rendered.get(key);
  if (!r) {
    const bytes = await renderDocx(make(), fonts);
    r = { bytes, zip: unzipSync(bytes) };
    rendered.set(key, r);
  }
  return r;
}

beforeAll(() => {
  fonts = loadFontSet();
});

describe('DOCX common construction (§8.3, §9.5)', () => {
  it.each([
    ['letter', letter],
    ['file', decision],
    ['form', form],
  ] as const)('%s: page, grid, titlePage, even/odd headers, run fonts', async (key, make) => {
    const { zip } = await render(key, make);
    const doc = xml(zip, 'word/document.xml');
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="680" w:footer="(1350|1134)"/);
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(doc).toContain('<w:titlePg/>');
    expect(xml(zip, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    // every run in every part: explicit rFonts with an East-Asian family, hint and zh-CN
    for (const [name, data] of Object.entries(zip)) {
      if (!/^word\/(document|header\d+|footer\d+)\.xml$/.test(name)) continue;
      for (const r of strFromU8(data).match(/<w:r>.*?<\/w:r>/g) ?? []) {
        expect(r, name).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="[^"]+" w:hAnsi="Times New Roman" w:hint="eastAsia"\/>/);
        expect(r, name).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
      }
    }
    expect(doc).toContain('w:eastAsia="仿宋_GB2312"');
    const title = paragraphs(doc).find((p) => textOf(p) === make().title);
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:spacing w:val="0"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
  });

  it('styles: document defaults and autoSpace in pPrDefault before w:spacing', async () => {
    const { zip } = await render('letter', letter);
    const styles = xml(zip, 'word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    expect(defaults).toMatch(/<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:spacing [^>]*w:line="579" w:lineRule="exact"\/>/);
    // injection keeps schema order with other children and is idempotent
    const other = '<w:docDefaults><w:pPrDefault><w:pPr><w:keepNext/><w:spacing w:line="1"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>';
    const once = injectAutoSpace(other);
    expect(once).toContain('<w:keepNext/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing');
    expect(injectAutoSpace(once)).toBe(once);
    expect(injectAutoSpace('<w:docDefaults><w:pPrDefault/></w:docDefaults>')).toContain('<w:pPrDefault><w:pPr><w:autoSpaceDE');
  });

  it('fontTable declares the GB families with their fallbacks', async () => {
    const { zip } = await render('letter', letter);
    const ft = xml(zip, 'word/fontTable.xml');
    for (const [name, alt] of [
      ['仿宋_GB2312', '仿宋'],
      ['方正小标宋简体', '宋体'],
      ['楷体_GB2312', '楷体'],
      ['黑体', 'SimHei'],
      ['仿宋', 'FangSong'],
      ['楷体', 'KaiTi'],
      ['宋体', 'SimSun'],
    ]) {
      expect(ft).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>`);
    }
    expect(ft).toContain('<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>');
  });

  it('page numbers: PAGE right in the default footer, left in the even footer (§2.10)', async () => {
    for (const [key, make] of [['letter', letter], ['form', form]] as const) {
      const { zip } = await render(key, make);
      const odd = xml(zip, partOf(zip, 'footer', 'default'));
      const even = xml(zip, partOf(zip, 'footer', 'even'));
      for (const f of [odd, even]) {
        expect(f).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
        expect(f).toContain('w:eastAsia="宋体"');
        expect(f).toContain('<w:sz w:val="28"/>');
        expect(textOf(f)).toBe('—  —');
      }
      expect(odd).toContain('<w:jc w:val="right"/>');
      expect(odd).toContain('<w:ind w:right="280"/>');
      expect(even).toContain('<w:jc w:val="left"/>');
      expect(even).toContain('<w:ind w:left="280"/>');
      for (const h of ['default', 'even'] as const) expect(xml(zip, partOf(zip, 'header', h))).toMatch(/<w:p\/><\/w:hdr>$/);
    }
  });

  it('core properties, metadata and zip entry dates are fixed (§8.4, §8.6)', async () => {
    for (const [key, make] of [['letter', letter], ['file', decision], ['form', form]] as const) {
      const { bytes, zip } = await render(key, make);
      const core = xml(zip, 'docProps/core.xml');
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-15T02:30:00Z</dcterms:created>');
      expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-15T02:30:00Z</dcterms:modified>');
      expect(core).toContain('<cp:revision>1</cp:revision>');
      expect(core).toContain('<dc:creator>某某市文化和旅游局</dc:creator>');
      expect(core).toContain('<cp:lastModifiedBy>某某市文化和旅游局</cp:lastModifiedBy>');
      const entries = zipDates(bytes);
      expect(entries.map((e) => e.name)).toEqual(Object.keys(zip).sort());
      for (const e of entries) expect([e.date, e.time], e.name).toEqual([(0 << 9) | (1 << 5) | 1, 0]); // 1980-01-01 00:00
    }
    const { zip } = await render('letter', letter);
    expect(xml(zip, 'docProps/core.xml')).toContain('<dc:title>旅游投诉答复通知书（平旅投答字〔2026〕15号）</dc:title>');
    expect(xml(zip, 'docProps/core.xml')).toContain('<dc:description>reply_notice</dc:description>');
    expect(Object.keys(zip).some((n) => /\.(odttf|ttf)$/.test(n))).toBe(false);
  });

  it('is deterministic: the same model renders to the same bytes', async () => {
    const a = await renderDocx(decision(), fonts);
    await renderDocx(letter(), fonts); // advances docx's process-wide drawing counter
    const b = await renderDocx(decision(), fonts);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const z = unzipSync(a);
    const docPr = Object.keys(z)
      .sort()
      .flatMap((n) => [...strFromU8(z[n]!).matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1])));
    expect(docPr).toEqual([1, 2]); // seal in document.xml, then the QR in the header
  });
});

describe('信函格式 (§2.3)', () => {
  it('first-page header: verification lines with the QR, then the red mark with the upper double rule', async () => {
    const { zip } = await render('letter', letter);
    const header = xml(zip, partOf(zip, 'header', 'first'));
    const ps = paragraphs(header);
    expect(ps.map(textOf)).toEqual(['扫码核验', '核验码：7K3M-Q9TX-2HDA', '核验网址：ts.example.gov.cn/verify', '某某市文化和旅游局']);
    for (const p of ps.slice(0, 3)) {
      expect(p).toContain('<w:spacing w:line="200" w:lineRule="exact"/><w:ind w:right="1020"/><w:jc w:val="right"/>');
      expect(p).toContain('<w:sz w:val="15"/>');
    }
    expect(ps[0]).toContain('<wp:positionH relativeFrom="page"><wp:posOffset>6048000</wp:posOffset>');
    expect(ps[0]).toContain('<wp:positionV relativeFrom="page"><wp:posOffset>432000</wp:posOffset>');
    expect(ps[0]).toContain('<wp:extent cx="576000" cy="576000"/>');
    const mark = ps[3]!;
    expect(mark).toMatch(/<w:bottom w:val="thickThinSmallGap" w:color="FF0000" w:sz="24" w:space="\d+"\/>/);
    expect(mark).toContain('w:before="421"');
    expect(mark).toContain('<w:ind w:left="-397" w:right="-397"/>');
    expect(mark).toContain('<w:color w:val="FF0000"/>');
    expect(mark).toContain('<w:sz w:val="72"/>');
    expect(mark).toContain('w:eastAsia="方正小标宋简体"');
  });

  it('first-page footer: the lower double rule and no page number', async () => {
    const { zip } = await render('letter', letter);
    const f = xml(zip, partOf(zip, 'footer', 'first'));
    expect(f).not.toContain('PAGE');
    expect(f).toContain('<w:top w:val="thickThinSmallGap" w:color="FF0000" w:sz="24" w:space="0"/>');
    expect(f).toContain('<w:spacing w:line="20" w:lineRule="exact"/><w:ind w:left="-397" w:right="-397"/>');
    expect(xml(zip, 'word/document.xml')).toContain('w:footer="1134"');
    // page numbers keep the 1350-twip position
    expect(xml(zip, partOf(zip, 'footer', 'default'))).toContain('<w:spacing w:after="216" w:line="280" w:lineRule="exact"/>');
  });

  it('body: number right, title after 2 lines, headings, attachment list, signature, note, cc, attachment page', async () => {
    const { zip } = await render('letter', letter);
    const ps = paragraphs(xml(zip, 'word/document.xml'));
    const find = (t: string): string => ps.find((p) => textOf(p).startsWith(t)) ?? '';
    expect(ps[0]).toContain('<w:jc w:val="right"/>');
    expect(textOf(ps[0]!)).toBe('平旅投答字〔2026〕15号');
    expect(ps[1]).toContain('w:before="1158"');
    expect(ps[2]).toBe('<w:p/>'); // one blank line under the title
    expect(find('某某国际旅行社')).not.toContain('<w:ind');
    expect(find('本机关')).toContain('<w:ind w:firstLine="630" w:firstLineChars="200"/><w:jc w:val="both"/>');
    expect(find('一、答复事项')).toContain('w:eastAsia="黑体"');
    const runIn = find('（一）答复期限。');
    expect([...runIn.matchAll(/w:eastAsia="([^"]+)" w:hAnsi/g)].map((m) => m[1])).toEqual(['楷体_GB2312', '仿宋_GB2312']);
    expect(find('（二）答复内容')).toContain('w:eastAsia="楷体_GB2312"');
    const i1 = ps.findIndex((p) => textOf(p) === '附件：1.投诉书副本');
    expect(ps[i1 - 1]).toBe('<w:p/>');
    expect(textOf(ps[i1 + 1]!)).toBe('2.证据材料目录');
    // "2." starts under "1." (2 + 3 characters in): left − hanging equal for the second line
    const ind = (p: string): number[] => {
      const m = /<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(p);
      return m ? [Number(m[1]), Number(m[2])] : [];
    };
    const [l1 = 0, h1 = 0] = ind(ps[i1]!);
    const [l2 = 0, h2 = 0] = ind(ps[i1 + 1]!);
    expect(l1 - h1).toBe(630);
    expect(l2 - h2).toBe(1575);
    // signature: two blank lines (placeholder seal), 署名 centred on the date, date 4 characters in
    const s = ps.findIndex((p) => textOf(p) === '某某市文化和旅游局');
    expect(textOf(ps[s - 1]!) + textOf(ps[s - 2]!)).toBe('');
    expect(textOf(ps[s - 3]!)).toBe('2.证据材料目录');
    const nameW = fonts.measure('fangsong', 16, '某某市文化和旅游局') * 20;
    const dateW = fonts.measure('fangsong', 16, '2026年3月15日') * 20;
    expect(ps[s]).toContain(`<w:ind w:right="${Math.round(1263 + (dateW - nameW) / 2)}"/><w:jc w:val="right"/>`);
    expect(ps[s]).not.toContain('<w:drawing>'); // placeholder: nothing drawn in DOCX
    expect(ps[s + 1]).toContain('<w:ind w:right="1263"/><w:jc w:val="right"/>');
    expect(textOf(ps[s + 1]!)).toBe('2026年3月15日');
    // 附注 on the first grid line below the (PDF) placeholder's bottom edge
    expect(ps[s + 2]).toBe('<w:p/>');
    expect(textOf(ps[s + 3]!)).toBe('（联系人：李四，联系电话：0731-12345678）');
    const cc = find('抄送：');
    expect(textOf(cc)).toBe('抄送：某某区文化和旅游局，某某县文化和旅游局。');
    expect(cc).toContain('<w:sz w:val="28"/>');
    expect(cc).toContain('w:right="280"');
    const label = ps.findIndex((p) => textOf(p) === '附件1');
    expect(ps[label]).toContain('<w:pageBreakBefore/>');
    expect(ps[label]).toContain('w:eastAsia="黑体"');
    expect(ps[label + 1]).toBe('<w:p/>');
    expect(ps[label + 2]).toContain('w:eastAsia="方正小标宋简体"');
    expect(ps[label + 3]).toBe('<w:p/>');
  });

  it('signature without seal (7.3.5.3): one blank line, 署名 2 characters in, date 2 characters right of it', async () => {
    const m = { ...letter(), seal: { mode: 'none' as const, diameterMm: 42 } };
    const ps = paragraphs(xml(unzipSync(await renderDocx(m, fonts)), 'word/document.xml'));
    const s = ps.findIndex((p) => textOf(p) === '某某市文化和旅游局');
    expect(textOf(ps[s - 1]!)).toBe('');
    expect(textOf(ps[s - 2]!)).toBe('2.证据材料目录');
    const two = Math.round(2 * ((442.2 - 16) / 27) * 20);
    const nameW = fonts.measure('fangsong', 16, '某某市文化和旅游局') * 20;
    const dateW = fonts.measure('fangsong', 16, '2026年3月15日') * 20;
    const right = (p: string): number => Number(/<w:ind w:right="(\d+)"\/>/.exec(p)?.[1]);
    const nameLeft = 8845 - right(ps[s]!) - nameW;
    const dateLeft = 8845 - right(ps[s + 1]!) - dateW;
    expect(Math.min(right(ps[s]!), right(ps[s + 1]!))).toBe(two);
    expect(Math.abs(dateLeft - nameLeft - two)).toBeLessThanOrEqual(1);
    expect(textOf(ps[s + 2]!)).toBe('（联系人：李四，联系电话：0731-12345678）'); // no seal to clear
  });

  it('text parity: header mark, then every block in order', async () => {
    const { zip } = await render('letter', letter);
    expect(docxText(zip)).toBe(blocksText(letter()));
  });

  it('fits the budget: a 2-page letter under 60 KB', async () => {
    const { bytes } = await render('letter', letter);
    expect(bytes.length).toBeLessThan(60_000);
  });
});

describe('文件格式 (§2.2) with an image seal (§4.3)', () => {
  it('mark, number with the red separator, title 2 lines below', async () => {
    const { zip } = await render('file', decision);
    const ps = paragraphs(xml(zip, 'word/document.xml'));
    expect(textOf(ps[0]!)).toBe('某某市文化和旅游局');
    expect(ps[0]).toContain('<w:spacing w:before="1984" w:line="1196" w:lineRule="exact"/>');
    // the 9-character name at 52 pt (468 pt) is wider than the type area: condensed to floor(100·W/width) %
    const scale = Math.floor((100 * 442.2) / fonts.measure('xiaobiaosong', 52, '某某市文化和旅游局'));
    expect(ps[0]).toContain(`<w:color w:val="FF0000"/><w:spacing w:val="0"/><w:w w:val="${scale}"/><w:sz w:val="104"/>`);
    expect(textOf(ps[1]!)).toBe('平旅投决字〔2026〕3号');
    expect(ps[1]).toContain('<w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"/>');
    expect(ps[1]).toContain('w:before="1158"');
    expect(ps[1]).toContain('<w:jc w:val="center"/>');
    expect(ps[2]).toContain('w:before="1158"');
    expect(xml(zip, partOf(zip, 'footer', 'first'))).toContain('PAGE');
  });

  it('seal: floating image in the 署名 paragraph, centred on the date and the middle of the line', async () => {
    const { zip } = await render('file', decision);
    const ps = paragraphs(xml(zip, 'word/document.xml'));
    const s = ps.findIndex((p) => textOf(p) === '某某市文化和旅游局' && p.includes('<w:drawing>'));
    expect(s).toBeGreaterThan(0);
    const p = ps[s]!;
    const dateW = fonts.measure('fangsong', 16, '2026年3月15日');
    const x = Math.round((521.57 - (4 * (442.2 - 16)) / 27 - dateW / 2 - 79.37) * 12700 - 1_512_000 / 2);
    const y = Math.round((28.95 / 2) * 12700 - 1_512_000 / 2);
    expect(p).toContain(`<wp:positionH relativeFrom="margin"><wp:posOffset>${x}</wp:posOffset>`);
    expect(p).toContain(`<wp:positionV relativeFrom="paragraph"><wp:posOffset>${y}</wp:posOffset>`);
    expect(p).toContain('<wp:extent cx="1512000" cy="1512000"/>');
    expect(p).toContain('<wp:wrapNone/>');
    expect(p).toMatch(/behindDoc="0"/);
    expect(p).toMatch(/allowOverlap="1"/);
    expect(Object.keys(zip).filter((n) => n.startsWith('word/media/'))).toHaveLength(2);
  });

  it('text parity', async () => {
    const { zip } = await render('file', decision);
    expect(docxText(zip)).toBe(blocksText(decision()));
  });

  it('condenses a mark wider than the type area (§2.2)', async () => {
    const long = '某某省某某自治州某某县文化广电体育和旅游局';
    const bytes = await renderDocx({ ...decision(), issuerMark: long }, fonts);
    const mark = paragraphs(xml(unzipSync(bytes), 'word/document.xml'))[0]!;
    const scale = Number(/<w:w w:val="(\d+)"\/>/.exec(mark)?.[1]);
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(mark)?.[1]) / 2;
    // 21 characters at 52 pt would need 40 %: the size drops until 60 % or more fits
    expect(size).toBeLessThan(52);
    expect(scale).toBe(Math.floor((100 * 442.2) / fonts.measure('xiaobiaosong', size, long)));
    expect(scale).toBeGreaterThanOrEqual(60);
    expect(Math.floor((100 * 442.2) / fonts.measure('xiaobiaosong', size + 0.5, long))).toBeLessThan(60);
  });
});

describe('表格式 (§2.12)', () => {
  it('meta line, table grid, spans, borders, cell margins and cell text', async () => {
    const { zip } = await render('form', form);
    const doc = xml(zip, 'word/document.xml');
    const ps = paragraphs(doc.replace(/<w:tbl>.*<\/w:tbl>/, ''));
    expect(ps[0]).not.toContain('w:before'); // no head in forms
    const meta = ps[1]!;
    expect(meta).toContain('<w:tab w:val="right" w:pos="8845"/>');
    expect(meta).toContain('<w:tab/>');
    expect(meta).toContain('<w:sz w:val="28"/>');
    const tbl = /<w:tbl>.*<\/w:tbl>/.exec(doc)?.[0] ?? '';
    expect(tbl).toContain('<w:gridCol w:w="1701"/><w:gridCol w:w="2721"/><w:gridCol w:w="1701"/><w:gridCol w:w="2721"/>');
    expect(tbl).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(tbl).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="4"/);
    expect(tbl).toMatch(/<w:tblCellMar>.*w:w="85".*w:w="113".*<\/w:tblCellMar>/);
    expect((tbl.match(/<w:gridSpan w:val="3"\/>/g) ?? []).length).toBe(2);
    const cells = tbl.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
    const label = cells[0]!;
    expect(label).toContain('w:eastAsia="黑体"');
    expect(label).toContain('<w:vAlign w:val="center"/>');
    expect(label).toContain('<w:jc w:val="center"/>');
    expect(label).toContain('<w:spacing w:line="440" w:lineRule="exact"/>');
    expect(label).toContain('<w:sz w:val="28"/>');
    expect(cells[1]).toContain('w:eastAsia="仿宋_GB2312"');
    expect(cells[1]).toContain('<w:jc w:val="left"/>');
    const multi = cells.find((c) => textOf(c).startsWith('一、')) ?? '';
    expect(paragraphs(multi).map(textOf)).toEqual(['一、退还购物款3600元', '二、赔礼道歉']);
    expect(xml(zip, partOf(zip, 'footer', 'first'))).toContain('PAGE');
  });

  it('internal form: no verification block, empty first header; text parity', async () => {
    const { zip } = await render('form', form);
    const header = xml(zip, partOf(zip, 'header', 'first'));
    expect(header).not.toContain('<w:drawing>');
    expect(textOf(header)).toBe('');
    expect(Object.keys(zip).some((n) => n.startsWith('word/media/'))).toBe(false);
    expect(docxText(zip)).toBe(blocksText(form()));
  });
});

describe('drafts (§5.8)', () => {
  it('grey 草稿 未编号 instead of the verification block, no QR and no seal', async () => {
    const m = { ...decision(), draft: true, number: '平旅投决字〔2026〕号' };
    const z = unzipSync(await renderDocx(m, fonts));
    const header = xml(z, partOf(z, 'header', 'first'));
    expect(paragraphs(header).map(textOf)).toEqual(['草稿 未编号']);
    expect(header).toContain('<w:color w:val="808080"/>');
    expect(Object.keys(z).some((n) => n.startsWith('word/media/'))).toBe(false);
    expect(docxText(z)).toBe(blocksText(m));
  });

  it('a draft letter keeps the mark 30 mm from the top', async () => {
    const z = unzipSync(await renderDocx({ ...letter(), draft: true }, fonts));
    const ps = paragraphs(xml(z, partOf(z, 'header', 'first')));
    expect(ps.map(textOf)).toEqual(['草稿 未编号', '某某市文化和旅游局']);
    expect(ps[1]).toContain('w:before="821"'); // 1701 − 680 − 200
  });
});
