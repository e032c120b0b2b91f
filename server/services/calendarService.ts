/**
 * The legal calendar as a service: the public deadline computation, administrators' edits, and the
 * recomputation of open clocks after an edit, each change recorded as a `deadline_recomputed` event (§4.4).
 */
import type { Knex } from 'knex';
import { loadHolidayCalendar, insertCalendarDay, deleteCalendarDay, upsertCalendarYear, ensureCalendarYear, bumpCalendarYearVersion, listCalendarYears, listCalendarDays } from '../repositories/calendarRepository.ts';
import { listLiveClockIdsTouchingYear, listClocks, listProvisionalClocks } from '../repositories/clockRepository.ts';
import { findCase } from '../repositories/caseRepository.ts';
import { getProfile, listClockDefinitions } from '../repositories/profileRepository.ts';
import { computeDeadlineOrProvisional } from '../domain/deadlines/calendarArithmetic.ts';
import type { ClockUnit, DeadlineResult, IsoDate } from '../domain/deadlines/types.ts';
import { SYSTEM_ACTOR, type Actor } from '../domain/case/types.ts';
import type { ProfileKey } from '../domain/procedure/profiles.ts';
import { computeClock } from './clockEngine.ts';
import type { CaseEventService } from './caseEventService.ts';
import { ForbiddenError, ValidationError } from '../errors.ts';

export function createCalendarService(deps: { db: Knex; caseEvents: CaseEventService }) {
  const { db, caseEvents } = deps;

  /** GET /api/v1/calendar/deadline: a deadline from a start date, with its explanation. */
  async function deadline(from: IsoDate, length: number, unit: Exclude<ClockUnit, 'hour'>): Promise<DeadlineResult> {
    const calendar = await loadHolidayCalendar(db);
    return computeDeadlineOrProvisional(calendar, { start: from, unit, length });
  }

  /** Recompute every open clock touching `year`; each changed due date becomes a deadline_recomputed event. */
  async function recomputeOpenClocks(year: number): Promise<{ checked: number; changed: number }> {
    const calendar = await loadHolidayCalendar(db);
    const rows = await listLiveClockIdsTouchingYear(db, year);
    let changed = 0;
    for (const caseId of [...new Set(rows.map((r) => Number(r.case_id)))]) {
      const c = await findCase(db, caseId);
      if (!c) continue;
      const profile = await getProfile(db, c.profileKey as ProfileKey);
      const defs = new Map((await listClockDefinitions(db, c.profileKey as ProfileKey)).map((d) => [d.id, d]));
      for (const clock of await listClocks(db, caseId)) {
        if (!rows.some((r) => r.id === clock.id)) continue;
        const def = defs.get(clock.definitionId);
        if (!def) continue;
        const startEvent = String(clock.explanation.find((l) => l.key === 'deadline.explain.start_event')?.params.event ?? '');
        const next = computeClock(clock, def, calendar, profile.switches.shiftOnWeekend, startEvent);
        if (next.dueDate === clock.dueDate && next.isProvisional === clock.isProvisional) continue;
        await caseEvents.applyCaseEvent({
          caseId,
          event: 'deadline_recomputed',
          payload: { clock_id: clock.id, clock_key: clock.clockKey, old_due: clock.dueDate, new_due: next.dueDate, calendar_version: calendar.version },
          actor: SYSTEM_ACTOR,
        });
        changed++;
      }
    }
    return { checked: rows.length, changed };
  }

  function requireAdmin(actor: Actor) {
    if (actor.role !== 'administrator') throw new ForbiddenError('calendar edits are for administrators');
  }

  async function addDay(actor: Actor, row: { date: IsoDate; kind: 'holiday' | 'makeup_workday'; name: string; sourceNotice: string }) {
    requireAdmin(actor);
    const year = Number(row.date.slice(0, 4));
    try {
      await db.transaction(async (trx) => {
        // a day in a year not yet in the calendar opens that year as a draft (not used until published)
        await ensureCalendarYear(trx, { year, sourceNotice: row.sourceNotice });
        await insertCalendarDay(trx, row);
        await bumpCalendarYearVersion(trx, year);
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ValidationError('day exists', { date: ['validation.calendar_day_exists'] });
      throw error;
    }
    return recomputeOpenClocks(year);
  }

  async function removeDay(actor: Actor, id: number) {
    requireAdmin(actor);
    const date = await db.transaction(async (trx) => {
      const d = await deleteCalendarDay(trx, id);
      if (d) await bumpCalendarYearVersion(trx, Number(d.slice(0, 4)));
      return d;
    });
    return date ? recomputeOpenClocks(Number(date.slice(0, 4))) : { checked: 0, changed: 0 };
  }

  async function setYear(actor: Actor, row: { year: number; status: 'published' | 'draft'; sourceNotice: string; publishedOn: IsoDate | null }) {
    requireAdmin(actor);
    await upsertCalendarYear(db, row);
    return recomputeOpenClocks(row.year);
  }

  return {
    deadline,
    recomputeOpenClocks,
    addDay,
    removeDay,
    setYear,
    listYears: () => listCalendarYears(db),
    listDays: (year: number) => listCalendarDays(db, year),
    listProvisionalClocks: () => listProvisionalClocks(db),
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
