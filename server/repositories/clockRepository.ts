/** case_clocks: one row per clock instance, with its stored due date and explanation. */
import type { Db } from './rows.ts';
import { camelize } from './rows.ts';
import type { CaseClock } from '../domain/case/types.ts';

const CLOCK_COLUMNS = [
  'id', 'case_id', 'clock_key', 'definition_id', 'definition_version', 'party_id', 'obligation_id', 'penalty_id', 'start_event_id',
  'start_at', 'start_date', 'unit', 'length', 'extension', 'pauses', 'extensions', 'due_override', 'state', 'due_date', 'due_at',
  'is_provisional', 'explanation', 'calendar_version', 'stopped_at', 'expired_at', 'version',
];

const mapClock = (r: Record<string, unknown>) => {
  const c = camelize<CaseClock>(r);
  c.startEventId = Number(c.startEventId);
  return c;
};

export async function listClocks(db: Db, caseId: number): Promise<CaseClock[]> {
  const rows = await db('case_clocks').where({ case_id: caseId }).orderBy('id').select(CLOCK_COLUMNS);
  return rows.map(mapClock);
}

export type NewClock = Omit<CaseClock, 'id' | 'version' | 'stoppedAt' | 'expiredAt'> & { stoppedAt?: Date | null };

export async function insertClock(db: Db, c: NewClock): Promise<number> {
  const [row] = await db('case_clocks')
    .insert({
      case_id: c.caseId,
      clock_key: c.clockKey,
      definition_id: c.definitionId,
      definition_version: c.definitionVersion,
      party_id: c.partyId,
      obligation_id: c.obligationId,
      penalty_id: c.penaltyId,
      start_event_id: c.startEventId,
      start_at: c.startAt,
      start_date: c.startDate,
      unit: c.unit,
      length: c.length,
      extension: c.extension,
      pauses: JSON.stringify(c.pauses),
      extensions: JSON.stringify(c.extensions),
      due_override: c.dueOverride,
      state: c.state,
      due_date: c.dueDate,
      due_at: c.dueAt,
      is_provisional: c.isProvisional,
      explanation: JSON.stringify(c.explanation),
      calendar_version: c.calendarVersion,
      stopped_at: c.stoppedAt ?? null,
    })
    .returning('id');
  return Number(row.id);
}

export async function updateClock(
  db: Db,
  id: number,
  fields: Partial<Pick<CaseClock, 'state' | 'pauses' | 'extension' | 'extensions' | 'dueDate' | 'dueAt' | 'isProvisional' | 'explanation' | 'calendarVersion' | 'stoppedAt' | 'expiredAt'>> & { stopEventId?: number },
): Promise<void> {
  const row: Record<string, unknown> = { version: db.raw('version + 1'), updated_at: db.fn.now() };
  if (fields.state !== undefined) row.state = fields.state;
  if (fields.pauses !== undefined) row.pauses = JSON.stringify(fields.pauses);
  if (fields.extension !== undefined) row.extension = fields.extension;
  if (fields.extensions !== undefined) row.extensions = JSON.stringify(fields.extensions);
  if (fields.dueDate !== undefined) row.due_date = fields.dueDate;
  if (fields.dueAt !== undefined) row.due_at = fields.dueAt;
  if (fields.isProvisional !== undefined) row.is_provisional = fields.isProvisional;
  if (fields.explanation !== undefined) row.explanation = JSON.stringify(fields.explanation);
  if (fields.calendarVersion !== undefined) row.calendar_version = fields.calendarVersion;
  if (fields.stoppedAt !== undefined) row.stopped_at = fields.stoppedAt;
  if (fields.expiredAt !== undefined) row.expired_at = fields.expiredAt;
  if (fields.stopEventId !== undefined) row.stop_event_id = fields.stopEventId;
  await db('case_clocks').where({ id }).update(row);
}

/** Running clocks whose due date has passed (the expiry job), oldest first. */
export async function listExpiredRunningClocks(db: Db, today: string, limit: number) {
  return db('case_clocks')
    .where('state', 'running')
    .whereNot('unit', 'hour')
    .where('due_date', '<', today)
    .orderBy('due_date')
    .limit(limit)
    .select('id', 'case_id', 'clock_key', 'penalty_id');
}

/** Open clocks whose window touches a year (recompute after a calendar edit). */
export async function listLiveClockIdsTouchingYear(db: Db, year: number) {
  return db('case_clocks')
    .whereIn('state', ['running', 'paused'])
    .whereNot('unit', 'hour')
    .where((q) => q.whereRaw('extract(year from start_date) <= ?', [year]).andWhere((q2) => q2.whereNull('due_date').orWhereRaw('extract(year from due_date) >= ?', [year])))
    .select('id', 'case_id');
}

export async function listProvisionalClocks(db: Db) {
  return db('case_clocks as k')
    .join('cases as c', 'c.id', 'k.case_id')
    .where('k.is_provisional', true)
    .whereIn('k.state', ['running', 'paused'])
    .orderBy('k.due_date')
    .select('k.id', 'k.clock_key', 'k.due_date', 'c.id as case_id', 'c.case_number');
}
