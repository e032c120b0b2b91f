/**
 * Filing a complaint (T01): turns the validated complaint form into a new case through
 * caseEventService.submitCase, with a fresh query code (returned once, stored only as a hash).
 */
import type { Knex } from 'knex';
import { complaintSchema, type ComplaintForm } from '../domain/case/complaintForm.ts';
import type { Actor } from '../domain/case/types.ts';
import type { Channel } from '../domain/case/enums.ts';
import type { CaseFlag } from '../domain/case/enums.ts';
import { ORAL_CHANNELS } from '../domain/case/enums.ts';
import { findOrganisationByUscc } from '../repositories/organisationRepository.ts';
import { getProfile } from '../repositories/profileRepository.ts';
import { findAgency } from '../repositories/agencyRepository.ts';
import { isProfileKey } from '../domain/procedure/profiles.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { formatQueryCode, generateQueryCode, hashSecret } from './secrets.ts';
import { fieldErrorsOf, type CaseEventService } from './caseEventService.ts';
import type { Clock } from './clock.ts';

export function createComplaintService(deps: { db: Knex; clock: Clock; caseEvents: CaseEventService }) {
  const { db, clock, caseEvents } = deps;

  /** The profile a new complaint to this agency is handled under (its default_profile). */
  async function profileForAgency(agencyId: number) {
    const agency = await findAgency(db, agencyId);
    if (!agency) throw new NotFoundError('agency');
    return getProfile(db, isProfileKey(agency.defaultProfile) ? agency.defaultProfile : 'interim-1991');
  }

  /** Validate a complaint form for an agency's profile on today's date (procedure.md §2.2). */
  async function validate(agencyId: number, body: unknown, options: { online: boolean }): Promise<{ ok: true; form: ComplaintForm } | { ok: false; error: ValidationError }> {
    const profile = await profileForAgency(agencyId);
    const parsed = complaintSchema(profile.switches, clock.today(), options).safeParse(body ?? {});
    return parsed.success ? { ok: true, form: parsed.data } : { ok: false, error: new ValidationError('invalid complaint', fieldErrorsOf(parsed.error)) };
  }

  async function fileComplaint(input: { agencyId: number; channel: Channel; form: ComplaintForm; actor: Actor; receivedAt?: Date }) {
    const { form } = input;
    const queryCode = generateQueryCode();
    const organisation = form.respondent_uscc ? await findOrganisationByUscc(db, form.respondent_uscc.toUpperCase()) : null;
    const flags: CaseFlag[] = [];
    if (form.complainant_age !== undefined && form.complainant_age < 14) flags.push('minor_involved');
    if (ORAL_CHANNELS.includes(input.channel)) flags.push('back_filled');
    if (input.channel === 'media') flags.push('media_involved');
    const contractEnd = form.travel_end_date ?? null;
    const result = await caseEvents.submitCase(
      {
        agencyId: input.agencyId,
        channel: input.channel,
        receivedAt: input.receivedAt ?? clock.now(),
        queryCodeHash: await hashSecret(queryCode),
        privacyNoticeAck: form.privacy_notice_ack,
        flags,
        caseFields: {
          complaintCategory: form.complaint_category,
          facts: form.facts,
          reasons: form.reasons,
          incidentDate: form.incident_date,
          incidentPlace: form.incident_place,
          harmKnownDate: form.harm_known_date ?? form.incident_date,
          hasContract: form.has_contract,
          contractNumber: form.contract_number ?? null,
          contractDate: form.contract_date ?? null,
          contractPlace: form.contract_place ?? null,
          travelStartDate: form.travel_start_date ?? null,
          travelEndDate: form.travel_end_date ?? null,
          contractEndDate: contractEnd,
          destination: form.destination,
          amountPaid: form.amount_paid ?? null,
          groupSize: form.group_size ?? null,
        },
        requestItems: [{ position: 1, kind: form.request_kind, amount: form.request_amount ?? null, detail: form.request_detail }],
        parties: [
          {
            partyRole: 'complainant',
            position: 1,
            name: form.complainant_name,
            userId: input.actor.role === 'citizen' ? input.actor.userId : null,
            complainantKind: form.complainant_kind,
            isRepresentative: false,
            eServiceConsent: form.e_service_consent,
            gender: form.complainant_gender ?? null,
            nationality: form.complainant_nationality,
            age: form.complainant_age ?? null,
            occupation: form.complainant_occupation ?? null,
            workUnit: form.complainant_work_unit ?? null,
            address: form.complainant_address,
            postcode: form.complainant_postcode ?? null,
            phone: form.complainant_phone,
            email: form.complainant_email ?? null,
            idType: form.complainant_id_type ?? null,
            idNumber: form.complainant_id_number ?? null,
            guardianName: form.guardian_name ?? null,
            guardianPhone: form.guardian_phone ?? null,
            guardianRelationship: form.guardian_relationship ?? null,
          },
          {
            partyRole: 'respondent',
            position: 1,
            name: organisation?.name ?? form.respondent_name,
            organisationId: organisation?.id ?? null,
            respondentType: form.respondent_type,
            respondentUscc: form.respondent_uscc?.toUpperCase() ?? null,
            respondentLicenceNo: form.respondent_licence_no ?? null,
            respondentPhone: form.respondent_phone ?? null,
            address: form.respondent_address,
            involvedStaff: form.involved_staff ?? null,
          },
        ],
      },
      input.actor,
    );
    return { ...result, queryCode: formatQueryCode(queryCode) };
  }

  return { fileComplaint, validate };
}

export type ComplaintService = ReturnType<typeof createComplaintService>;
