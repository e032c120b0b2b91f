/** Verifies every case's hash chain (npm run audit:verify). */
import type { Knex } from 'knex';
import { listCaseIdsWithEvents, listEventsForVerification } from '../repositories/eventRepository.ts';
import { firstBrokenLink } from '../domain/case/hashChain.ts';
import { findCase } from '../repositories/caseRepository.ts';

export interface BrokenChain {
  caseId: number;
  caseNumber: string;
  seq: number;
}

export function createAuditService(deps: { db: Knex }) {
  const { db } = deps;

  async function verifyCase(caseId: number): Promise<number | null> {
    const events = await listEventsForVerification(db, caseId);
    return firstBrokenLink(
      events.map((e) => ({
        caseId: e.caseId,
        seq: e.seq,
        eventType: e.eventType,
        actorType: e.actorType,
        actorUserId: e.actorUserId,
        actorRole: e.actorRole,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        penaltyId: e.penaltyId,
        payload: e.payload,
        occurredAt: e.occurredAt.toISOString(),
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    );
  }

  async function verifyAll(): Promise<{ checked: number; broken: BrokenChain[] }> {
    const broken: BrokenChain[] = [];
    let checked = 0;
    let after = 0;
    for (;;) {
      const ids = await listCaseIdsWithEvents(db, after, 500);
      if (ids.length === 0) break;
      for (const id of ids) {
        checked++;
        const seq = await verifyCase(id);
        if (seq !== null) broken.push({ caseId: id, caseNumber: (await findCase(db, id))?.caseNumber ?? String(id), seq });
      }
      after = ids[ids.length - 1] as number;
    }
    return { checked, broken };
  }

  return { verifyAll, verifyCase };
}
