/**
 * Free text and short fields (documents.md §6.1): officers' free text are complete sentences ending with "。",
 * short fields carry no end punctuation. Only ASCII whitespace is collapsed; U+3000 is kept as written.
 */

/** Line breaks: CR, LF, NEL, LINE/PARAGRAPH SEPARATOR. */
const LINE_BREAK_RE = /\r\n|[\r\n\u0085\u2028\u2029]/;
/** Control characters other than tab and line breaks (dropped). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RE = /[\u0000-\u0008\v\f\u000E-\u001F\u007F]/g;
/** Runs of ASCII whitespace and line breaks. */
const WS_RUN_RE = /[ \t\r\n\v\f\u0085\u2028\u2029]+/g;
/** Leading / trailing ASCII whitespace. */
const EDGE_WS_RE = /^[ \t\r\n\v\f\u0085\u2028\u2029]+|[ \t\r\n\v\f\u0085\u2028\u2029]+$/g;
/** A character of wide (CJK) text: Han, kana, CJK and full-width punctuation. */
const WIDE_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2026\u2014]/u;

/** One line: NFC, trimmed, line breaks removed, ASCII whitespace runs collapsed to one space; null → ''. */
export function inlineText(value: string | null | undefined): string {
  if (value == null) return '';
  const s = value.normalize('NFC').replace(CONTROL_RE, '').replace(EDGE_WS_RE, '');
  return s.replace(WS_RUN_RE, (run, offset: number) => {
    // A line break between two wide characters is a soft wrap of Chinese text: join without a space.
    if (!LINE_BREAK_RE.test(run)) return ' ';
    const before = s[offset - 1] ?? '';
    const after = s[offset + run.length] ?? '';
    return WIDE_RE.test(before) && WIDE_RE.test(after) ? '' : ' ';
  });
}

/** Paragraphs: NFC, split on line breaks, each line through inlineText, blank lines dropped. */
export function paragraphs(value: string | null | undefined): string[] {
  if (value == null) return [];
  return value
    .normalize('NFC')
    .split(LINE_BREAK_RE)
    .map((line) => inlineText(line))
    .filter((line) => line.replace(/\u3000/g, '') !== '');
}

/** Join the non-blank items with sep (default '；'). */
export function joinList(items: readonly string[], sep = '；'): string {
  return items.filter((item) => item.trim() !== '').join(sep);
}

/** Sentence end: 。！？ or … (optionally followed by closing quotes/brackets). */
const SENTENCE_END_RE = /[。！？!?…][”’」』）)]*$/;
/** Trailing punctuation replaced by '。'. */
const SOFT_END_RE = /[；;，,.、：:]+$/;

/** Free text ends with '。': unchanged if it ends a sentence already, else trailing ；，. dropped and '。' added. */
export function ensureFullStop(s: string): string {
  const t = s.replace(EDGE_WS_RE, '');
  if (t === '' || SENTENCE_END_RE.test(t)) return t;
  const body = t.replace(SOFT_END_RE, '').replace(EDGE_WS_RE, '');
  return body === '' ? '' : `${body}。`;
}

/** Short field without end punctuation: trailing 。；，,.;、 and whitespace removed. */
export function stripEndPunctuation(s: string): string {
  return s.replace(/[。；，,.;、\s]+$/u, '');
}
