/**
 * Legal dates are local dates in Asia/Shanghai; timestamps are stored in UTC (procedure.md §0).
 * Pure conversions: the instant is always passed in.
 */
import type { IsoDate } from './types.ts';

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Asia/Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function legalDateOf(instant: Date): IsoDate {
  return formatter.format(instant);
}

/** 24:00 Asia/Shanghai at the end of a legal date (民法典 art. 203), as an instant. */
export function endOfLegalDay(date: IsoDate): Date {
  // Asia/Shanghai has no daylight saving time since 1991: UTC+8. 24:00 on D is 00:00 on D+1.
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);
}

/** Whole days from `a` to `b` (b − a), both YYYY-MM-DD. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const isIsoDate = (v: unknown): v is IsoDate =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
