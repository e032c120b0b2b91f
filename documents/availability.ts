/**
 * Which documents a case can issue now (documents.md §7.0 "issued on"): pure, from the case history and the
 * documents already issued. Each candidate is a target (type + recipient / penalty / service event) with the
 * current document for it, if any — then issuing again is a correction that supersedes it (§5.9).
 */
import type { DocumentModule, DocumentSource, IssueTarget, IssuedDocumentRef } from './model.ts';
import { DOCUMENT_MODULES } from './registry.ts';

export interface Candidate {
  key: string;
  target: IssueTarget;
  module: DocumentModule;
  title: string;
  /** the recipient's name for per-recipient documents */
  recipientName: string | null;
  /** the issued, not superseded document for this target */
  current: IssuedDocumentRef | null;
}

/** A stable key for a target, used in forms: type.recipient.penalty.event */
export const targetKey = (t: IssueTarget): string => [t.type, t.recipientPartyId ?? 0, t.penaltyId ?? 0, t.sourceEventId ?? 0].join('.');

const sameTarget = (d: IssuedDocumentRef, t: IssueTarget): boolean =>
  d.type === t.type && (d.recipientPartyId ?? null) === (t.recipientPartyId ?? null) && (d.penaltyId ?? null) === (t.penaltyId ?? null) && (d.sourceEventId ?? null) === (t.sourceEventId ?? null);

export function candidates(source: DocumentSource): Candidate[] {
  const out: Candidate[] = [];
  const caseEvents = source.events.filter((e) => e.penaltyId === null);
  const push = (module: DocumentModule, target: IssueTarget, recipientName: string | null) => {
    const current = source.documents.find((d) => sameTarget(d, target) && d.supersededById === null) ?? null;
    out.push({ key: targetKey(target), target, module, title: module.info.titles[source.profile] ?? '', recipientName, current });
  };
  for (const module of DOCUMENT_MODULES.values()) {
    const info = module.info;
    if (!info.titles[source.profile]) continue;
    const on = new Set(info.issuedOn);
    switch (info.per) {
      case 'case': {
        if (!caseEvents.some((e) => on.has(e.eventType))) break;
        // the 转送告知书 cites the 转送函's number: it follows it (§7.5)
        if (info.type === 'transfer_notice' && !source.documents.some((d) => d.type === 'transfer_letter' && d.supersededById === null)) break;
        push(module, { type: info.type }, null);
        break;
      }
      case 'respondent': {
        if (!caseEvents.some((e) => on.has(e.eventType))) break;
        for (const p of source.parties.filter((x) => x.partyRole === 'respondent')) push(module, { type: info.type, recipientPartyId: p.id }, p.name);
        break;
      }
      case 'penalty': {
        for (const penalty of source.penalties) {
          if (source.events.some((e) => e.penaltyId === penalty.id && on.has(e.eventType))) push(module, { type: info.type, penaltyId: penalty.id }, penalty.partyName);
        }
        break;
      }
      case 'service': {
        for (const e of source.events.filter((x) => on.has(x.eventType))) {
          const partyId = typeof e.payload.party_id === 'number' ? e.payload.party_id : null;
          const party = partyId ? source.parties.find((p) => p.id === partyId) : null;
          const penalty = e.penaltyId ? source.penalties.find((p) => p.id === e.penaltyId) : null;
          push(module, { type: info.type, recipientPartyId: partyId, penaltyId: e.penaltyId, sourceEventId: e.id }, party?.name ?? penalty?.partyName ?? null);
        }
        break;
      }
    }
  }
  return out;
}

export function findCandidate(source: DocumentSource, key: string): Candidate | null {
  return candidates(source).find((c) => c.key === key) ?? null;
}
