/** case_events: append-only, hash-chained. Only inserts; the database refuses updates and deletes. */
import type { Db } from './rows.ts';
import type { CaseEventRecord } from '../domain/case/types.ts';

const EVENT_COLUMNS = [
  'e.id', 'e.case_id', 'e.seq', 'e.event_type', 'e.penalty_id', 'e.actor_type', 'e.actor_user_id', 'e.actor_role', 'e.from_status',
  'e.to_status', 'e.payload', 'e.occurred_at', 'e.prev_hash', 'e.hash',
];

const mapEvent = (r: Record<string, any>): CaseEventRecord => ({
  id: Number(r.id),
  caseId: r.case_id,
  seq: r.seq,
  eventType: r.event_type,
  penaltyId: r.penalty_id,
  actorType: r.actor_type,
  actorUserId: r.actor_user_id,
  actorRole: r.actor_role,
  actorName: r.actor_name ?? null,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  payload: r.payload ?? {},
  occurredAt: r.occurred_at,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export async function listEvents(db: Db, caseId: number): Promise<CaseEventRecord[]> {
  const rows = await db('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .where('e.case_id', caseId)
    .orderBy('e.seq')
    .select([...EVENT_COLUMNS, 'u.display_name as actor_name']);
  return rows.map(mapEvent);
}

export async function lastEvent(db: Db, caseId: number): Promise<{ seq: number; hash: string } | null> {
  const row = await db('case_events').where({ case_id: caseId }).orderBy('seq', 'desc').first('seq', 'hash');
  return row ? { seq: row.seq, hash: row.hash } : null;
}

export async function insertEvent(db: Db, row: Omit<CaseEventRecord, 'id' | 'actorName'>): Promise<number> {
  const [inserted] = await db('case_events')
    .insert({
      case_id: row.caseId,
      seq: row.seq,
      event_type: row.eventType,
      penalty_id: row.penaltyId,
      actor_type: row.actorType,
      actor_user_id: row.actorUserId,
      actor_role: row.actorRole,
      from_status: row.fromStatus,
      to_status: row.toStatus,
      payload: JSON.stringify(row.payload),
      occurred_at: row.occurredAt,
      prev_hash: row.prevHash,
      hash: row.hash,
    })
    .returning('id');
  return Number(inserted.id);
}

/** Every case id with events, in batches (audit:verify). */
export async function listCaseIdsWithEvents(db: Db, afterId: number, limit: number): Promise<number[]> {
  const rows = await db('cases').where('id', '>', afterId).orderBy('id').limit(limit).select('id');
  return rows.map((r) => Number(r.id));
}

export async function listEventsForVerification(db: Db, caseId: number): Promise<CaseEventRecord[]> {
  const rows = await db('case_events as e').where('e.case_id', caseId).orderBy('e.seq').select(EVENT_COLUMNS);
  return rows.map(mapEvent);
}

export async function hasEvent(db: Db, caseId: number, eventType: string): Promise<boolean> {
  return (await db('case_events').where({ case_id: caseId, event_type: eventType }).first('id')) !== undefined;
}
