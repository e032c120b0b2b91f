/**
 * Chinese line breaking and justification (documents.md §3.1–§3.4, §3.6), with the real body face
 * (Noto Serif SC via loadFontSet) at 16 pt on the 442.2 pt type area.
 */
import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../../documents/layout/fonts.ts';
import { AREA_W, BODY_PT, GRID_GAP, PITCH, SQUEEZE_RATIO } from '../../../documents/layout/geometry.ts';
import {
  breakParagraph,
  isEndProhibited,
  isStartProhibited,
  layoutParagraph,
  lineText,
  tokenize,
  type BreakOptions,
  type Line,
  type Unit,
} from '../../../documents/layout/lineBreak.ts';

const fonts = loadFontSet();
const measure = (s: string): number => fonts.measure('fangsong', BODY_PT, s);
const measure14 = (s: string): number => fonts.measure('fangsong', 14, s);
const BODY: BreakOptions = { width: AREA_W, firstIndent: 0, size: BODY_PT, gridGap: GRID_GAP, justify: true };
const layout = (text: string, opts: Partial<BreakOptions> = {}): Line[] => layoutParagraph(text, measure, { ...BODY, ...opts });

/** n distinct-looking CJK characters (all 1 em in the face) */
const CJK = '我局于年月日收到你反映旅行社在组织旅游过程中未按合同约定安排住宿擅自变更行程并强迫购物的投诉经调查核实现将处理情况答复如下';
const han = (n: number, from = 0): string => Array.from({ length: n }, (_, k) => CJK[(from + k) % CJK.length]).join('');

const drawnCount = (l: Line): number => l.units.length;
const flushRight = (l: Line): number => l.indent + l.naturalWidth + l.gap * (drawnCount(l) - 1);

const URL = 'https://ts.example.gov.cn/verify/7K3MQ9TX2HDA?lang=zh-CN&ref=qr-code-long-parameter-value';
/** ~900 characters of mixed text: dashes, ellipses, quotes, book-title marks, numbers, phone, e-mail, URL */
const FIXTURE = [
  '你于2026年3月2日通过12345政务服务便民热线反映：“在参加某旅行社组织的《湘西凤凰三日游》期间，导游擅自变更行程——原定的沱江泛舟被取消……并在购物点停留超过3小时。”',
  '我局收到投诉后，依据《旅游法》第九十一条、《旅游投诉处理办法》第十条的规定予以受理，编号平旅投〔2026〕0015号，并于3月5日、3月9日分别向双方调查核实。',
  '经查，旅行社与你签订的合同约定团费为3600.00元/人，行程单载明“不安排购物点”；旅行社承认因“旅游旺季、车辆紧张”而调整行程……但未能提供你书面同意的证据。',
  '根据调查结果，我局认为：旅行社未经旅游者同意变更行程——违反了《旅游法》第六十九条第一款的规定；安排购物活动亦违反了第三十五条的规定。',
  '经调解，旅行社同意退还你团费差价800.00元，并赔偿违约金1080.00元（合计1880.00元），于2026年3月20日前一次性支付至你指定的账户。',
  '如对本答复有异议，你可以在收到本答复之日起六十日内向平江市人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。联系电话：0731-12345678，电子邮箱：ts@example.gov.cn。',
  `本文书的真伪可通过扫描右下角二维码或访问${URL}查验；查验时请输入验证码7K3MQ9TX2HDA。`,
  '另查明，该团导游在行程第二天以“不购物就不能按时返程”为由，要求游客在指定商店停留，部分游客购买了标价为12800元的“保健品”；你提交的录音、照片及购物小票（共6张）与旅行社提供的《行程变更说明》相互印证。',
  '我局已责令旅行社限期改正，并将依据《旅游法》第九十八条、第一百条的规定另行立案调查；对导游的违法行为，将按照《导游管理办法》处理，处理结果将通过“平江文旅”网站（www.pjwl.example.gov.cn）向社会公开。',
  '特此答复。我局将继续加强对旅行社经营活动的监督检查……对违法违规行为依法严肃查处，切实维护旅游者的合法权益——也欢迎社会各界监督。',
].join('');

describe('isStartProhibited / isEndProhibited (§3.2)', () => {
  it('has the exact sets of the spec', () => {
    for (const ch of [...'，。、；：？！）］｝〕〉》」』】〗〙’”·～－–／%‰℃', ...',.;:?!)]}%']) expect(isStartProhibited(ch), ch).toBe(true);
    for (const ch of [...'（［｛〔〈《「『【〖〘‘“／', ...'([{']) expect(isEndProhibited(ch), ch).toBe(true);
    for (const ch of [...'汉（《“A1—…']) expect(isStartProhibited(ch), ch).toBe(false);
    for (const ch of [...'汉）》”。，A1—…)']) expect(isEndProhibited(ch), ch).toBe(false);
    expect(isStartProhibited('／') && isEndProhibited('／')).toBe(true);
  });
});

describe('tokenize (§3.1)', () => {
  it('applies the precedence two-em > ASCII run > space > code point', () => {
    const units = tokenize('金额3600.00元——见 附件1……ts@example.gov.cn（9:00）', measure, BODY_PT);
    expect(units.map((x) => [x.text, x.kind])).toEqual([
      ['金', 'char'],
      ['额', 'char'],
      ['3600.00', 'ascii'],
      ['元', 'char'],
      ['——', 'twoEm'],
      ['见', 'char'],
      [' ', 'space'],
      ['附', 'char'],
      ['件', 'char'],
      ['1', 'ascii'],
      ['……', 'twoEm'],
      ['ts@example.gov.cn', 'ascii'],
      ['（', 'char'],
      ['9:00', 'ascii'],
      ['）', 'char'],
    ]);
  });

  it('measures units once, two-em units as 2·s despite the ligature', () => {
    const units = tokenize('汉——……3600.00 ', measure, BODY_PT);
    expect(measure('——')).toBeLessThan(30); // the ccmp ligature pdfkit would measure
    expect(units.map((x) => x.width)).toEqual([16, 32, 32, measure('3600.00'), measure(' ')]);
  });

  it('normalises to NFC and counts code points, not UTF-16 units', () => {
    const units = tokenize('Cafe\u0301 e\u0301𠀀汉', measure, BODY_PT);
    expect(units.map((x) => x.text)).toEqual(['Caf', 'é', ' ', 'é', '𠀀', '汉']);
    expect(units[0]!.kind).toBe('ascii');
    expect(units[1]!.kind).toBe('char'); // é is not printable ASCII
  });

  it('splits an odd third dash into a single character and marks prohibitions', () => {
    const units = tokenize('———“（a)”', measure, BODY_PT);
    expect(units.map((x) => x.text)).toEqual(['——', '—', '“', '（', 'a)', '”']);
    expect(units.map((x) => [x.startProhibited, x.endProhibited])).toEqual([
      [false, false],
      [false, false],
      [false, true],
      [false, true],
      [false, false],
      [true, false],
    ]);
    expect(tokenize(').x(', measure, BODY_PT)[0]).toMatchObject({ startProhibited: true, endProhibited: true });
  });

  it('returns no units and no lines for empty text', () => {
    expect(tokenize('', measure, BODY_PT)).toEqual([]);
    expect(layout('')).toEqual([]);
    expect(layout('   ')).toEqual([]);
  });
});

describe('breakParagraph: expected results of §3.3', () => {
  it('28 汉字 + ， + 5 汉字: the comma is squeezed onto line 1 (gap −0.78)', () => {
    const lines = layout(han(28) + '，' + han(5, 28));
    expect(lines.map(lineText)).toEqual([han(28) + '，', han(5, 28)]);
    expect(lines[0]!.gap).toBeCloseTo(-0.7786, 3);
    expect(lines[0]!.gap).toBeGreaterThanOrEqual(-SQUEEZE_RATIO * BODY_PT);
    expect(flushRight(lines[0]!)).toBeCloseTo(AREA_W, 2);
    expect(lines[1]).toMatchObject({ last: true, gap: GRID_GAP, ragged: false });
  });

  it('28 汉字 + ”。 + 5 汉字: push-out, squeezing two marks would need −1.30', () => {
    const lines = layout(han(28) + '”。' + han(5, 28));
    expect(lines.map(lineText)).toEqual([han(27), han(1, 27) + '”。' + han(5, 28)]);
    expect(lines[0]!.gap).toBeCloseTo((AREA_W - 27 * 16) / 26, 6);
  });

  it('27 汉字 + （ + 5 汉字 + ）: the bracket never ends a line', () => {
    const lines = layout(han(27) + '（' + han(5, 27) + '）');
    expect(lines.map(lineText)).toEqual([han(27), '（' + han(5, 27) + '）']);
  });

  it('24 汉字 + 3600.00元: the number is never split', () => {
    const lines = layout(han(24) + '3600.00元' + han(10, 24));
    expect(lineText(lines[0]!)).toBe(han(24) + '3600.00');
    expect(lineText(lines[1]!)).toBe('元' + han(10, 24));
    expect(flushRight(lines[0]!)).toBeCloseTo(AREA_W, 2);
  });

  it('27 汉字 + ——: the dash goes down whole', () => {
    const lines = layout(han(27) + '——' + han(10, 27));
    expect(lines.map(lineText)).toEqual([han(27), '——' + han(10, 27)]);
  });

  it('56 汉字 with a first-line indent of 2 characters: 26, 28, rest', () => {
    const lines = layout(han(56), { firstIndent: 2 * PITCH });
    expect(lines.map((l) => l.units.length)).toEqual([26, 28, 2]);
    expect(lines.map((l) => l.indent)).toEqual([2 * PITCH, 0, 0]);
    expect(lines[0]!.gap).toBeCloseTo(GRID_GAP, 6);
    expect(lines[1]!.gap).toBeCloseTo(GRID_GAP, 6);
    expect(lines[2]).toMatchObject({ last: true, gap: GRID_GAP });
  });
});

describe('breakParagraph: properties', () => {
  it('sets 28 characters on every full line of pure CJK text, on the grid', () => {
    const lines = layout(han(28 * 7 + 11));
    expect(lines.map((l) => l.units.length)).toEqual([28, 28, 28, 28, 28, 28, 28, 11]);
    for (const l of lines) expect(l.gap).toBeCloseTo(GRID_GAP, 6);
  });

  const fixtureLines = layout(FIXTURE, { firstIndent: 2 * PITCH });

  it('justifies every line but the last flush right (within 0.01 pt)', () => {
    expect(FIXTURE.length).toBeGreaterThan(850);
    expect(fixtureLines.length).toBeGreaterThan(28);
    for (const [k, l] of fixtureLines.entries()) {
      expect(l.last, `line ${k}`).toBe(k === fixtureLines.length - 1);
      if (l.last || l.ragged) continue;
      expect(Math.abs(flushRight(l) - AREA_W), `line ${k}: ${lineText(l)}`).toBeLessThan(0.01);
      expect(l.gap).toBeGreaterThanOrEqual(-SQUEEZE_RATIO * BODY_PT - 1e-9);
      expect(l.gap).toBeLessThanOrEqual(0.5 * BODY_PT);
    }
    // only the lines around the URL (an unbreakable stretch of a long run) fall back to ragged
    const ragged = fixtureLines.filter((l) => l.ragged);
    expect(ragged.length).toBeGreaterThan(0);
    for (const l of ragged) expect(lineText(l)).toMatch(/https:|7K3MQ9TX2HDA|parameter-value/u);
    const last = fixtureLines[fixtureLines.length - 1]!;
    expect(last.gap).toBe(GRID_GAP);
    expect(flushRight(last)).toBeLessThanOrEqual(AREA_W + 0.01);
  });

  it('never starts a line with a start-prohibited or ends one with an end-prohibited character', () => {
    for (const l of fixtureLines) {
      const t = lineText(l);
      expect(isStartProhibited(String.fromCodePoint(t.codePointAt(0)!)), t).toBe(false);
      expect(isEndProhibited(t.slice(-1)), t).toBe(false);
      expect(l.units[0]!.kind).not.toBe('space');
      expect(l.units[l.units.length - 1]!.kind).not.toBe('space');
    }
  });

  it('loses no character and never splits —— or ……', () => {
    expect(fixtureLines.map(lineText).join('')).toBe(FIXTURE);
    const twoEm = fixtureLines.flatMap((l) => l.units.filter((x) => x.kind === 'twoEm').map((x) => x.text));
    expect(twoEm.filter((t) => t === '——')).toHaveLength(FIXTURE.split('——').length - 1);
    expect(twoEm.filter((t) => t === '……')).toHaveLength(FIXTURE.split('……').length - 1);
    // no dash or ellipsis character is set outside a two-em unit
    for (const l of fixtureLines) expect(l.units.filter((x) => /[—…]/u.test(x.text) && x.kind !== 'twoEm')).toEqual([]);
  });

  it('splits ASCII runs only when longer than a line or when pushing would stretch > 0.25 em per gap', () => {
    const runs = tokenize(FIXTURE, measure, BODY_PT).filter((x) => x.kind === 'ascii');
    const pieces = fixtureLines.flatMap((l, li) => l.units.map((x, ui) => ({ x, li, ui })).filter((p) => p.x.kind === 'ascii'));
    let p = 0;
    const split: string[] = [];
    for (const run of runs) {
      let acc = '';
      const first = p;
      while (acc.length < run.text.length) acc += pieces[p++]!.x.text;
      expect(acc).toBe(run.text);
      if (p - first === 1) continue;
      split.push(run.text);
      for (let q = first; q < p - 1; q += 1) {
        const { x, li, ui } = pieces[q]!;
        const line = fixtureLines[li]!;
        expect(ui, 'a head piece ends its line').toBe(line.units.length - 1);
        const hasPoint = /[/.\-_@?&=#]./u.test(run.text);
        if (hasPoint) expect('/.-_@?&=#').toContain(x.text.slice(-1));
        if (run.width > AREA_W) continue;
        expect(hasPoint, `${run.text} is shorter than a line: split only after a break point`).toBe(true);
        const before = line.units.slice(0, -1);
        const w = before.reduce((s, u) => s + u.width, 0);
        const stretch = (AREA_W - line.indent - w) / (before.length - 1) - GRID_GAP;
        expect(stretch, run.text).toBeGreaterThan(0.25 * BODY_PT);
      }
    }
    expect(split).toContain(URL); // 756 pt: longer than a line
    for (const whole of ['3600.00', '7K3MQ9TX2HDA', '2026', '12800']) expect(split).not.toContain(whole);
  });

  it('breaks a URL longer than a line after permitted characters, each piece fitting', () => {
    const lines = layout(`查验地址：${URL}。`);
    const texts = lines.map(lineText);
    expect(texts.join('')).toBe(`查验地址：${URL}。`);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts.slice(0, -1)) expect('/.-_@?&=#').toContain(t.slice(-1));
    for (const l of lines) expect(l.indent + l.naturalWidth + l.gap * (l.units.length - 1)).toBeLessThanOrEqual(AREA_W + 0.01);
    // the first line is filled: the head is the last break point that fits
    expect(lines[0]!.gap).toBeLessThan(0.25 * BODY_PT);
  });

  it('breaks a run without break points between characters', () => {
    const token = 'A'.repeat(80);
    const lines = layout(han(3) + token + han(3));
    expect(lines.map(lineText).join('')).toBe(han(3) + token + han(3));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l.indent + l.naturalWidth + l.gap * (l.units.length - 1)).toBeLessThanOrEqual(AREA_W + 0.01);
    expect(lines[0]!.units.length).toBe(4); // 3 汉字 + the head of the run
  });

  it('drops spaces at line ends and skips them at line starts', () => {
    const words = Array.from({ length: 40 }, (_, k) => `word${k}`).join(' ');
    const lines = layout(words);
    for (const l of lines) {
      expect(lineText(l)).toBe(lineText(l).trim());
      if (!l.last && !l.ragged) expect(Math.abs(flushRight(l) - AREA_W)).toBeLessThan(0.01);
    }
    expect(lines.map(lineText).join(' ')).toBe(words);
  });

  it('flags a line left too loose by an unbreakable unit as ragged', () => {
    const units: Unit[] = [
      ...tokenize(han(3), measure, BODY_PT),
      { text: '▇', kind: 'char', width: 430, startProhibited: false, endProhibited: false },
      ...tokenize(han(3), measure, BODY_PT),
    ];
    const lines = breakParagraph(units, BODY);
    expect(lines.map((l) => l.units.length)).toEqual([3, 1, 3]);
    expect(lines[0]).toMatchObject({ ragged: true, gap: GRID_GAP, last: false });
    expect(lines[1]).toMatchObject({ ragged: true, gap: GRID_GAP, last: false }); // one unit, not flush right
    expect(lines[2]).toMatchObject({ ragged: false, last: true });
  });

  it('squeezes the closing marks of a paragraph onto its last line with the squeezed spacing', () => {
    const lines = layout(han(28) + '。');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.last).toBe(true);
    expect(flushRight(lines[0]!)).toBeCloseTo(AREA_W, 2);
  });

  it('form cells (14 pt, g₀ = 0, no justification): ragged right but not flagged, no squeezing', () => {
    const opts: BreakOptions = { width: 120, firstIndent: 0, size: 14, gridGap: 0, justify: false };
    const lines = layoutParagraph('旅游者张三反映，导游擅自变更行程——并强迫购物。联系电话0731-12345678。', measure14, opts);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) {
      expect(l).toMatchObject({ gap: 0, ragged: false });
      expect(l.indent + l.naturalWidth).toBeLessThanOrEqual(120 + 0.01);
      expect(isStartProhibited(lineText(l)[0]!)).toBe(false);
    }
    expect(lines.map(lineText).join('')).toBe('旅游者张三反映，导游擅自变更行程——并强迫购物。联系电话0731-12345678。');
  });

  it('does not mutate its input units', () => {
    const units = tokenize(`地址${URL}`, measure, BODY_PT);
    const copy = units.map((x) => ({ ...x }));
    breakParagraph(units, BODY);
    expect(units).toEqual(copy);
  });

  it('is fast: a two-page letter (~1,300 characters) lays out in a few milliseconds', () => {
    const paras = [FIXTURE, FIXTURE.slice(0, 400)];
    for (const p of paras) layout(p); // warm the width cache
    const t0 = performance.now();
    for (let r = 0; r < 20; r += 1) for (const p of paras) layout(p, { firstIndent: 2 * PITCH });
    expect((performance.now() - t0) / 20).toBeLessThan(15);
  });
});
