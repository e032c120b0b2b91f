/**
 * The block list every document module produces and both renderers consume (documents.md §8.1).
 * Wording and order live only in the templates; the PDF and DOCX renderers only lay blocks out, so the two
 * renditions cannot drift apart. The head (issuer mark, rules, number), the verification block, page numbers and
 * the seal are page furniture drawn from the RenderModel, not blocks.
 */

/** Font roles of documents.md §1.5; templates name roles, never font files. */
export type FontRole = 'fangsong' | 'xiaobiaosong' | 'heiti' | 'kaiti' | 'songti';

/** Layout families of documents.md §2.1. */
export type Family = 'file' | 'letter' | 'form';

export interface Cell {
  /** Cell text; '\n' separates paragraphs inside the cell. */
  text: string;
  /** Label cells are set in 黑体 and centred (§2.12). */
  label?: boolean;
  /** Number of grid columns the cell spans (default 1). */
  span?: number;
}

export type Block =
  /** mark, red rules and number (§2.2, §2.3); for forms the meta line is a separate block */
  | { kind: 'head'; family: Family }
  | { kind: 'title'; lines: string[] }
  /** forms: line 2, `编号：…` left and `{date label}：{date}` right (§2.12) */
  | { kind: 'meta'; left: string; right: string }
  /** ends with "：", flush left (§2.5) */
  | { kind: 'addressee'; text: string }
  /** a body paragraph: parties-block lines, body text, signing lines (§2.5, §2.6, §2.9) */
  | { kind: 'para'; text: string; indent: 'first2' | 'none' }
  /** an empty grid line */
  | { kind: 'blank' }
  /** heading levels of §2.6; with runIn the paragraph continues in 仿宋 after the heading text */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; runIn?: string }
  /** 附件说明 (§2.7): items without numbers; the renderer numbers them when there are several */
  | { kind: 'attachmentList'; items: string[] }
  /** 署名 + 成文日期 (+ seal or placeholder, drawn from the RenderModel) (§2.8) */
  | { kind: 'signature' }
  /** 附注, e.g. （联系人：…，联系电话：…） (§2.9) */
  | { kind: 'note'; text: string }
  /** 抄送 (§2.9) */
  | { kind: 'cc'; organs: string[] }
  /** forms and table attachments (§2.12); widths in mm, summing to 156 */
  | { kind: 'table'; columnsMm: number[]; rows: Cell[][] }
  /** a generated attachment on its own pages (§2.7) */
  | { kind: 'attachmentPage'; label: string; title: string; blocks: Block[] };

export type SealMode = 'image' | 'placeholder' | 'none';

/**
 * Everything a renderer needs besides the blocks: the frozen, formatted values of the head and the page
 * furniture. Renderers are pure functions of (RenderModel, fonts): no clock, no randomness, no environment.
 */
export interface RenderModel {
  /** document type key (documents.md §7), e.g. 'reply_notice' */
  type: string;
  family: Family;
  /** the document's title as printed (one line), used in metadata */
  title: string;
  /** 发文字号, e.g. 平旅投答字〔2026〕15号; for drafts the number with the sequence left blank */
  number: string;
  /** text of the issuer mark (agency name or agency.issuer_mark) */
  issuerMark: string;
  /** 署名: the agency's full name */
  agencyName: string;
  /** 成文日期, e.g. 2026年3月15日 */
  dateText: string;
  /** issue time, truncated to whole seconds; also the PDF CreationDate and DOCX core dates */
  issuedAt: Date;
  /** verification block of §2.11; null for internal forms */
  verification: { code: string; display: string; url: string; host: string } | null;
  draft: boolean;
  seal: { mode: SealMode; diameterMm: number; image?: Uint8Array };
  head: { markSizeFilePt: number; markSizeLetterPt: number; separatorPt: number };
  metadata: { title: string; author: string; subject: string; keywords: string; creator: string };
  blocks: Block[];
}
