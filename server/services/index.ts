/** The services bag: everything createApp needs, built on one database and one clock. */
import type { Database } from '../db.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Clock } from './clock.ts';
import { createCaseEventService } from './caseEventService.ts';
import { createComplaintService } from './complaintService.ts';
import { createCaseQueryService } from './caseQueryService.ts';
import { createAuthService } from './authService.ts';
import { createTrackingService } from './trackingService.ts';
import { createCalendarService } from './calendarService.ts';
import { createAuditService } from './auditService.ts';
import { createReferenceService } from './referenceService.ts';
import { createReplyService } from './replyService.ts';
import { createClockExpiryService } from './clockExpiryService.ts';
import { createDocumentService } from './documentService.ts';
import { sharedFontSet } from '../../documents/fontProbe.ts';

export function createServices(deps: { database: Database; clock: Clock; config: Config; logger: Logger }) {
  const db = deps.database.knex;
  const { clock } = deps;
  const caseEvents = createCaseEventService({ db, clock });
  const cases = createCaseQueryService({ db, clock });
  const fonts = sharedFontSet(deps.config.documents.fonts);
  return {
    config: deps.config,
    logger: deps.logger,
    clock,
    database: deps.database,
    caseEvents,
    complaints: createComplaintService({ db, clock, caseEvents }),
    cases,
    documents: createDocumentService({ db, clock, config: deps.config, fonts, caseEvents, cases }),
    auth: createAuthService({ db, clock }),
    tracking: createTrackingService({ db, clock }),
    calendar: createCalendarService({ db, caseEvents }),
    audit: createAuditService({ db }),
    reference: createReferenceService({ db }),
    replies: createReplyService({ db, caseEvents }),
    clockExpiry: createClockExpiryService({ db, clock, caseEvents }),
  };
}

export type Services = ReturnType<typeof createServices>;
