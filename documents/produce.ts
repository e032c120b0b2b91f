/**
 * One pure pipeline from a case file to the two renditions (documents.md §5.7 steps 4–5, §8.1): context →
 * blocks → RenderModel → PDF and DOCX. Used for previews (draft stamp), for issuing, and in tests to re-render a
 * stored snapshot. No clock, no randomness, no database.
 */
import type { Block, RenderModel } from './layout/blocks.ts';
import type { FontSet } from './layout/fonts.ts';
import type { BaseContext, DocumentModule, DocumentSource, IssueStamp, IssueTarget } from './model.ts';
import { renderPdf } from './render/pdf.ts';
import { renderDocx } from './render/docx.ts';

/** What is stored with an issued document: enough to re-render the same bytes (§5.7 step 4). */
export interface DocumentSnapshot {
  context: BaseContext;
  /** the render model without its blocks (rebuilt from the context) and without the seal image bytes */
  model: Omit<RenderModel, 'blocks' | 'seal' | 'issuedAt'> & { issuedAt: string; seal: { mode: RenderModel['seal']['mode']; diameterMm: number; imageSha256: string | null } };
  fonts: Record<string, string>;
}

export interface Produced {
  context: BaseContext;
  model: RenderModel;
  snapshot: DocumentSnapshot;
  pdf: Uint8Array;
  docx: Uint8Array;
  pageCount: number;
}

/** Crockford display form: groups of four with hyphens (§5.3). */
export const displayCode = (code: string): string => code.match(/.{1,4}/g)!.join('-');

/** The render model of a built context: head, furniture and metadata (§2, §8.6). */
export function renderModelOf(module: DocumentModule, context: BaseContext, blocks: Block[], source: DocumentSource, stamp: IssueStamp): RenderModel {
  const { agency, deployment } = source;
  const info = module.info;
  const verification =
    !info.internal && !stamp.draft && stamp.verificationCode
      ? { code: stamp.verificationCode, display: displayCode(stamp.verificationCode), url: `${deployment.publicBaseUrl}/verify/${stamp.verificationCode}`, host: deployment.publicHost }
      : null;
  const sealMode = !info.sealed || stamp.draft ? 'none' : agency.sealMode === 'image' && agency.sealImage ? 'image' : 'placeholder';
  return {
    type: info.type,
    family: info.family,
    title: context.title,
    number: stamp.number,
    issuerMark: agency.issuerMark,
    agencyName: agency.agencyName,
    dateText: stamp.dateText,
    issuedAt: stamp.issuedAt,
    verification,
    draft: stamp.draft,
    seal: { mode: sealMode, diameterMm: agency.sealDiameterMm, ...(sealMode === 'image' && agency.sealImage ? { image: agency.sealImage.bytes } : {}) },
    head: { markSizeFilePt: agency.markSizeFilePt, markSizeLetterPt: agency.markSizeLetterPt, separatorPt: agency.separatorPt },
    metadata: {
      title: stamp.draft ? `${context.title}（草稿）` : `${context.title}（${stamp.number}）`,
      author: agency.agencyName,
      subject: info.type,
      keywords: stamp.verificationCode ?? '',
      creator: `${deployment.productName} 文书模块 ${deployment.templateVersion}`,
    },
    blocks,
  };
}

export async function produce(module: DocumentModule, source: DocumentSource, target: IssueTarget, stamp: IssueStamp, fonts: FontSet): Promise<Produced> {
  const context = module.buildContext(source, target, stamp);
  const model = renderModelOf(module, context, module.buildBlocks(context), source, stamp);
  const { blocks: _blocks, seal, ...rest } = model;
  const snapshot: DocumentSnapshot = {
    context,
    model: { ...rest, issuedAt: model.issuedAt.toISOString(), seal: { mode: seal.mode, diameterMm: seal.diameterMm, imageSha256: seal.mode === 'image' ? (source.agency.sealImage?.sha256 ?? null) : null } },
    fonts: fonts.hashes(),
  };
  return { ...(await render(model, fonts)), context, model, snapshot };
}

/** Render a stored snapshot again (audits and tests: the bytes must be identical). */
export async function rerender(module: DocumentModule, snapshot: DocumentSnapshot, fonts: FontSet, sealImage: Uint8Array | null): Promise<{ pdf: Uint8Array; docx: Uint8Array; pageCount: number }> {
  const { seal, issuedAt, ...rest } = snapshot.model;
  const model: RenderModel = {
    ...rest,
    issuedAt: new Date(issuedAt),
    seal: { mode: seal.mode, diameterMm: seal.diameterMm, ...(seal.mode === 'image' && sealImage ? { image: sealImage } : {}) },
    blocks: module.buildBlocks(snapshot.context),
  };
  return render(model, fonts);
}

async function render(model: RenderModel, fonts: FontSet): Promise<{ pdf: Uint8Array; docx: Uint8Array; pageCount: number }> {
  const pdf = await renderPdf(model, fonts);
  const docx = await renderDocx(model, fonts);
  return { pdf: pdf.bytes, docx, pageCount: pdf.pageCount };
}
