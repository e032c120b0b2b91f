/**
 * Types of the legal calendar and of deadline arithmetic (procedure.md §4).
 * Pure data: no I/O, no clock reads.
 */

/** A local legal date in Asia/Shanghai, written YYYY-MM-DD. */
export type IsoDate = string;

export type ClockUnit = 'calendar_day' | 'working_day' | 'month' | 'hour';

export type CalendarDayKind = 'holiday' | 'makeup_workday';

/** One row of the holiday calendar (table calendar_day). */
export interface CalendarDayEntry {
  date: IsoDate;
  kind: CalendarDayKind;
  /** Name of the holiday, e.g. 国庆节 / 春节; for a make-up day the holiday it serves. */
  name: string;
}

/** The holiday calendar as the arithmetic sees it: loaded from the database by the caller. */
export interface HolidayCalendar {
  /** Years whose calendar_year.status = 'published'. */
  publishedYears: ReadonlySet<number>;
  /** Rows keyed by date. Weekends are implicit (Sat/Sun rest unless a makeup_workday row says otherwise). */
  days: ReadonlyMap<IsoDate, CalendarDayEntry>;
  /** calendar version (sum or max of calendar_year.version), recorded in explanations. */
  version: number;
}

/**
 * One line of a deadline explanation. `key` is an i18n key under `deadline.explain.*`
 * (server/i18n/zh-CN.json, en.json); params fill its placeholders. Rendering to text is done by the caller.
 */
export interface ExplanationLine {
  key: string;
  params: Record<string, string | number>;
}

export interface DateResult {
  due: IsoDate;
  explanation: ExplanationLine[];
}

export interface ClockPause {
  /** date the pause began (ps): counting ends on ps. */
  from: IsoDate;
  /** date the clock resumed (pe), or null while still paused. pe itself is not counted. */
  to: IsoDate | null;
  reason?: string;
}

export interface DeadlineSpec {
  /** The start date (the day of the starting event; not counted). */
  start: IsoDate;
  unit: Exclude<ClockUnit, 'hour'>;
  length: number;
  /** Units added by approved extensions (延期). */
  extension?: number;
  pauses?: readonly ClockPause[];
  /** on_resume: 'continue' (default) or 'restart' (full length again from pe). */
  onResume?: 'continue' | 'restart';
  /** shift a calendar-day/month due date falling on a weekend (not only a holiday). Default true. */
  shiftOnWeekend?: boolean;
}

export interface DeadlineResult {
  /** null while the clock is paused (no due date while paused). */
  due: IsoDate | null;
  provisional: boolean;
  explanation: ExplanationLine[];
}
