/**
 * Reading the case timeline for documents: the latest event of some types and typed access to payload values.
 * Events are ordered by `seq` (the timeline order), never by array position.
 */
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import type { DocumentSource } from '../model.ts';

/** The events of the given types in timeline order (all events when `types` is empty). */
export function eventsOf(source: Pick<DocumentSource, 'events'>, types: readonly string[] = []): CaseEventRecord[] {
  return source.events
    .filter((e) => types.length === 0 || types.includes(e.eventType))
    .sort((a, b) => a.seq - b.seq);
}

/** The latest event of the given types that satisfies `where`, or null. */
export function latestEvent(
  source: Pick<DocumentSource, 'events'>,
  types: readonly string[],
  where: (e: CaseEventRecord) => boolean = () => true,
): CaseEventRecord | null {
  const list = eventsOf(source, types).filter(where);
  return list[list.length - 1] ?? null;
}

/** A payload value as a trimmed string ('' when absent or not a string/number). */
export function payloadText(event: CaseEventRecord | null | undefined, key: string): string {
  const v = event?.payload[key];
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** A payload value as a number, or null. */
export function payloadNumber(event: CaseEventRecord | null | undefined, key: string): number | null {
  const v = event?.payload[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** A payload value as an array (of unknown items), [] when absent. */
export function payloadList(event: CaseEventRecord | null | undefined, key: string): unknown[] {
  const v = event?.payload[key];
  return Array.isArray(v) ? v : [];
}

/** True when the payload value is true (checkboxes are stored as booleans). */
export function payloadFlag(event: CaseEventRecord | null | undefined, key: string): boolean {
  return event?.payload[key] === true;
}
