/**
 * Legal date arithmetic on the holiday calendar (procedure.md §4.2–§4.5).
 *
 * PURE: no I/O and no clock reads. Dates are 'YYYY-MM-DD' strings (Asia/Shanghai legal dates) converted to
 * integer day numbers (days since 1970-01-01) with proleptic-Gregorian integer arithmetic; no `Date` is used.
 *
 * Rules (procedure.md §4.2; 民法典 arts. 201–204; 民事诉讼法 art. 85):
 *  - The start day is not counted (民法典 art. 201(1)): counting begins on the next day.
 *  - calendar_day: due = start + N. If the due day is a rest day the period ends on the next working day
 *    (民法典 art. 203(1); 民事诉讼法 art. 85). A make-up working day (调休) is a working day: no shift.
 *  - working_day: N working days counted from the day after the start. Working day = Monday–Friday not marked
 *    `holiday`, or any day marked `makeup_workday`. Weekends and holidays are skipped, make-up days count.
 *  - month: the same day N months later, or that month's last day if the day does not exist (民法典 art. 202);
 *    then the rest-day shift.
 *  - The period ends at 24:00 on the due day (民法典 art. 203(2)); that is the caller's concern.
 *  - shiftOnWeekend (default true): when false only days marked `holiday` move a calendar-day/month due date,
 *    ordinary weekends do not (the period then ends on the first following day that is not a holiday); make-up
 *    days never move.
 *  - Pauses (§4.3): a pause from ps to pe ends the count on ps (ps counts). Elapsed = units in (start, ps].
 *    New due = pe + (N − elapsed) by the same unit rules, pe not counted. The rest-day rule applies only to the
 *    final due date. onResume 'restart' runs the full length again from pe. An open pause (to = null) → due null.
 *    A pause must begin on or after the start (or the previous resume) and not after the clock expired
 *    (RangeError otherwise; §4.3 "an expired clock cannot be paused"). Pauses must not overlap.
 *    `month` unit with pauses (documented reading): months cannot be split into elapsed/remaining units, so a
 *    pause postpones the unshifted month-rule date by the calendar days in (ps, pe] ('continue'), or the whole
 *    month period is recomputed from pe ('restart'); the rest-day rule is then applied once.
 *  - Extensions add to the length; the due date is recomputed from the start.
 *  - Coverage (§4.4): every date the computation looks at, and every year of the window start..due, must be in
 *    `calendar.publishedYears`, else CalendarNotCoveredError. computeDeadlineOrProvisional catches it and
 *    recomputes treating each unpublished year as weekends-only (no rows), flagging the result provisional.
 *
 * Explanation lines (`{ key, params }`, keys in server/i18n/deadline-explain.{zh-CN,en}.json). Dates are
 * 'YYYY-MM-DD'; weekdays are numbers 0–6 (0 = Sunday); `unit` is 'calendar_day' | 'working_day' | 'month';
 * `reason` is 'weekend' | 'holiday' and `holiday` is the holiday name ('' for a weekend).
 * The templates render weekday / unit / reason labels themselves through i18next nesting
 * (`$t(deadline.weekday.{{weekday}})`, `$t(deadline.unit.{{unit}})`, `$t(deadline.reason.{{reason}})`), so a
 * plain `i18next.t(line.key, line.params)` gives the full text; no weekdayName param is needed.
 *
 *   deadline.explain.start                  { date, weekday }
 *   deadline.explain.length                 { length, unit }
 *   deadline.explain.extension              { extension, total, unit }
 *   deadline.explain.pause                  { from, to, counted, excluded, remaining, unit }
 *   deadline.explain.pause_restart          { from, to, counted, excluded, length, unit }
 *   deadline.explain.pause_open             { from, counted, remaining, unit }
 *   deadline.explain.pause_month            { from, to, days }
 *   deadline.explain.pause_month_restart    { from, to, length }
 *   deadline.explain.pause_open_month       { from }
 *   deadline.explain.skipped                { from, to, days, reason, holiday }      (a run of ≥ 2 skipped days)
 *   deadline.explain.skipped_day            { date, weekday, reason, holiday }       (a single skipped day)
 *   deadline.explain.makeup                 { date, weekday, holiday }               (make-up workday counted)
 *   deadline.explain.month_end              { month, day, date }                     (month = 'YYYY-MM')
 *   deadline.explain.month_pause_postponed  { from, days, to }
 *   deadline.explain.base_due               { date, weekday }
 *   deadline.explain.shift                  { from, to, reason, holiday, fromWeekday, toWeekday }
 *   deadline.explain.no_shift_makeup        { date, weekday, holiday }
 *   deadline.explain.no_shift_weekend       { date, weekday }
 *   deadline.explain.due                    { date, weekday }
 *   deadline.explain.due_none               { }
 *   deadline.explain.no_pause_no_extension  { }
 *   deadline.explain.calendar_version       { version }
 *   deadline.explain.provisional            { years, year }                          (years e.g. '2027' or '2027, 2028'; year = the first)
 * Label keys used by the nesting: deadline.weekday.0 … deadline.weekday.6, deadline.unit.{calendar_day,
 * working_day, month}, deadline.reason.weekend, deadline.reason.holiday (uses {{holiday}}).
 */
import type {
  CalendarDayEntry,
  ClockPause,
  DateResult,
  DeadlineResult,
  DeadlineSpec,
  ExplanationLine,
  HolidayCalendar,
  IsoDate,
} from './types.ts';

/** Every explanation key this module emits (see the table above). */
export const DEADLINE_EXPLAIN_KEYS = [
  'deadline.explain.start',
  'deadline.explain.length',
  'deadline.explain.extension',
  'deadline.explain.pause',
  'deadline.explain.pause_restart',
  'deadline.explain.pause_open',
  'deadline.explain.pause_month',
  'deadline.explain.pause_month_restart',
  'deadline.explain.pause_open_month',
  'deadline.explain.skipped',
  'deadline.explain.skipped_day',
  'deadline.explain.makeup',
  'deadline.explain.month_end',
  'deadline.explain.month_pause_postponed',
  'deadline.explain.base_due',
  'deadline.explain.shift',
  'deadline.explain.no_shift_makeup',
  'deadline.explain.no_shift_weekend',
  'deadline.explain.due',
  'deadline.explain.due_none',
  'deadline.explain.no_pause_no_extension',
  'deadline.explain.calendar_version',
  'deadline.explain.provisional',
] as const;

export type DeadlineExplainKey = (typeof DEADLINE_EXPLAIN_KEYS)[number];

/** Label keys referenced from the templates through i18next nesting. */
export const DEADLINE_LABEL_KEYS = [
  'deadline.weekday.0',
  'deadline.weekday.1',
  'deadline.weekday.2',
  'deadline.weekday.3',
  'deadline.weekday.4',
  'deadline.weekday.5',
  'deadline.weekday.6',
  'deadline.unit.calendar_day',
  'deadline.unit.working_day',
  'deadline.unit.month',
  'deadline.reason.weekend',
  'deadline.reason.holiday',
] as const;

/** Thrown when a computation touches a date in a year whose calendar is not published (§4.4). */
export class CalendarNotCoveredError extends Error {
  readonly year: number;
  /** The first date found in the uncovered year (YYYY-MM-DD). */
  readonly date: IsoDate;

  constructor(year: number, date: IsoDate) {
    super(`Holiday calendar for ${year} is not published (date ${date})`);
    this.name = 'CalendarNotCoveredError';
    this.year = year;
    this.date = date;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Day numbers (pure integer civil-date arithmetic, proleptic Gregorian; H. Hinnant's algorithms)
// ---------------------------------------------------------------------------------------------------------

type DayNumber = number;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function daysFromCivil(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = floorDiv(yy, 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: DayNumber): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = floorDiv(zz, 146097);
  const doe = zz - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function parseIso(date: IsoDate, what = 'date'): DayNumber {
  const match = ISO_RE.exec(date);
  if (!match) throw new RangeError(`Invalid ${what}: ${JSON.stringify(date)} (expected YYYY-MM-DD)`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Invalid ${what}: ${date}`);
  }
  return daysFromCivil(y, m, d);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(dn: DayNumber): IsoDate {
  const { y, m, d } = civilFromDays(dn);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function yearOf(dn: DayNumber): number {
  return civilFromDays(dn).y;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
function weekdayOfDn(dn: DayNumber): number {
  return (((dn + 4) % 7) + 7) % 7;
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

// ---------------------------------------------------------------------------------------------------------
// Calendar lookups with coverage handling
// ---------------------------------------------------------------------------------------------------------

interface Ctx {
  readonly cal: HolidayCalendar;
  /** strict: throw on an unpublished year; lenient: treat it as weekends-only and record it. */
  readonly strict: boolean;
  readonly uncovered: Set<number>;
}

interface DayInfo {
  readonly dn: DayNumber;
  readonly working: boolean;
  readonly weekend: boolean;
  readonly entry: CalendarDayEntry | undefined;
}

function strictCtx(cal: HolidayCalendar): Ctx {
  return { cal, strict: true, uncovered: new Set() };
}

function coverYear(ctx: Ctx, year: number, dn: DayNumber): boolean {
  if (ctx.cal.publishedYears.has(year)) return true;
  if (ctx.strict) throw new CalendarNotCoveredError(year, toIso(dn));
  ctx.uncovered.add(year);
  return false;
}

function dayInfo(ctx: Ctx, dn: DayNumber): DayInfo {
  const covered = coverYear(ctx, yearOf(dn), dn);
  const entry = covered ? ctx.cal.days.get(toIso(dn)) : undefined;
  const wd = weekdayOfDn(dn);
  const weekend = wd === 0 || wd === 6;
  const working = entry?.kind === 'makeup_workday' ? true : entry?.kind === 'holiday' ? false : !weekend;
  return { dn, working, weekend, entry };
}

/** Every year of the window [from, to] must be published (the window "touches" it). */
function touchWindow(ctx: Ctx, from: DayNumber, to: DayNumber): void {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const y0 = yearOf(lo);
  const y1 = yearOf(hi);
  for (let y = y0; y <= y1; y++) {
    coverYear(ctx, y, y === y0 ? lo : daysFromCivil(y, 1, 1));
  }
}

function restReason(info: DayInfo): { reason: 'weekend' | 'holiday'; holiday: string } {
  return info.entry?.kind === 'holiday'
    ? { reason: 'holiday', holiday: info.entry.name }
    : { reason: 'weekend', holiday: '' };
}

/** Safety bound for scans (a year of consecutive rest days would be a data error). */
const MAX_SCAN_DAYS = 366;

// ---------------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------------

type Unit = DeadlineSpec['unit'];

interface SkippedDay {
  dn: DayNumber;
  reason: 'weekend' | 'holiday';
  holiday: string;
}

interface MakeupDay {
  dn: DayNumber;
  holiday: string;
}

interface WorkingScan {
  count: number;
  last: DayNumber;
  skipped: SkippedDay[];
  makeups: MakeupDay[];
}

/** Count n working days after `fromExclusive`; n ≥ 1. */
function countWorkingForward(ctx: Ctx, fromExclusive: DayNumber, n: number): WorkingScan {
  const skipped: SkippedDay[] = [];
  const makeups: MakeupDay[] = [];
  let count = 0;
  let dn = fromExclusive;
  let restRun = 0;
  while (count < n) {
    dn += 1;
    const info = dayInfo(ctx, dn);
    if (info.working) {
      count += 1;
      restRun = 0;
      if (info.entry?.kind === 'makeup_workday') makeups.push({ dn, holiday: info.entry.name });
    } else {
      restRun += 1;
      if (restRun > MAX_SCAN_DAYS) throw new RangeError(`No working day found after ${toIso(fromExclusive)}`);
      skipped.push({ dn, ...restReason(info) });
    }
  }
  return { count, last: dn, skipped, makeups };
}

/** Working days in (fromExclusive, toInclusive]. */
function countWorkingBetween(ctx: Ctx, fromExclusive: DayNumber, toInclusive: DayNumber): WorkingScan {
  const skipped: SkippedDay[] = [];
  const makeups: MakeupDay[] = [];
  let count = 0;
  for (let dn = fromExclusive + 1; dn <= toInclusive; dn++) {
    const info = dayInfo(ctx, dn);
    if (info.working) {
      count += 1;
      if (info.entry?.kind === 'makeup_workday') makeups.push({ dn, holiday: info.entry.name });
    } else {
      skipped.push({ dn, ...restReason(info) });
    }
  }
  return { count, last: toInclusive, skipped, makeups };
}

/** Skipped-day runs and counted make-up days as explanation lines, in date order. */
function scanLines(scan: Pick<WorkingScan, 'skipped' | 'makeups'>): ExplanationLine[] {
  const items: { dn: DayNumber; line: ExplanationLine }[] = [];
  let i = 0;
  const s = scan.skipped;
  while (i < s.length) {
    const first = s[i]!;
    let j = i;
    while (j + 1 < s.length) {
      const next = s[j + 1]!;
      const cur = s[j]!;
      if (next.dn !== cur.dn + 1 || next.reason !== first.reason || next.holiday !== first.holiday) break;
      j += 1;
    }
    const last = s[j]!;
    if (j === i) {
      items.push({
        dn: first.dn,
        line: {
          key: 'deadline.explain.skipped_day',
          params: {
            date: toIso(first.dn),
            weekday: weekdayOfDn(first.dn),
            reason: first.reason,
            holiday: first.holiday,
          },
        },
      });
    } else {
      items.push({
        dn: first.dn,
        line: {
          key: 'deadline.explain.skipped',
          params: {
            from: toIso(first.dn),
            to: toIso(last.dn),
            days: last.dn - first.dn + 1,
            reason: first.reason,
            holiday: first.holiday,
          },
        },
      });
    }
    i = j + 1;
  }
  for (const m of scan.makeups) {
    items.push({
      dn: m.dn,
      line: {
        key: 'deadline.explain.makeup',
        params: { date: toIso(m.dn), weekday: weekdayOfDn(m.dn), holiday: m.holiday },
      },
    });
  }
  items.sort((a, b) => a.dn - b.dn);
  return items.map((x) => x.line);
}

/**
 * The rest-day rule for a calendar-day / month due date (§4.2 rules 2, 4, 7):
 * a rest day moves to the next working day; with shiftOnWeekend=false only a holiday moves it (to the first
 * following day that is not a holiday). A make-up working day never moves.
 */
function restDayRule(
  ctx: Ctx,
  base: DayNumber,
  shiftOnWeekend: boolean,
): { due: DayNumber; lines: ExplanationLine[] } {
  const info = dayInfo(ctx, base);
  const date = toIso(base);
  if (info.entry?.kind === 'makeup_workday') {
    return {
      due: base,
      lines: [
        {
          key: 'deadline.explain.no_shift_makeup',
          params: { date, weekday: weekdayOfDn(base), holiday: info.entry.name },
        },
      ],
    };
  }
  if (info.working) return { due: base, lines: [] };
  const isHoliday = info.entry?.kind === 'holiday';
  if (!shiftOnWeekend && !isHoliday) {
    return {
      due: base,
      lines: [{ key: 'deadline.explain.no_shift_weekend', params: { date, weekday: weekdayOfDn(base) } }],
    };
  }
  let dn = base;
  for (let i = 0; ; i++) {
    if (i > MAX_SCAN_DAYS) throw new RangeError(`No working day found after ${date}`);
    dn += 1;
    const next = dayInfo(ctx, dn);
    const ends = shiftOnWeekend ? next.working : next.entry?.kind !== 'holiday';
    if (ends) break;
  }
  const why = restReason(info);
  return {
    due: dn,
    lines: [
      {
        key: 'deadline.explain.shift',
        params: {
          from: date,
          to: toIso(dn),
          reason: why.reason,
          holiday: why.holiday,
          fromWeekday: weekdayOfDn(base),
          toWeekday: weekdayOfDn(dn),
        },
      },
    ],
  };
}

interface MonthRaw {
  dn: DayNumber;
  clamped: boolean;
  requestedDay: number;
  yearMonth: string;
}

/** Same day n months later, or that month's last day (民法典 art. 202). No rest-day rule. */
function addMonthsRaw(from: DayNumber, n: number): MonthRaw {
  const { y, m, d } = civilFromDays(from);
  const idx = y * 12 + (m - 1) + n;
  const ty = floorDiv(idx, 12);
  const tm = idx - ty * 12 + 1;
  const dim = daysInMonth(ty, tm);
  const day = Math.min(d, dim);
  return { dn: daysFromCivil(ty, tm, day), clamped: d > dim, requestedDay: d, yearMonth: `${pad(ty, 4)}-${pad(tm, 2)}` };
}

function monthEndLine(raw: MonthRaw): ExplanationLine[] {
  return raw.clamped
    ? [{ key: 'deadline.explain.month_end', params: { month: raw.yearMonth, day: raw.requestedDay, date: toIso(raw.dn) } }]
    : [];
}

function dateLine(key: DeadlineExplainKey, dn: DayNumber): ExplanationLine {
  return { key, params: { date: toIso(dn), weekday: weekdayOfDn(dn) } };
}

// ---------------------------------------------------------------------------------------------------------
// Core computation
// ---------------------------------------------------------------------------------------------------------

interface CoreResult {
  due: IsoDate | null;
  explanation: ExplanationLine[];
}

interface CoreOptions {
  /** computeDeadline adds the "no pause, no extension" line; the plain add* functions do not. */
  readonly clockLines: boolean;
}

interface NormalisedPause {
  from: DayNumber;
  to: DayNumber | null;
}

function normalisePauses(start: DayNumber, pauses: readonly ClockPause[] | undefined): NormalisedPause[] {
  const list = (pauses ?? []).map((p, i) => {
    const from = parseIso(p.from, `pauses[${i}].from`);
    const to = p.to === null ? null : parseIso(p.to, `pauses[${i}].to`);
    if (to !== null && to < from) throw new RangeError(`Pause ${p.from} → ${p.to} ends before it begins`);
    return { from, to };
  });
  list.sort((a, b) => a.from - b.from);
  let cursor = start;
  list.forEach((p, i) => {
    if (p.from < cursor) {
      throw new RangeError(
        i === 0
          ? `Pause begins ${toIso(p.from)}, before the start ${toIso(start)}`
          : `Pause beginning ${toIso(p.from)} overlaps the previous pause`,
      );
    }
    if (p.to === null && i < list.length - 1) throw new RangeError('Only the last pause may be open (to = null)');
    cursor = p.to ?? p.from;
  });
  return list;
}

function computeCore(ctx: Ctx, spec: DeadlineSpec, opts: CoreOptions): CoreResult {
  const start = parseIso(spec.start, 'start');
  const unit: Unit = spec.unit;
  if (unit !== 'calendar_day' && unit !== 'working_day' && unit !== 'month') {
    throw new RangeError(`Unsupported unit ${String(unit)}`);
  }
  assertCount(spec.length, 'length');
  const extension = spec.extension ?? 0;
  assertCount(extension, 'extension');
  const total = spec.length + extension;
  const shiftOnWeekend = spec.shiftOnWeekend ?? true;
  const restart = (spec.onResume ?? 'continue') === 'restart';
  const pauses = normalisePauses(start, spec.pauses);

  const lines: ExplanationLine[] = [
    dateLine('deadline.explain.start', start),
    { key: 'deadline.explain.length', params: { length: spec.length, unit } },
  ];
  if (extension > 0) {
    lines.push({ key: 'deadline.explain.extension', params: { extension, total, unit } });
  }

  const finish = (due: DayNumber | null, windowEnd: DayNumber): CoreResult => {
    touchWindow(ctx, start, windowEnd);
    if (due === null) {
      lines.push({ key: 'deadline.explain.due_none', params: {} });
    } else {
      lines.push(dateLine('deadline.explain.due', due));
    }
    if (opts.clockLines && pauses.length === 0 && extension === 0) {
      lines.push({ key: 'deadline.explain.no_pause_no_extension', params: {} });
    }
    lines.push({ key: 'deadline.explain.calendar_version', params: { version: ctx.cal.version } });
    return { due: due === null ? null : toIso(due), explanation: lines };
  };

  if (unit === 'month') {
    let anchor = start;
    let extra = 0;
    for (const p of pauses) {
      const currentBase = addMonthsRaw(anchor, total).dn + extra;
      // Only a pause after the unshifted date needs the calendar (did the rest-day shift keep the clock running?).
      if (p.from > currentBase) {
        const current = restDayRule(ctx, currentBase, shiftOnWeekend).due;
        if (p.from > current) {
          throw new RangeError(`Pause begins ${toIso(p.from)}, after the clock expired on ${toIso(current)}`);
        }
      }
      if (p.to === null) {
        lines.push({ key: 'deadline.explain.pause_open_month', params: { from: toIso(p.from) } });
        return finish(null, p.from);
      }
      if (restart) {
        lines.push({
          key: 'deadline.explain.pause_month_restart',
          params: { from: toIso(p.from), to: toIso(p.to), length: total },
        });
        anchor = p.to;
        extra = 0;
      } else {
        const days = p.to - p.from;
        lines.push({ key: 'deadline.explain.pause_month', params: { from: toIso(p.from), to: toIso(p.to), days } });
        extra += days;
      }
    }
    const raw = addMonthsRaw(anchor, total);
    lines.push(...monthEndLine(raw));
    const base = raw.dn + extra;
    if (extra > 0) {
      lines.push({
        key: 'deadline.explain.month_pause_postponed',
        params: { from: toIso(raw.dn), days: extra, to: toIso(base) },
      });
    }
    lines.push(dateLine('deadline.explain.base_due', base));
    const shifted = restDayRule(ctx, base, shiftOnWeekend);
    lines.push(...shifted.lines);
    return finish(shifted.due, shifted.due);
  }

  // calendar_day and working_day: count units, pausing as §4.3 says.
  const expired = (p: NormalisedPause, dueDay: DayNumber): RangeError =>
    new RangeError(`Pause begins ${toIso(p.from)}, after the clock expired on ${toIso(dueDay)}`);

  let cursor = start;
  let remaining = total;
  let counted = 0;
  for (const p of pauses) {
    // Is the clock still running on ps? Decided without looking past ps where possible, so that a pause
    // does not make the computation touch later (possibly unpublished) years.
    let elapsed: number;
    if (unit === 'calendar_day') {
      elapsed = p.from - cursor;
      if (elapsed > remaining) {
        const current = restDayRule(ctx, cursor + remaining, shiftOnWeekend).due;
        if (p.from > current) throw expired(p, current);
      }
    } else {
      const scan = countWorkingBetween(ctx, cursor, p.from);
      elapsed = scan.count;
      if (remaining === 0) {
        const current = restDayRule(ctx, cursor, true).due;
        if (p.from > current) throw expired(p, current);
      } else if (elapsed > remaining || (elapsed === remaining && !dayInfo(ctx, p.from).working)) {
        throw expired(p, countWorkingForward(ctx, cursor, remaining).last);
      }
      lines.push(...scanLines(scan));
    }
    const used = Math.min(elapsed, remaining);
    counted += used;
    if (p.to === null) {
      lines.push({
        key: 'deadline.explain.pause_open',
        params: { from: toIso(p.from), counted, remaining: restart ? total : remaining - used, unit },
      });
      return finish(null, p.from);
    }
    const excluded = unit === 'calendar_day' ? p.to - p.from : countWorkingBetween(ctx, p.from, p.to).count;
    if (restart) {
      lines.push({
        key: 'deadline.explain.pause_restart',
        params: { from: toIso(p.from), to: toIso(p.to), counted, excluded, length: total, unit },
      });
      remaining = total;
      counted = 0;
    } else {
      remaining -= used;
      lines.push({
        key: 'deadline.explain.pause',
        params: { from: toIso(p.from), to: toIso(p.to), counted, excluded, remaining, unit },
      });
    }
    cursor = p.to;
  }

  let base: DayNumber;
  if (unit === 'calendar_day') {
    base = cursor + remaining;
  } else if (remaining > 0) {
    const scan = countWorkingForward(ctx, cursor, remaining);
    lines.push(...scanLines(scan));
    base = scan.last;
  } else {
    base = cursor;
  }
  lines.push(dateLine('deadline.explain.base_due', base));
  let due = base;
  if (unit === 'calendar_day' || remaining === 0) {
    const shifted = restDayRule(ctx, base, unit === 'calendar_day' ? shiftOnWeekend : true);
    lines.push(...shifted.lines);
    due = shifted.due;
  }
  return finish(due, due);
}

function requireDue(r: CoreResult): DateResult {
  if (r.due === null) throw new Error('internal: no due date without an open pause');
  return { due: r.due, explanation: r.explanation };
}

// ---------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------

/**
 * Working day = Monday–Friday not marked `holiday`, or any day marked `makeup_workday` (§4.2 rule 3).
 * @throws CalendarNotCoveredError if the date's year is not published.
 */
export function isWorkingDay(cal: HolidayCalendar, date: IsoDate): boolean {
  return dayInfo(strictCtx(cal), parseIso(date)).working;
}

/**
 * Rest day = any day that is not a working day (§4.2 rule 7).
 * @throws CalendarNotCoveredError if the date's year is not published.
 */
export function isRestDay(cal: HolidayCalendar, date: IsoDate): boolean {
  return !isWorkingDay(cal, date);
}

/**
 * Calendar-day period (procedure.md §4.2 rules 1, 2, 7; 民法典 arts. 201–204; 民事诉讼法 art. 85):
 * "按照年、月、日、小时计算期间的，开始的当日不计入，自下一日开始计算" (民法典 art. 201) — the start day is not
 * counted, so due = start + n. "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日"
 * (民法典 art. 203; likewise 民事诉讼法 art. 85) — if the due day is a rest day the period ends on the next
 * working day. With opts.shiftOnWeekend = false only holidays move the date, ordinary weekends do not
 * (§4.2 rule 7, [B]). A make-up working day (调休) is a working day and never moves the date.
 * @throws CalendarNotCoveredError when the window touches an unpublished year.
 */
export function addCalendarDays(
  cal: HolidayCalendar,
  start: IsoDate,
  n: number,
  opts?: { shiftOnWeekend?: boolean },
): DateResult {
  const spec: DeadlineSpec = { start, unit: 'calendar_day', length: n };
  if (opts?.shiftOnWeekend !== undefined) spec.shiftOnWeekend = opts.shiftOnWeekend;
  return requireDue(computeCore(strictCtx(cal), spec, { clockLines: false }));
}

/**
 * Working-day period (§4.2 rule 3): n working days counted from the day after `start`; weekends and holidays
 * are skipped, make-up workdays count. The due date is always a working day.
 * @throws CalendarNotCoveredError when the window touches an unpublished year.
 */
export function addWorkingDays(cal: HolidayCalendar, start: IsoDate, n: number): DateResult {
  return requireDue(computeCore(strictCtx(cal), { start, unit: 'working_day', length: n }, { clockLines: false }));
}

/**
 * Month period (§4.2 rule 4; 民法典 art. 202 "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，
 * 月末日为期间的最后一日"): the same day n months later, or that month's last day; then the rest-day rule.
 * @throws CalendarNotCoveredError when the window touches an unpublished year.
 */
export function addMonths(
  cal: HolidayCalendar,
  start: IsoDate,
  n: number,
  opts?: { shiftOnWeekend?: boolean },
): DateResult {
  const spec: DeadlineSpec = { start, unit: 'month', length: n };
  if (opts?.shiftOnWeekend !== undefined) spec.shiftOnWeekend = opts.shiftOnWeekend;
  return requireDue(computeCore(strictCtx(cal), spec, { clockLines: false }));
}

/**
 * Due date of a clock with its extensions and pauses (§4.2, §4.3) and its explanation (§4.5).
 * due is null while the clock is paused (open pause).
 * @throws CalendarNotCoveredError when the window touches an unpublished year.
 * @throws RangeError for malformed input (bad date, negative length, overlapping pauses, a pause that begins
 *   before the start or after the clock expired).
 */
export function computeDeadline(
  cal: HolidayCalendar,
  spec: DeadlineSpec,
): { due: IsoDate | null; explanation: ExplanationLine[] } {
  return computeCore(strictCtx(cal), spec, { clockLines: true });
}

/**
 * computeDeadline, or — when the window touches a year whose calendar is not published — the same computation
 * with every unpublished year treated as weekends-only (no holiday rows), flagged provisional: true with a
 * `deadline.explain.provisional` line (暂定). Never silently (§4.4).
 */
export function computeDeadlineOrProvisional(cal: HolidayCalendar, spec: DeadlineSpec): DeadlineResult {
  try {
    const r = computeDeadline(cal, spec);
    return { due: r.due, provisional: false, explanation: r.explanation };
  } catch (err) {
    if (!(err instanceof CalendarNotCoveredError)) throw err;
    const ctx: Ctx = { cal, strict: false, uncovered: new Set([err.year]) };
    const r = computeCore(ctx, spec, { clockLines: true });
    const years = [...ctx.uncovered].sort((a, b) => a - b);
    r.explanation.push({
      key: 'deadline.explain.provisional',
      params: { years: years.join(', '), year: years[0] ?? err.year },
    });
    return { due: r.due, provisional: true, explanation: r.explanation };
  }
}
