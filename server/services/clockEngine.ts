/**
 * Carries out the clock operations planned by domain/deadlines/clockPlan.ts inside the caller's
 * transaction, computing and storing each due date with its explanation (procedure.md §4.1-§4.5).
 */
import type { Db } from '../repositories/rows.ts';
import { insertClock, listClocks, updateClock } from '../repositories/clockRepository.ts';
import type { StoredClockDefinition } from '../repositories/profileRepository.ts';
import type { ClockOp } from '../domain/deadlines/clockPlan.ts';
import { computeDeadlineOrProvisional } from '../domain/deadlines/calendarArithmetic.ts';
import { legalDateOf } from '../domain/deadlines/legalDate.ts';
import type { ExplanationLine, HolidayCalendar, IsoDate } from '../domain/deadlines/types.ts';
import type { CaseClock } from '../domain/case/types.ts';

export interface ClockComputation {
  dueDate: IsoDate | null;
  dueAt: Date | null;
  isProvisional: boolean;
  explanation: ExplanationLine[];
}

type ClockShape = Pick<CaseClock, 'clockKey' | 'startDate' | 'startAt' | 'unit' | 'length' | 'extension' | 'pauses' | 'dueOverride' | 'startEventId'>;

/** Due date of a clock instance from its stored shape, with the explanation of §4.5. */
export function computeClock(
  clock: ClockShape,
  definition: Pick<StoredClockDefinition, 'source' | 'evidenceMarker' | 'onResume' | 'profileKey'>,
  calendar: HolidayCalendar,
  shiftOnWeekend: boolean,
  startEventType: string,
): ClockComputation {
  const header: ExplanationLine[] = [
    { key: 'deadline.explain.clock', params: { clock: clock.clockKey, profile: definition.profileKey, source: definition.source, marker: definition.evidenceMarker } },
    { key: 'deadline.explain.start_event', params: { event: startEventType, eventId: clock.startEventId, at: clock.startAt.toISOString() } },
  ];
  if (clock.dueOverride) {
    return { dueDate: clock.dueOverride, dueAt: null, isProvisional: false, explanation: [...header, { key: 'deadline.explain.override', params: { due: clock.dueOverride } }] };
  }
  if (clock.unit === 'hour') {
    // Internal clocks only: elapsed hours, no calendar adjustment (§4.2 rule 5).
    const dueAt = new Date(clock.startAt.getTime() + (clock.length + clock.extension) * 3_600_000);
    return {
      dueDate: legalDateOf(dueAt),
      dueAt,
      isProvisional: false,
      explanation: [...header, { key: 'deadline.explain.hours', params: { hours: clock.length + clock.extension, due: dueAt.toISOString() } }],
    };
  }
  const result = computeDeadlineOrProvisional(calendar, {
    start: clock.startDate,
    unit: clock.unit,
    length: clock.length,
    extension: clock.extension,
    pauses: clock.pauses,
    onResume: definition.onResume,
    shiftOnWeekend,
  });
  return { dueDate: result.due, dueAt: null, isProvisional: result.provisional, explanation: [...header, ...result.explanation] };
}

export interface ClockEngineContext {
  db: Db;
  caseId: number;
  eventId: number;
  eventType: string;
  now: Date;
  calendar: HolidayCalendar;
  definitions: readonly StoredClockDefinition[];
  shiftOnWeekend: boolean;
}

/** Apply the operations; returns whether any live clock is provisional afterwards. */
export async function applyClockOps(ctx: ClockEngineContext, ops: readonly ClockOp[]): Promise<{ anyProvisional: boolean }> {
  const { db } = ctx;
  const clocks = new Map((await listClocks(db, ctx.caseId)).map((c) => [c.id, c]));
  const defById = new Map(ctx.definitions.map((d) => [d.id, d]));
  const today = legalDateOf(ctx.now);

  const recompute = async (clock: CaseClock, changes: Partial<CaseClock>) => {
    const startEventType = String(clock.explanation.find((l) => l.key === 'deadline.explain.start_event')?.params.event ?? '');
    const def = defById.get(clock.definitionId);
    if (!def) throw new Error(`clock definition ${clock.definitionId} missing`);
    const next = { ...clock, ...changes };
    const computed = computeClock(next, def, ctx.calendar, ctx.shiftOnWeekend, startEventType);
    await updateClock(db, clock.id, { ...changes, ...computed, calendarVersion: ctx.calendar.version });
  };

  for (const op of ops) {
    if (op.op === 'start') {
      const def = op.definition as StoredClockDefinition;
      const shape = {
        clockKey: def.clockKey,
        startDate: op.startDate,
        startAt: ctx.now,
        unit: def.unit,
        length: op.length ?? def.length,
        extension: 0,
        pauses: [],
        dueOverride: op.dueOverride ?? null,
        startEventId: ctx.eventId,
      };
      const computed = computeClock(shape, def, ctx.calendar, ctx.shiftOnWeekend, ctx.eventType);
      await insertClock(db, {
        ...shape,
        caseId: ctx.caseId,
        definitionId: def.id,
        definitionVersion: def.version,
        partyId: op.partyId,
        obligationId: op.obligationId,
        penaltyId: op.penaltyId,
        extensions: [],
        state: op.stoppedImmediately ? 'stopped' : 'running',
        stoppedAt: op.stoppedImmediately ? ctx.now : null,
        calendarVersion: ctx.calendar.version,
        ...computed,
      });
      continue;
    }
    const clock = clocks.get(op.clockId);
    if (!clock) throw new Error(`clock ${op.clockId} is not a clock of case ${ctx.caseId}`);
    switch (op.op) {
      case 'stop':
        await updateClock(db, clock.id, { state: 'stopped', stoppedAt: ctx.now, stopEventId: ctx.eventId });
        break;
      case 'expire':
        await updateClock(db, clock.id, { state: 'expired', expiredAt: ctx.now });
        break;
      case 'pause': {
        const pauses = [...clock.pauses, { from: op.from, to: null, reason: op.reason }];
        await recompute(clock, { state: 'paused', pauses });
        break;
      }
      case 'resume': {
        const pauses = clock.pauses.map((p) => (p.to === null ? { ...p, to: op.to } : p));
        await recompute(clock, { state: 'running', pauses });
        break;
      }
      case 'recompute':
        await recompute(clock, {});
        break;
      case 'extend': {
        const extensions = [...clock.extensions, { units: op.units, reason: op.reason, on: today }];
        await recompute(clock, { extension: clock.extension + op.units, extensions });
        break;
      }
    }
  }
  const after = await listClocks(db, ctx.caseId);
  return { anyProvisional: after.some((c) => (c.state === 'running' || c.state === 'paused') && c.isProvisional) };
}
