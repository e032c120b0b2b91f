/**
 * Chinese line breaking and justification (documents.md §3.1–§3.4, §3.6).
 *
 * pdfkit can neither break nor justify Chinese text, so a paragraph is tokenized into units (§3.1), broken into
 * lines greedily on the character grid with the line-start/line-end prohibitions of GB/T 15834 (§3.2, §3.3:
 * 挤进 squeezing first, else 推出 pushing down), and every line but the last is justified through pdfkit's
 * `characterSpacing` (§3.4). Renderers draw the returned lines at explicit coordinates.
 *
 * Pure and synchronous: widths come from the caller's `Measure` (fontkit advance at the paragraph's size). Unit
 * widths are measured once by `tokenize`; `breakParagraph` only adds them up (O(n) per paragraph), and measures
 * again only when a long ASCII run has to be split.
 */

export type UnitKind = 'char' | 'ascii' | 'space' | 'twoEm';

/** One unbreakable thing a line is made of (§3.1). */
export interface Unit {
  /** the characters of the unit (NFC) */
  text: string;
  kind: UnitKind;
  /** advance width in pt at the paragraph's size with characterSpacing 0; 2·s for `——` and `……` */
  width: number;
  /** must not begin a line (行首禁则) */
  startProhibited: boolean;
  /** must not end a line (行尾禁则) */
  endProhibited: boolean;
}

/** Width in pt of a text at the paragraph's size, characterSpacing 0 (e.g. `fonts.measure(role, size, t)`). */
export type Measure = (text: string) => number;

export interface BreakOptions {
  /** W′: the line width in pt (type area 442.2 for body text, the cell's inner width for cells) */
  width: number;
  /** indent of the paragraph's first line in pt (2·PITCH for body paragraphs, else 0) */
  firstIndent: number;
  /** font size s in pt */
  size: number;
  /** g₀: grid spacing after each unit (GRID_GAP for 16 pt body text, 0 for other sizes) */
  gridGap: number;
  /** justify every line but the last (body text); false for form cells (§3.6) */
  justify: boolean;
}

export interface Line {
  /** the units drawn, without the spaces dropped at the line's start and end */
  units: Unit[];
  /** x offset of the line from the left edge, in pt */
  indent: number;
  /** extra space after each unit (pdfkit characterSpacing), in pt */
  gap: number;
  /** the paragraph's last line (left-aligned on the grid) */
  last: boolean;
  /** a justified line that would have needed g > 0.5·s and is drawn left-aligned instead (§3.4) */
  ragged: boolean;
  /** Σ widths of `units` */
  naturalWidth: number;
}

/** Tolerance of `fits` (§3.3). */
const EPS = 0.01;

/** 行首禁则 (§3.2). */
const START_PROHIBITED = new Set([...'，。、；：？！）］｝〕〉》」』】〗〙’”·～－–／%‰℃,.;:?!)]}']);
/** 行尾禁则 (§3.2); `／` is in both sets. */
const END_PROHIBITED = new Set([...'（［｛〔〈《「『【〖〘‘“／([{']);
/** A long ASCII run may be broken after one of these (§3.3). */
const BREAK_AFTER = new Set([...'/.-_@?&=#']);

/** True if the character must not begin a line (§3.2). */
export function isStartProhibited(ch: string): boolean {
  return START_PROHIBITED.has(ch);
}

/** True if the character must not end a line (§3.2). */
export function isEndProhibited(ch: string): boolean {
  return END_PROHIBITED.has(ch);
}

/**
 * The `Measure` that produced each ASCII unit, so `breakParagraph` can measure the pieces of a run it splits
 * exactly as pdfkit will (kerning). Units built by hand have none; their pieces are estimated by character count.
 */
const runMeasure = new WeakMap<Unit, Measure>();

function asciiUnit(text: string, width: number, measure: Measure | undefined): Unit {
  const unit: Unit = {
    text,
    kind: 'ascii',
    width,
    startProhibited: START_PROHIBITED.has(text[0] ?? ''),
    endProhibited: END_PROHIBITED.has(text[text.length - 1] ?? ''),
  };
  if (measure) runMeasure.set(unit, measure);
  return unit;
}

const isPrintableAscii = (c: number): boolean => c >= 0x21 && c <= 0x7e;
/** ASCII space, and the C0 controls (tab, stray line breaks), which are set as a space */
const isSpaceLike = (c: number): boolean => c === 0x20 || c < 0x20 || c === 0x7f;

/**
 * Split a paragraph into units (§3.1), after NFC normalisation, with the precedence: `——`/`……` (2 em, never
 * split) > maximal run of printable ASCII > ASCII space > any other code point. Tabs and other C0 controls
 * count as spaces. Widths are measured once here (cached per distinct text).
 */
export function tokenize(text: string, measure: Measure, size: number): Unit[] {
  const s = text.normalize('NFC');
  const units: Unit[] = [];
  const cache = new Map<string, number>();
  const width = (t: string): number => {
    let w = cache.get(t);
    if (w === undefined) {
      w = measure(t);
      cache.set(t, w);
    }
    return w;
  };
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    const pair = s.slice(pos, pos + 2);
    if (pair === '——' || pair === '……') {
      units.push({ text: pair, kind: 'twoEm', width: 2 * size, startProhibited: false, endProhibited: false });
      pos += 2;
    } else if (isPrintableAscii(c)) {
      let end = pos + 1;
      while (end < s.length && isPrintableAscii(s.charCodeAt(end))) end += 1;
      const run = s.slice(pos, end);
      units.push(asciiUnit(run, measure(run), measure));
      pos = end;
    } else if (isSpaceLike(c)) {
      units.push({ text: ' ', kind: 'space', width: width(' '), startProhibited: false, endProhibited: false });
      pos += 1;
    } else {
      const ch = String.fromCodePoint(s.codePointAt(pos)!);
      units.push({ text: ch, kind: 'char', width: width(ch), startProhibited: START_PROHIBITED.has(ch), endProhibited: END_PROHIBITED.has(ch) });
      pos += ch.length;
    }
  }
  return units;
}

/**
 * Split an ASCII unit so that its head is at most `room` wide (§3.3, long runs), after the last of
 * `/ . - _ @ ? & = #` that fits. Between characters only when unavoidable: `start` (the run begins the line and
 * does not fit it: always splits, at least one character stays), `long` (the run is longer than a whole line and has
 * no break point). `loose` (pushing the run would stretch the line too much) uses break points only, so codes and
 * numbers without one stay whole. Returns null when the run should be pushed whole to the next line instead.
 */
function splitRun(unit: Unit, room: number, mode: 'start' | 'long' | 'loose'): [Unit, Unit] | null {
  const text = unit.text;
  const measure = runMeasure.get(unit);
  const widthOf = (t: string): number => (measure ? measure(t) : (unit.width * t.length) / text.length);
  const fitsRoom = (p: number): boolean => widthOf(text.slice(0, p)) <= room + EPS;
  const pieces = (p: number): [Unit, Unit] => {
    const head = text.slice(0, p);
    const tail = text.slice(p);
    return [asciiUnit(head, widthOf(head), measure), asciiUnit(tail, widthOf(tail), measure)];
  };
  /** largest candidate whose head fits (prefix widths grow with p: binary search) */
  const lastFitting = (candidates: number[]): number | undefined => {
    let lo = 0;
    let hi = candidates.length - 1;
    let best: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = candidates[mid]!;
      if (fitsRoom(p)) {
        best = p;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };

  // break points: after a permitted character, not inside a run of them ("//"), not before a start-prohibited one
  const points: number[] = [];
  for (let p = 1; p < text.length; p += 1) {
    if (BREAK_AFTER.has(text[p - 1]!) && !BREAK_AFTER.has(text[p]!) && !START_PROHIBITED.has(text[p]!)) points.push(p);
  }
  if (points.length > 0) {
    const p = lastFitting(points);
    if (p !== undefined) return pieces(p);
    if (mode !== 'start') return null;
  } else if (mode === 'loose') return null;
  // between characters: the longest head that fits, preferring a tail that may begin a line
  const all = Array.from({ length: text.length - 1 }, (_, k) => k + 1);
  let p = lastFitting(all);
  if (p === undefined) {
    if (mode !== 'start') return null;
    p = 1;
  }
  let q = p;
  while (q > 1 && START_PROHIBITED.has(text[q]!)) q -= 1;
  if (!START_PROHIBITED.has(text[q]!)) p = q;
  return pieces(p);
}

/**
 * Break a tokenized paragraph into lines (§3.3) and compute each line's spacing (§3.4, §3.6).
 *
 * - Greedy fill on the grid (gap g₀); then 挤进 (squeeze the following start-prohibited units onto the line down to
 *   g_min = −0.08·s, justified lines only), else 推出 (push units down until no prohibition is violated).
 * - An ASCII run longer than the line, or whose push would stretch the line by more than 0.25 em per gap (justified
 *   lines), is split after `/ . - _ @ ? & = #` (the last point that fits); a run longer than the line without such
 *   a point is split between characters (a shorter one, e.g. a verification code, is pushed whole).
 * - Spaces at a line start are skipped; trailing spaces are dropped (not in `Line.units`).
 * - Justified line: gap = (W′ − indent − naturalWidth)/(n − 1); if that exceeds 0.5·s, gap = g₀ and `ragged`.
 *   Last line: gap = g₀ (unless its content was squeezed in, then the squeezed gap). A one-unit line: gap = g₀.
 *   `justify: false`: every line gets g₀, no squeezing, never `ragged`.
 * - A paragraph without units (or only spaces) gives no lines: `[]`.
 */
export function breakParagraph(units: Unit[], opts: BreakOptions): Line[] {
  const { width: W, firstIndent, size, gridGap: g0, justify } = opts;
  const gMin = -0.08 * size;
  const u = units.slice(); // long-run splitting replaces a unit by two pieces
  let n = u.length;
  const lines: Line[] = [];

  const nextDrawn = (k: number): number => {
    while (k < n && u[k]!.kind === 'space') k += 1;
    return k;
  };
  const drawnEnd = (i: number, e: number): number => {
    while (e > i && u[e - 1]!.kind === 'space') e -= 1;
    return e;
  };
  /** units i..e−1 without trailing spaces: count and natural width */
  const stats = (i: number, e: number): { d: number; w: number } => {
    const d = drawnEnd(i, e);
    let w = 0;
    for (let k = i; k < d; k += 1) w += u[k]!.width;
    return { d, w };
  };
  /** a break before unit e violates §3.2 (next line's first drawn unit, or this line's last drawn unit) */
  const violates = (i: number, e: number): boolean => {
    const next = nextDrawn(e);
    if (next < n && u[next]!.startProhibited) return true;
    const d = drawnEnd(i, e);
    return d > i && u[d - 1]!.endProhibited;
  };
  /** justified gap of line i..e−1, Infinity for a line of fewer than two units */
  const justifiedGap = (i: number, e: number, ind: number): number => {
    const { d, w } = stats(i, e);
    return d - i > 1 ? (W - ind - w) / (d - i - 1) : Infinity;
  };
  const emit = (i: number, e: number, ind: number): void => {
    const { d, w } = stats(i, e);
    const count = d - i;
    const last = nextDrawn(e) >= n;
    let gap = g0;
    let ragged = false;
    if (justify && count > 1) {
      const g = (W - ind - w) / (count - 1);
      if (last) {
        // a last line whose closing marks were squeezed in keeps the squeezed spacing
        if (ind + w + (count - 1) * g0 > W + EPS) gap = g;
      } else if (g > 0.5 * size) ragged = true;
      else gap = g;
    } else if (justify && count === 1 && !last) {
      ragged = Math.abs(ind + w - W) > EPS;
    }
    lines.push({ units: u.slice(i, d), indent: ind, gap, last, ragged, naturalWidth: w });
  };
  /** replace unit k by the two pieces of a split run */
  const split = (k: number, pieces: [Unit, Unit]): void => {
    u.splice(k, 1, ...pieces);
    n += 1;
  };

  let i = nextDrawn(0);
  let first = true;
  while (i < n) {
    const ind = first ? firstIndent : 0;
    first = false;
    const limit = W - ind + EPS;
    // greedy fill on the grid: ind + Σw(i..e−1) + (e−i−1)·g₀ ≤ W′ + 0.01
    let e = i;
    let sum = 0;
    while (e < n && sum + u[e]!.width + (e - i) * g0 <= limit) {
      sum += u[e]!.width;
      e += 1;
    }
    if (e === n) {
      emit(i, n, ind);
      break;
    }
    if (e === i) {
      const head = u[i]!;
      if (head.kind === 'ascii' && head.text.length > 1) {
        // a run wider than the line: split it, at least one character stays
        split(i, splitRun(head, W - ind, 'start')!);
        emit(i, i + 1, ind);
        i = nextDrawn(i + 1);
        continue;
      }
      e = i + 1; // a unit wider than the line overflows
      sum = head.width;
    }
    // 挤进: squeeze the start-prohibited units that follow (spaces between them included)
    if (justify) {
      let k = e;
      let sumK = sum;
      for (let next = nextDrawn(k); next < n && u[next]!.startProhibited; next = nextDrawn(k)) {
        for (; k <= next; k += 1) sumK += u[k]!.width;
      }
      if (k > e && sumK + (k - i - 1) * gMin <= limit) {
        emit(i, k, ind);
        i = nextDrawn(k);
        continue;
      }
    }
    // 推出: push units down until neither side of the break violates §3.2
    let ePush = e;
    while (ePush > i + 1 && violates(i, ePush)) ePush -= 1;
    // long ASCII runs: split rather than push when the run is longer than a line or the push stretches too much
    const run = u[e]!;
    if (run.kind === 'ascii' && run.text.length > 1 && e > i) {
      const tooLong = run.width > W + EPS;
      const tooLoose = justify && justifiedGap(i, ePush, ind) - g0 > 0.25 * size;
      if (tooLong || tooLoose) {
        const room = limit - EPS - sum - (e - i) * g0;
        const pieces = room > 0 ? splitRun(run, room, tooLong ? 'long' : 'loose') : null;
        if (pieces) {
          split(e, pieces);
          emit(i, e + 1, ind);
          i = nextDrawn(e + 1);
          continue;
        }
      }
    }
    emit(i, ePush, ind);
    i = nextDrawn(ePush);
  }
  return lines;
}

/** Tokenize and break a paragraph: `breakParagraph(tokenize(text, measure, opts.size), opts)`. */
export function layoutParagraph(text: string, measure: Measure, opts: BreakOptions): Line[] {
  return breakParagraph(tokenize(text, measure, opts.size), opts);
}

/** The characters a line draws (trailing spaces dropped). */
export function lineText(line: Line): string {
  return line.units
    .map((x) => x.text)
    .join('')
    .replace(/ +$/, '');
}
