/**
 * The complaint form (procedure.md §2.2) as a zod schema, shared by the citizen form and staff entry.
 * Profile-dependent requirements come from the profile's switches; `today` is a parameter.
 */
import { z } from 'zod';
import { COMPLAINANT_KINDS, COMPLAINT_CATEGORIES, GENDERS, ID_TYPES, MONEY_REQUEST_KINDS, REQUEST_KINDS, RESPONDENT_TYPES } from './enums.ts';
import { checkbox, oneOf, optionalDate, optionalEmail, optionalInt, optionalMoney, optionalPhone, optionalText, phone, text } from '../validation/fields.ts';
import { checkUscc } from '../validation/uscc.ts';
import { residentIdValid } from '../validation/residentId.ts';
import type { ProfileSwitches } from '../procedure/profiles.ts';
import type { IsoDate } from '../deadlines/types.ts';

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess((v) => (v === '' ? undefined : v), oneOf(values).optional());

export const complaintBaseSchema = z.object({
  complainant_kind: oneOf(COMPLAINANT_KINDS),
  complainant_name: text(100),
  complainant_gender: optionalEnum(GENDERS),
  complainant_nationality: z.preprocess((v) => (v === '' || v === undefined ? 'CN' : String(v).toUpperCase()), z.string().regex(/^[A-Z]{2}$/, { message: 'validation.country' })),
  complainant_age: optionalInt(0, 120),
  complainant_occupation: optionalText(50),
  complainant_work_unit: optionalText(150),
  complainant_address: text(200),
  complainant_postcode: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().regex(/^\d{6}$/, { message: 'validation.postcode' }).optional()),
  complainant_phone: phone(),
  complainant_email: optionalEmail(),
  complainant_id_type: optionalEnum(ID_TYPES),
  complainant_id_number: optionalText(40),
  guardian_name: optionalText(50),
  guardian_phone: optionalPhone(),
  guardian_relationship: optionalText(50),
  respondent_name: text(100, 2),
  respondent_type: oneOf(RESPONDENT_TYPES),
  respondent_address: text(200),
  respondent_uscc: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    text(18)
      .superRefine((v, ctx) => {
        const r = checkUscc(v);
        if (!r.valid) ctx.addIssue({ code: 'custom', message: `validation.${r.error}` });
      })
      .optional(),
  ),
  respondent_licence_no: optionalText(40),
  respondent_phone: optionalPhone(),
  involved_staff: optionalText(200),
  request_kind: oneOf(REQUEST_KINDS),
  request_amount: optionalMoney(),
  request_detail: text(500),
  facts: text(5000, 20),
  reasons: text(3000, 10),
  incident_date: z.string({ error: 'validation.required' }).trim().min(1, { message: 'validation.required' }),
  incident_place: text(200),
  harm_known_date: optionalDate(),
  complaint_category: oneOf(COMPLAINT_CATEGORIES),
  has_contract: checkbox(),
  contract_number: optionalText(50),
  contract_date: optionalDate(),
  contract_place: optionalText(120),
  travel_start_date: optionalDate(),
  travel_end_date: optionalDate(),
  destination: text(100),
  amount_paid: optionalMoney(),
  group_size: optionalInt(1, 9999),
  privacy_notice_ack: checkbox(),
  e_service_consent: checkbox(),
});

export type ComplaintForm = z.infer<typeof complaintBaseSchema>;

/** The full schema for one profile, on one day, for one channel. */
export function complaintSchema(switches: ProfileSwitches, today: IsoDate, options: { online: boolean }) {
  return complaintBaseSchema.superRefine((f, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!switches.whoMayComplain.includes(f.complainant_kind)) issue('complainant_kind', 'validation.complainant_kind_not_in_profile');
    const required: Record<string, unknown> = {
      complainant_gender: f.complainant_gender,
      complainant_age: f.complainant_age,
      complainant_occupation: f.complainant_occupation,
      complainant_work_unit: f.complainant_work_unit,
      complainant_postcode: f.complainant_postcode,
      harm_known_date: f.harm_known_date,
    };
    for (const field of switches.requiredComplainantFields) if (required[field] === undefined) issue(field, 'validation.required');
    if (f.complainant_kind === 'tourist' && f.complainant_name.length > 50) issue('complainant_name', 'validation.max_length:50');
    if (f.complainant_age !== undefined && f.complainant_age < 18) {
      if (!f.guardian_name) issue('guardian_name', 'validation.guardian_required');
      if (!f.guardian_phone) issue('guardian_phone', 'validation.guardian_required');
    }
    if (f.complainant_id_number && !f.complainant_id_type) issue('complainant_id_type', 'validation.required');
    if (f.complainant_id_type && !f.complainant_id_number) issue('complainant_id_number', 'validation.required');
    if (f.complainant_id_type === 'resident_id' && f.complainant_id_number && !residentIdValid(f.complainant_id_number)) issue('complainant_id_number', 'validation.resident_id');
    if (f.complainant_id_type && f.complainant_id_type !== 'resident_id' && f.complainant_id_number && !/^[A-Za-z0-9]{5,20}$/.test(f.complainant_id_number))
      issue('complainant_id_number', 'validation.id_number');
    if (MONEY_REQUEST_KINDS.includes(f.request_kind) && f.request_amount === undefined) issue('request_amount', 'validation.amount_required');
    const dateNotFuture = (field: keyof ComplaintForm, value: string | undefined) => {
      if (value === undefined) return;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) issue(field, 'validation.date');
      else if (value > today) issue(field, 'validation.date_not_future');
    };
    dateNotFuture('incident_date', f.incident_date);
    dateNotFuture('harm_known_date', f.harm_known_date);
    dateNotFuture('contract_date', f.contract_date);
    if (f.has_contract) {
      if (!f.contract_date) issue('contract_date', 'validation.required');
      if (!f.contract_place) issue('contract_place', 'validation.required');
    }
    if (f.respondent_type === 'travel_agency') {
      if (!f.travel_start_date) issue('travel_start_date', 'validation.required');
      if (!f.travel_end_date) issue('travel_end_date', 'validation.required');
    }
    if (f.travel_start_date && f.travel_end_date && f.travel_end_date < f.travel_start_date) issue('travel_end_date', 'validation.end_before_start');
    if (options.online && !f.privacy_notice_ack) issue('privacy_notice_ack', 'validation.privacy_notice_ack');
  });
}
