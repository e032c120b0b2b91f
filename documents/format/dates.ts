/**
 * Dates and times in documents (documents.md §6.1): Arabic numerals, full year, no zero padding,
 * Asia/Shanghai calendar (UTC+8, no DST). Pure: the instant to format is always a parameter.
 */

/** Asia/Shanghai offset from UTC in milliseconds (fixed, China has no DST). */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Calendar fields of a local (Asia/Shanghai) date and time. */
interface LocalParts { year: number; month: number; day: number; hour: number; minute: number }

/** True for a valid Gregorian calendar date. */
function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= dim;
}

/** Asia/Shanghai wall-clock fields of an instant (UTC time + 8 h). */
function partsOfInstant(d: Date): LocalParts {
  const t = d.getTime();
  if (!Number.isFinite(t)) throw new RangeError('Invalid Date');
  const s = new Date(t + SHANGHAI_OFFSET_MS);
  return { year: s.getUTCFullYear(), month: s.getUTCMonth() + 1, day: s.getUTCDate(), hour: s.getUTCHours(), minute: s.getUTCMinutes() };
}

/** 'YYYY-MM-DD' or local 'YYYY-MM-DD[T ]HH:MM[:SS[.fff]]' (no zone: already Shanghai time). */
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
/** An ISO timestamp with an explicit zone (Z or ±HH:MM): an instant. */
const ZONED_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Local fields of a Date (instant) or a string (local date/time, or zoned ISO instant). */
function toParts(value: string | Date): LocalParts {
  if (value instanceof Date) return partsOfInstant(value);
  const s = value.trim();
  const m = LOCAL_RE.exec(s);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    if (!isValidYmd(year, month, day) || hour > 23 || minute > 59) throw new RangeError(`Invalid date: ${value}`);
    return { year, month, day, hour, minute };
  }
  if (ZONED_RE.test(s)) return partsOfInstant(new Date(s.replace(' ', 'T')));
  throw new RangeError(`Invalid date: ${value}`);
}

/** 'YYYY-MM-DD' of an instant in Asia/Shanghai. */
export function shanghaiDate(d: Date): string {
  const p = partsOfInstant(d);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Document date: '2026-03-05' or a Date → '2026年3月5日'. */
export function formatDate(value: string | Date): string {
  const p = toParts(value);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** Document date and time, 24-hour, minutes two digits: → '2026年3月20日9时30分'. */
export function formatDateTime(value: Date | string): string {
  const p = toParts(value);
  return `${p.year}年${p.month}月${p.day}日${p.hour}时${String(p.minute).padStart(2, '0')}分`;
}
