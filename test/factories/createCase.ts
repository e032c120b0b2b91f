/**
 * createCase({ status, profile }): a case reached by replaying real workflow events through the
 * services (seeds/demo/scenarios.ts), never by writing a status.
 */
import type { TestContext } from '../support/testApp.ts';
import type { CaseStatus } from '../../server/domain/case/statuses.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { legalDateOf } from '../../server/domain/deadlines/legalDate.ts';
import { sampleComplaint, walkTo } from '../../seeds/demo/scenarios.ts';
import type { ComplaintForm } from '../../server/domain/case/complaintForm.ts';

export async function createCase(ctx: TestContext, options: { status: CaseStatus; profile?: ProfileKey; form?: Partial<ComplaintForm> }) {
  const profile = options.profile ?? 'interim-1991';
  const agencyId = profile === 'interim-1991' ? ctx.directory.agencies.nanjing : ctx.directory.agencies.suzhou;
  const actors = profile === 'interim-1991' ? ctx.directory.nanjing : ctx.directory.suzhou;
  const form = sampleComplaint(legalDateOf(ctx.clock.now()), options.form);
  const { caseId, caseNumber, queryCode } = await ctx.services.complaints.fileComplaint({ agencyId, channel: 'online', form, actor: actors.citizen });
  await walkTo({ services: ctx.services, clock: ctx.clock, actors, caseId, profile }, options.status);
  return { caseId, caseNumber, queryCode, actors };
}
