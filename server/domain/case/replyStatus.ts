/**
 * Several respondents (procedure.md §3.2): notice and reply are tracked per respondent. The case is
 * `reply_received` when every respondent has replied; `reply_overdue` when at least one reply clock has
 * expired unanswered and every other respondent has replied or also expired; otherwise `awaiting_reply`.
 */
import type { CaseStatus } from './statuses.ts';

export interface RespondentReplyState {
  replied: boolean;
  replyClockExpired: boolean;
}

export function statusFromReplies(respondents: readonly RespondentReplyState[]): CaseStatus {
  if (respondents.length > 0 && respondents.every((r) => r.replied)) return 'reply_received';
  const done = respondents.every((r) => r.replied || r.replyClockExpired);
  if (done && respondents.some((r) => !r.replied && r.replyClockExpired)) return 'reply_overdue';
  return 'awaiting_reply';
}
