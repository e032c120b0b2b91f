/** Hash chain of case events (server/domain/case/hashChain.ts; architecture.md §5; procedure.md §8.2). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, eventHash, firstBrokenLink } from '../../../server/domain/case/hashChain.ts';
import type { HashedEvent } from '../../../server/domain/case/hashChain.ts';

type Row = HashedEvent & { prevHash: string; hash: string };

function event(seq: number, over: Partial<HashedEvent> = {}): HashedEvent {
  return {
    caseId: 42,
    seq,
    eventType: seq === 1 ? 'submit' : 'add_evidence',
    actorType: 'user',
    actorUserId: 7,
    actorRole: 'officer',
    fromStatus: seq === 1 ? null : 'submitted',
    toStatus: 'submitted',
    penaltyId: null,
    payload: { description: `item ${seq}`, nested: { b: [1, { y: 2, x: 1 }], a: 'z' } },
    occurredAt: `2026-03-0${seq}T01:02:03.000Z`,
    ...over,
  };
}

function chain(n: number): Row[] {
  const rows: Row[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = event(seq);
    const hash = eventHash(prev, e);
    rows.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: 2, c: { z: 1, y: 2 } })).toBe(canonicalJson({ c: { y: 2, z: 1 }, a: 2, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('sorts keys recursively inside arrays, and keeps array order', () => {
    expect(canonicalJson({ list: [{ b: 1, a: 2 }, [3, { d: 4, c: 5 }]] })).toBe('{"list":[{"a":2,"b":1},[3,{"c":5,"d":4}]]}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('encodes scalars, null and strings as JSON', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson('投诉 "x"')).toBe(JSON.stringify('投诉 "x"'));
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('omits undefined object members (as JSON.stringify does)', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('is parseable JSON equal to the input', () => {
    const v = { z: [1, 'a', null, { q: false }], y: { x: { w: 1 } } };
    expect(JSON.parse(canonicalJson(v))).toEqual(v);
  });

  // KNOWN CODE BUG (latent; hashChain.ts canonicalJson): a Date (or any object with toJSON) is walked with
  // Object.entries and encoded as '{}', so two payloads differing only in a Date hash the same, and a payload
  // hashed with a Date but stored as JSON (ISO string) no longer verifies after a reload. Today appendEvent passes
  // occurredAt as an ISO string and payload dates are strings, so no current caller is affected.
  it('encodes a Date as JSON.stringify does (its ISO string)', () => {
    const d = new Date('2026-03-02T01:02:03.000Z');
    expect(canonicalJson({ at: d })).toBe('{"at":"2026-03-02T01:02:03.000Z"}');
  });

  it('distinguishes values that differ only in type', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});

describe('eventHash', () => {
  it('is sha256(prevHash || canonicalJson(event))', () => {
    const e = event(1);
    const expected = createHash('sha256').update(GENESIS_HASH + canonicalJson(e)).digest('hex');
    expect(eventHash(GENESIS_HASH, e)).toBe(expected);
    expect(eventHash(GENESIS_HASH, e)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the key order of the event or its payload', () => {
    const e = event(1);
    const reordered = Object.fromEntries(Object.entries(e).reverse()) as unknown as HashedEvent;
    reordered.payload = { nested: { a: 'z', b: [1, { x: 1, y: 2 }] }, description: 'item 1' };
    expect(eventHash(GENESIS_HASH, reordered)).toBe(eventHash(GENESIS_HASH, e));
  });

  it('depends on the previous hash and on every field', () => {
    const e = event(2);
    const h = eventHash(GENESIS_HASH, e);
    expect(eventHash('f'.repeat(64), e)).not.toBe(h);
    expect(eventHash(GENESIS_HASH, { ...e, seq: 3 })).not.toBe(h);
    expect(eventHash(GENESIS_HASH, { ...e, actorRole: 'supervisor' })).not.toBe(h);
    expect(eventHash(GENESIS_HASH, { ...e, toStatus: 'closed' })).not.toBe(h);
    expect(eventHash(GENESIS_HASH, { ...e, payload: { description: 'item 2 ' } })).not.toBe(h);
  });

  it('the genesis hash is 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
});

describe('firstBrokenLink', () => {
  it('an intact chain (and an empty one) is not broken', () => {
    expect(firstBrokenLink(chain(5))).toBeNull();
    expect(firstBrokenLink([])).toBeNull();
  });

  it('detects a changed payload at that row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, payload: { description: 'tampered' } };
    expect(firstBrokenLink(rows)).toBe(3);
  });

  it('detects a change deep inside the payload', () => {
    const rows = chain(4);
    rows[1] = { ...rows[1]!, payload: { description: 'item 2', nested: { b: [1, { y: 2, x: 999 }], a: 'z' } } };
    expect(firstBrokenLink(rows)).toBe(2);
  });

  it('a payload re-serialised with other key order is not a break', () => {
    const rows = chain(3);
    rows[1] = { ...rows[1]!, payload: { nested: { a: 'z', b: [1, { x: 1, y: 2 }] }, description: 'item 2' } };
    expect(firstBrokenLink(rows)).toBeNull();
  });

  it('detects a changed seq', () => {
    const rows = chain(4);
    rows[1] = { ...rows[1]!, seq: 7 };
    expect(firstBrokenLink(rows)).toBe(7);
  });

  it('detects a changed seq even when the hash was recomputed for it', () => {
    const rows = chain(4);
    const changed = { ...event(2), seq: 3 };
    rows[1] = { ...changed, prevHash: rows[0]!.hash, hash: eventHash(rows[0]!.hash, changed) };
    expect(firstBrokenLink(rows)).toBe(3);
  });

  it('detects a removed row', () => {
    const rows = chain(5);
    rows.splice(2, 1);
    expect(firstBrokenLink(rows)).toBe(4);
  });

  it('detects a removed first row', () => {
    expect(firstBrokenLink(chain(3).slice(1))).toBe(2);
  });

  it('detects a reordered pair', () => {
    const rows = chain(5);
    const [a, b] = [rows[1]!, rows[2]!];
    rows[1] = b;
    rows[2] = a;
    expect(firstBrokenLink(rows)).toBe(3);
  });

  it('detects a tampered hash, and a row re-hashed without re-linking the rest', () => {
    const rows = chain(4);
    rows[3] = { ...rows[3]!, hash: 'a'.repeat(64) };
    expect(firstBrokenLink(rows)).toBe(4);

    const rows2 = chain(4);
    const tampered = { ...event(2), payload: { description: 'tampered' } };
    rows2[1] = { ...tampered, prevHash: rows2[0]!.hash, hash: eventHash(rows2[0]!.hash, tampered) };
    expect(firstBrokenLink(rows2)).toBe(3);
  });

  it('detects a wrong prevHash on the first row', () => {
    const rows = chain(2);
    rows[0] = { ...rows[0]!, prevHash: 'f'.repeat(64) };
    expect(firstBrokenLink(rows)).toBe(1);
  });
});
