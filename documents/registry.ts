/**
 * The document registry: one module per document type of documents.md §7, keyed by type. The workflow table
 * (server/domain/case/caseWorkflow.ts) names the documents each step produces; the registry says how to make them.
 */
import type { DocumentModule } from './model.ts';
import type { DocumentType } from './index.ts';
import { registrationForm } from './templates/registrationForm.ts';
import { acceptanceNotice } from './templates/acceptanceNotice.ts';
import { nonAcceptanceNotice } from './templates/nonAcceptanceNotice.ts';
import { transferLetter } from './templates/transferLetter.ts';
import { transferNotice } from './templates/transferNotice.ts';
import { replyNotice } from './templates/replyNotice.ts';
import { supplementNotice } from './templates/supplementNotice.ts';
import { mediationNotice } from './templates/mediationNotice.ts';
import { mediationAgreement } from './templates/mediationAgreement.ts';
import { mediationTerminationNotice } from './templates/mediationTerminationNotice.ts';
import { handlingDecision } from './templates/handlingDecision.ts';
import { penaltyPriorNotice } from './templates/penaltyPriorNotice.ts';
import { penaltyDecision } from './templates/penaltyDecision.ts';
import { depositCompensationDecision } from './templates/depositCompensationDecision.ts';
import { serviceReceipt } from './templates/serviceReceipt.ts';
import { closureReport } from './templates/closureReport.ts';
import { mediationDocument } from './templates/mediationDocument.ts';
import { mediationTerminationDocument } from './templates/mediationTerminationDocument.ts';

const MODULES = [
  registrationForm, acceptanceNotice, nonAcceptanceNotice, transferLetter, transferNotice, replyNotice, supplementNotice, mediationNotice,
  mediationAgreement, mediationTerminationNotice, handlingDecision, penaltyPriorNotice, penaltyDecision, depositCompensationDecision,
  serviceReceipt, closureReport, mediationDocument, mediationTerminationDocument,
] as unknown as DocumentModule[];

export const DOCUMENT_MODULES: ReadonlyMap<string, DocumentModule> = new Map(MODULES.map((m) => [m.info.type, m]));

/** The module of a type, or null for types the portal does not render (yet): see documents/index.ts. */
export function documentModule(type: string): DocumentModule | null {
  return DOCUMENT_MODULES.get(type) ?? null;
}

export const RENDERED_TYPES: readonly DocumentType[] = MODULES.map((m) => m.info.type);
