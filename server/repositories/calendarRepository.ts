/** The holiday calendar tables (procedure.md §4.4). */
import type { Db } from './rows.ts';
import type { CalendarDayEntry, HolidayCalendar } from '../domain/deadlines/types.ts';

export async function loadHolidayCalendar(db: Db): Promise<HolidayCalendar> {
  const years = await db('calendar_years').select('year', 'status', 'version');
  const days = await db('calendar_days').whereNull('region_code').select('date', 'kind', 'name').orderBy('date');
  return {
    publishedYears: new Set(years.filter((y) => y.status === 'published').map((y) => Number(y.year))),
    days: new Map(days.map((d: CalendarDayEntry) => [d.date, { date: d.date, kind: d.kind, name: d.name }])),
    version: years.reduce((sum, y) => sum + Number(y.version), 0),
  };
}

export interface CalendarYearRow {
  year: number;
  status: 'published' | 'draft';
  sourceNotice: string;
  publishedOn: string | null;
  version: number;
  dayCount: number;
}

export async function listCalendarYears(db: Db): Promise<CalendarYearRow[]> {
  const rows = await db('calendar_years as y')
    .leftJoin('calendar_days as d', 'd.year', 'y.year')
    .groupBy('y.year')
    .orderBy('y.year', 'desc')
    .select('y.year', 'y.status', 'y.source_notice', 'y.published_on', 'y.version', db.raw('count(d.id)::int as day_count'));
  return rows.map((r) => ({
    year: r.year,
    status: r.status,
    sourceNotice: r.source_notice,
    publishedOn: r.published_on,
    version: r.version,
    dayCount: r.day_count,
  }));
}

export async function listCalendarDays(db: Db, year: number) {
  return db('calendar_days').where({ year }).whereNull('region_code').orderBy('date').select('id', 'date', 'kind', 'name', 'source_notice');
}

export async function upsertCalendarYear(db: Db, row: { year: number; status: 'published' | 'draft'; sourceNotice: string; publishedOn: string | null }) {
  await db('calendar_years')
    .insert({ year: row.year, status: row.status, source_notice: row.sourceNotice, published_on: row.publishedOn })
    .onConflict('year')
    .merge({ status: row.status, source_notice: row.sourceNotice, published_on: row.publishedOn, version: db.raw('calendar_years.version + 1'), updated_at: db.fn.now() });
}

export async function bumpCalendarYearVersion(db: Db, year: number) {
  await db('calendar_years').where({ year }).update({ version: db.raw('version + 1'), updated_at: db.fn.now() });
}

export async function insertCalendarDay(db: Db, row: { date: string; kind: string; name: string; sourceNotice: string }) {
  await db('calendar_days').insert({ date: row.date, year: Number(row.date.slice(0, 4)), kind: row.kind, name: row.name, source_notice: row.sourceNotice });
}

export async function deleteCalendarDay(db: Db, id: number): Promise<string | null> {
  const [row] = await db('calendar_days').where({ id }).delete().returning(['date']);
  return row ? String(row.date) : null;
}

export async function ensureCalendarYear(db: Db, row: { year: number; sourceNotice: string }) {
  await db('calendar_years').insert({ year: row.year, status: 'draft', source_notice: row.sourceNotice }).onConflict('year').ignore();
}
