/**
 * Hash chain of case events (architecture.md §5): hash = sha256(prev_hash || canonical_json(event)).
 * Canonical JSON sorts object keys recursively, so the same event always hashes the same way.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The fields of a case_events row that the hash covers. */
export interface HashedEvent {
  caseId: number;
  seq: number;
  eventType: string;
  actorType: string;
  actorUserId: number | null;
  actorRole: string;
  fromStatus: string | null;
  toStatus: string | null;
  penaltyId: number | null;
  payload: unknown;
  occurredAt: string;
}

export function eventHash(prevHash: string, event: HashedEvent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(event)).digest('hex');
}

/** Verify one case's chain (rows in seq order). Returns the first broken seq, or null. */
export function firstBrokenLink(rows: ReadonlyArray<HashedEvent & { prevHash: string; hash: string }>): number | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    const { prevHash, hash, ...event } = row;
    if (row.seq !== expectedSeq || prevHash !== prev || eventHash(prev, event) !== hash) return row.seq;
    prev = hash;
    expectedSeq++;
  }
  return null;
}
