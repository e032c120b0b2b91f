/**
 * Shared helpers of the template modules (documents.md §2.5–§2.9, §5.9, §6.6). Small and pure: wording lives in
 * the templates; these only assemble blocks, join lists and compute the few shared sentences.
 */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentSource, DocumentTypeInfo, IssueStamp, IssueTarget } from '../model.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { UNKNOWN_RESPONDENT_NAME, type CaseFacts, type PartyFacts, type RespondentFacts } from '../context/caseFacts.ts';
import { addCalendarDays, addWorkingDays, CalendarNotCoveredError } from '../../server/domain/deadlines/calendarArithmetic.ts';
import { cnNumeral, formatDate, moneyWithUpper } from '../format/index.ts';
import { label } from '../context/labels.ts';

export { eventsOf, latestEvent, payloadFlag, payloadList, payloadNumber, payloadText } from '../context/events.ts';

/** The title of a type in a profile ('' where the type does not exist in it). */
export function titleOf(info: DocumentTypeInfo, profile: ProfileKey): string {
  return info.titles[profile] ?? '';
}

/**
 * The BaseContext part of a context: type, profile, title, number and date from the stamp, missing fields.
 * A type that does not exist in the profile (title null, §7.0) gets 'profile' in `missing`, so it cannot be issued.
 */
export function baseContext(info: DocumentTypeInfo, profile: ProfileKey, stamp: IssueStamp, missing: string[]): BaseContext {
  const title = titleOf(info, profile);
  return { type: info.type, profile, title, documentNumber: stamp.number, dateText: stamp.dateText, missing: title === '' ? [...missing, 'profile'] : missing };
}

/** All respondents' names joined with "、" ('' when none). */
export function respondentNames(facts: CaseFacts): string {
  return facts.respondents.map((r) => r.name).filter((n) => n !== '').join('、');
}

/** Respondents' names, or `（被投诉者不明确）` when none is recorded (§7.3, §7.7). */
export function respondentNamesOrUnknown(facts: CaseFacts): string {
  return respondentNames(facts) || UNKNOWN_RESPONDENT_NAME;
}

/**
 * The supersession sentence of §5.9 when the target supersedes an earlier document, else '':
 * `本{type_short}替代{self}于{date}制发的《{title}》（{number}），原文书同时作废。`
 */
export function supersessionSentence(info: DocumentTypeInfo, profile: ProfileKey, self: string, target: IssueTarget): string {
  const old = target.supersedes;
  if (!old) return '';
  return `本${info.shortName[profile]}替代${self}于${formatDate(old.issuedAt)}制发的《${old.title}》（${old.number}），原文书同时作废。`;
}

/** 附注 of §2.9: `（联系人：{handler_name}，联系电话：{handler_phone}）`, '' when no handler is recorded. */
export function handlerNote(facts: Pick<CaseFacts, 'handlerName' | 'handlerPhone'>): string {
  if (facts.handlerName === '' && facts.handlerPhone === '') return '';
  return `（联系人：${facts.handlerName}，联系电话：${facts.handlerPhone}）`;
}

/** Addressee line (§2.5): names joined with "、", ending with "：". */
export function addresseeText(names: readonly string[]): string {
  return `${names.filter((n) => n !== '').join('、')}：`;
}

/** Head, title and addressee of a 信函格式 document (§2.3–§2.5). */
export function letterOpening(title: string, addressee: string): Block[] {
  return [{ kind: 'head', family: 'letter' }, { kind: 'title', lines: [title] }, { kind: 'addressee', text: addressee }];
}

/** Body paragraphs (§2.6): one block per non-empty line, first line indented 2 characters. */
export function paras(lines: readonly string[]): Block[] {
  return lines.filter((l) => l !== '').map((text) => ({ kind: 'para', text, indent: 'first2' }) as const);
}

/**
 * The end of a letter: the supersession sentence as the last body paragraph, the closing formula
 * (特此通知。/特此告知。/特此函告。), the attachment list, the signature, the 附注 and the 抄送 (§2.7–§2.9, §5.9).
 */
export function letterClosing(opts: { supersession: string; closing: string; attachments?: readonly string[]; note: string; cc?: readonly string[] }): Block[] {
  const blocks: Block[] = paras([opts.supersession, opts.closing]);
  if (opts.attachments && opts.attachments.length > 0) blocks.push({ kind: 'attachmentList', items: [...opts.attachments] });
  blocks.push({ kind: 'signature' });
  if (opts.note !== '') blocks.push({ kind: 'note', text: opts.note });
  if (opts.cc && opts.cc.length > 0) blocks.push({ kind: 'cc', organs: [...opts.cc] });
  return blocks;
}

/** `（一）a；（二）b` — an enumeration inside a paragraph (§2.6, §6.6); the template adds the "。". */
export function cnEnumerate(items: readonly string[], sep = '；'): string {
  return items.map((item, i) => `（${cnNumeral(i + 1)}）${item}`).join(sep);
}

/** `1.a；2.b` — an Arabic enumeration inside a paragraph (§6.6 `{i}.`). */
export function arabicEnumerate(items: readonly string[], sep = '；'): string {
  return items.map((item, i) => `${i + 1}.${item}`).join(sep);
}

/** `1.a`, `2.b` as separate lines (one paragraph each). */
export function arabicLines(items: readonly string[]): string[] {
  return items.map((item, i) => `${i + 1}.${item}`);
}

/** Values a context can hold for a Required field. */
type RequiredValue = string | number | boolean | readonly unknown[] | null | undefined;

/** The keys whose Required value is empty ('' after trimming, [], null or undefined), in the record's order. */
export function missingOf(record: Readonly<Record<string, RequiredValue>>): string[] {
  return Object.entries(record)
    .filter(([, v]) => v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
}

/** The complainant-side party facts of a party id, or null. */
export function complainantById(facts: CaseFacts, partyId: number | null | undefined): PartyFacts | null {
  return facts.complainants.find((p) => p.partyId === partyId) ?? null;
}

/** The respondent addressed by the target (per-respondent documents), else the first respondent. */
export function targetRespondent(facts: CaseFacts, target: IssueTarget): RespondentFacts {
  return facts.respondents.find((r) => r.partyId === target.recipientPartyId) ?? facts.respondent;
}

/** `{name}（委托代理人：{agent}）` for a party with an agent (§6.1), else the name. */
export function nameWithAgent(name: string, agent: { name: string } | null): string {
  return agent && agent.name !== '' ? `${name}（委托代理人：${agent.name}）` : name;
}

/**
 * A due date printed in a notice only when the service date is known at issue (§6.5): the recipient consented to
 * electronic service, so the document is served when it reaches the portal inbox, i.e. on the issue date.
 * Returns the formatted date of `start + n` (calendar or working days), or '' when not served at issue or the
 * holiday calendar does not cover the period.
 */
export function dueDateIfServedAtIssue(
  source: Pick<DocumentSource, 'calendar' | 'parties'>,
  partyId: number | null | undefined,
  issuedOn: string,
  unit: 'calendar_day' | 'working_day',
  n: number,
): string {
  const party = source.parties.find((p) => p.id === partyId);
  if (!party?.eServiceConsent) return '';
  return dueDateText(source, issuedOn, unit, n);
}

/** The formatted due date `start + n` (calendar or working days, §6.4), '' when the calendar does not cover it. */
export function dueDateText(source: Pick<DocumentSource, 'calendar'>, start: string, unit: 'calendar_day' | 'working_day', n: number): string {
  try {
    const r = unit === 'calendar_day' ? addCalendarDays(source.calendar, start, n) : addWorkingDays(source.calendar, start, n);
    return formatDate(r.due);
  } catch (err) {
    if (err instanceof CalendarNotCoveredError) return '';
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Appended by helper T2: parties blocks and endings of the 文件格式 decisions and agreements, and the procedure
// facts several of them cite (reply notice, mediation dates, performance due dates).
// ---------------------------------------------------------------------------------------------------------
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import type { IssuedDocumentRef } from '../model.ts';
import { computeDeadlineOrProvisional } from '../../server/domain/deadlines/calendarArithmetic.ts';
import { eventsOf, latestEvent, payloadNumber, payloadText } from '../context/events.ts';

/** `{head}：{a}，{b}。` — the non-empty parts joined with "，", ending with "。". */
function partyLine(head: string, parts: readonly string[]): string {
  return `${head}：${parts.filter((p) => p !== '').join('，')}。`;
}

/** `委托代理人：{name}，{relation}。`, '' without an agent. */
export function agentLine(agent: { name: string; relation: string } | null): string {
  return agent && agent.name !== '' ? partyLine('委托代理人', [agent.name, agent.relation]) : '';
}

/**
 * Parties-block lines of the complainants (§2.5; §6.1 joint complaint: the full list), masked ID (§6.2):
 * `投诉者：{name}，{sex}，{age}岁[，{nationality}][，{occupation}][，工作单位：{work_unit}]，身份证件号码：{id}。`
 * An unknown sex, age or ID leaves its clause out. `work` adds occupation and work unit, `agent` the agent's line.
 */
export function complainantPartyLines(facts: CaseFacts, opts: { nationality: boolean; work: boolean; agent: boolean }): string[] {
  return facts.complainants.flatMap((p) => {
    const line = partyLine('投诉者', [
      p.name,
      p.sex,
      p.age === '' ? '' : `${p.age}岁`,
      opts.nationality ? p.nationality : '',
      opts.work ? p.occupation : '',
      opts.work && p.workUnit !== '' ? `工作单位：${p.workUnit}` : '',
      p.idMasked === '' ? '' : `身份证件号码：${p.idMasked}`,
    ]);
    return opts.agent ? [line, agentLine(p.agent)].filter((l) => l !== '') : [line];
  });
}

/**
 * Parties-block lines of the respondents (§2.5): `被投诉者：{name}，统一社会信用代码：{uscc}，住所：{address}，
 * 法定代表人（负责人）：{legal_rep}[，旅行社业务经营许可证编号：{licence}]。` An unknown value leaves its clause out.
 */
export function respondentPartyLines(facts: CaseFacts, opts: { licence: boolean; agent: boolean; head?: string }): string[] {
  return facts.respondents.flatMap((r) => {
    const line = partyLine(opts.head ?? '被投诉者', [
      r.name,
      r.uscc === '' ? '' : `统一社会信用代码：${r.uscc}`,
      r.address === '' ? '' : `住所：${r.address}`,
      r.legalRep === '' ? '' : `法定代表人（负责人）：${r.legalRep}`,
      opts.licence && r.licenceNo !== '' ? `旅行社业务经营许可证编号：${r.licenceNo}` : '',
    ]);
    return opts.agent ? [line, agentLine(r.agent)].filter((l) => l !== '') : [line];
  });
}

/** Head and title of a 文件格式 document (§2.2, §2.4). */
export function fileOpening(title: string): Block[] {
  return [{ kind: 'head', family: 'file' }, { kind: 'title', lines: [title] }];
}

/**
 * The end of a 文件格式 document: signing lines, attachment list, signature, 附注, attachment pages, and the 抄送 last —
 * the 版记 is on the last page of the whole document, after any attachment pages (§2.7–§2.9).
 */
export function fileEnding(opts: { signingLines?: readonly string[]; attachments?: readonly string[]; note: string; cc?: readonly string[]; pages?: readonly Block[] }): Block[] {
  // signing lines start flush left so that a name, its blank and 年月日 fit on one 28-character line
  const blocks: Block[] = (opts.signingLines ?? []).filter((l) => l !== '').map((text) => ({ kind: 'para', text, indent: 'none' }) as const);
  if (opts.attachments && opts.attachments.length > 0) blocks.push({ kind: 'attachmentList', items: [...opts.attachments] });
  blocks.push({ kind: 'signature' });
  if (opts.note !== '') blocks.push({ kind: 'note', text: opts.note });
  blocks.push(...(opts.pages ?? []));
  const organs = (opts.cc ?? []).filter((o) => o !== '');
  if (organs.length > 0) blocks.push({ kind: 'cc', organs });
  return blocks;
}

/** The latest issued document of a type that is not superseded (and satisfies `where`), or null. */
export function latestIssued(source: Pick<DocumentSource, 'documents'>, type: string, where: (d: IssuedDocumentRef) => boolean = () => true): IssuedDocumentRef | null {
  const list = source.documents
    .filter((d) => d.type === type && d.supersededById === null && where(d))
    .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || a.id - b.id);
  return list[list.length - 1] ?? null;
}

/** `2026年3月9日` of a payload date 'YYYY-MM-DD…', '' when absent or malformed. */
export function payloadDate(event: CaseEventRecord | null | undefined, key: string): string {
  const v = payloadText(event, key);
  return /^\d{4}-\d{2}-\d{2}/.test(v) ? formatDate(v.slice(0, 10)) : '';
}

/**
 * The 答复通知书 (2010: 受理通知书) sent to a respondent: its number, the service date (serve_notice `served_on`) and
 * the date the written reply was received (the submitted reply, else the submit_reply event), each '' when unknown.
 */
export function replyNoticeFacts(source: DocumentSource, respondentId: number): { number: string; servedDate: string; receivedDate: string } {
  const doc = latestIssued(source, 'reply_notice', (d) => d.recipientPartyId === respondentId || d.recipientPartyId === null);
  const served = latestEvent(source, ['serve_notice'], (e) => payloadNumber(e, 'party_id') === respondentId);
  const reply = source.replies.find((r) => r.respondentPartyId === respondentId && r.status === 'submitted' && r.submittedAt !== null);
  const replyEvent = latestEvent(source, ['submit_reply'], (e) => payloadNumber(e, 'party_id') === respondentId);
  const received = reply?.submittedAt ? formatDate(reply.submittedAt) : replyEvent ? formatDate(replyEvent.occurredAt) : '';
  return { number: doc?.number ?? '', servedDate: payloadDate(served, 'served_on'), receivedDate: received };
}

/**
 * `mediation_dates[]` (§6.5): the dates of the mediation sessions held (record_mediation_session), else the date of
 * the meeting notified with start_mediation (`mediation_at`); formatted, in order, without repeats.
 */
export function mediationDates(source: DocumentSource): string[] {
  const sessions = eventsOf(source, ['record_mediation_session']).filter((e) => e.penaltyId === null).map((e) => payloadText(e, 'session_date'));
  const dates = sessions.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (dates.length === 0) {
    const at = payloadText(latestEvent(source, ['start_mediation']), 'mediation_at');
    if (/^\d{4}-\d{2}-\d{2}/.test(at)) dates.push(at.slice(0, 10));
  }
  return [...new Set(dates.sort())].map((d) => formatDate(d));
}

/**
 * The performance due date of a term or order: `start` (YYYY-MM-DD) + `days` calendar days with the rest-day rule
 * (§6.4), provisional (weekends only) where the holiday calendar is not published yet; '' for bad input.
 */
export function performanceDue(source: Pick<DocumentSource, 'calendar'>, start: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !Number.isInteger(days) || days < 1) return '';
  const r = computeDeadlineOrProvisional(source.calendar, { start, unit: 'calendar_day', length: days });
  return r.due ? formatDate(r.due) : '';
}

/** Copies for "parties + 1" (§7.0): one per complainant and respondent and one for the file, as 三 / 四 …. */
export function copiesCn(facts: CaseFacts): string {
  return cnNumeral(facts.complainants.length + facts.respondents.length + 1);
}

/**
 * One penalty as printed (§7.12 `p.text`): 警告; 罚款人民币30000元（大写：叁万元整）; 没收违法所得人民币…（大写：…）;
 * for a travel agency the licence is named (暂扣/吊销旅行社业务经营许可证); other types by their label.
 */
export function penaltyItemText(item: { type: string; amount?: number | string | null }, travelAgency: boolean): string {
  const amount = item.amount == null || item.amount === '' ? null : item.amount;
  switch (item.type) {
    case 'fine':
      return amount === null ? '罚款' : `罚款${moneyWithUpper(amount)}`;
    case 'confiscate_illegal_gains':
      return amount === null ? '没收违法所得' : `没收违法所得${moneyWithUpper(amount)}`;
    case 'suspend_licence':
      return travelAgency ? '暂扣旅行社业务经营许可证' : label('penalty_type', item.type);
    case 'revoke_licence':
      return travelAgency ? '吊销旅行社业务经营许可证' : label('penalty_type', item.type);
    default:
      return label('penalty_type', item.type);
  }
}
