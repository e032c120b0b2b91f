/** Small formatting helpers available in every view as `h` (dates in Asia/Shanghai, money, days left). */
import { daysBetween, legalDateOf } from './domain/deadlines/legalDate.ts';

const dateTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

export const viewHelpers = {
  /** 2026-03-15 → 2026年3月15日 (zh) or 15 Mar 2026 (en) */
  date(value: string | Date | null | undefined, lang = 'zh-CN'): string {
    if (!value) return '';
    const iso = value instanceof Date ? legalDateOf(value) : value;
    const [y, m, d] = iso.split('-').map(Number);
    if (lang === 'en') return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    return `${y}年${m}月${d}日`;
  },
  dateTime(value: Date | string | null | undefined): string {
    return value ? dateTime.format(new Date(value)) : '';
  },
  /** Whole days from today to a due date (negative: overdue). */
  daysLeft(due: string | null | undefined, today: string): number | null {
    return due ? daysBetween(today, due) : null;
  },
  money(value: string | number | null | undefined): string {
    if (value === null || value === undefined || value === '') return '';
    return Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  },
  /** The value to put back into a form field: the flashed answer if any, else the stored value. */
  val(flash: { values?: Record<string, unknown> } | null | undefined, name: string, fallback: unknown = ''): string {
    const v = flash?.values?.[name];
    if (typeof v === 'string') return v;
    if (v === undefined || v === null) return fallback === null || fallback === undefined ? '' : String(fallback);
    return String(v);
  },
};
