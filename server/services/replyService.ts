/**
 * The written reply (书面答复, procedure.md §2.6) from the business portal: drafts are saved and can be
 * resumed; submission is the `submit_reply` event and freezes the reply.
 */
import type { Knex } from 'knex';
import { listParties } from '../repositories/partyRepository.ts';
import { upsertReplyDraft } from '../repositories/caseFileRepository.ts';
import type { Actor } from '../domain/case/types.ts';
import { NotFoundError } from '../errors.ts';
import type { CaseEventService } from './caseEventService.ts';

export const REPLY_FIELDS = ['reply_subject', 'reply_verification_process', 'reply_facts_evidence', 'reply_responsibility_opinion', 'reply_position', 'objections', 'settlement_offer', 'signatory'] as const;

export function createReplyService(deps: { db: Knex; caseEvents: CaseEventService }) {
  const { db, caseEvents } = deps;

  /** The respondent party of the case that belongs to the actor's organisation. */
  async function ownRespondentPartyId(caseId: number, actor: Actor): Promise<number> {
    const party = (await listParties(db, caseId)).find((p) => p.partyRole === 'respondent' && p.organisationId !== null && p.organisationId === actor.organisationId);
    if (!party) throw new NotFoundError();
    return party.id;
  }

  async function saveDraft(caseId: number, actor: Actor, values: Record<string, string | undefined>): Promise<void> {
    const partyId = await ownRespondentPartyId(caseId, actor);
    const fields: Record<string, unknown> = {};
    for (const k of REPLY_FIELDS) if (k !== 'objections') fields[k] = values[k] ?? null;
    fields.objections = JSON.stringify(values.objections ? [{ text: values.objections }] : []);
    await upsertReplyDraft(db, caseId, partyId, fields);
  }

  async function submit(caseId: number, actor: Actor, values: Record<string, unknown>, expectedVersion?: number) {
    const partyId = await ownRespondentPartyId(caseId, actor);
    return caseEvents.applyCaseEvent({
      caseId,
      event: 'submit_reply',
      payload: { ...values, party_id: partyId },
      actor,
      ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    });
  }

  return { saveDraft, submit, ownRespondentPartyId };
}
