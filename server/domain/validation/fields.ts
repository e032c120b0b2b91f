/**
 * Field schemas shared by every form (zod). Messages are i18n keys (validation.*), translated on render.
 * Text is trimmed and control characters other than line breaks and tabs are refused.
 */
import { z } from 'zod';
import { isIsoDate } from '../deadlines/legalDate.ts';
import { phoneValid } from './phone.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const text = (max: number, min = 1) =>
  z
    .string({ error: 'validation.required' })
    .transform((s) => s.trim().replace(/\r\n/g, '\n'))
    .refine((s) => s.length >= min, { message: min <= 1 ? 'validation.required' : `validation.min_length:${min}` })
    .refine((s) => [...s].length <= max, { message: `validation.max_length:${max}` })
    .refine((s) => !CONTROL.test(s), { message: 'validation.control_characters' });

export const optionalText = (max: number) => z.preprocess(blankToUndefined, text(max).optional());

export const checkbox = () => z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean());

export const isoDate = () =>
  z.string({ error: 'validation.required' }).trim().refine(isIsoDate, { message: 'validation.date' });

export const optionalDate = () => z.preprocess(blankToUndefined, isoDate().optional());

export const int = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : v),
    z.number({ error: 'validation.number' }).int({ message: 'validation.integer' }).min(min, { message: `validation.min:${min}` }).max(max, { message: `validation.max:${max}` }),
  );

export const optionalInt = (min: number, max: number) => z.preprocess(blankToUndefined, int(min, max).optional());

/** Money in yuan with at most 2 decimals; returned as a string to keep it exact. */
export const money = (max = 99_999_999.99) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .refine((s) => /^\d{1,8}(\.\d{1,2})?$/.test(s), { message: 'validation.money' })
    .refine((s) => Number(s) > 0 && Number(s) <= max, { message: 'validation.money_range' });

export const optionalMoney = () => z.preprocess(blankToUndefined, money().optional());

export const phone = () => text(30).refine(phoneValid, { message: 'validation.phone' });
export const optionalPhone = () => z.preprocess(blankToUndefined, phone().optional());

export const email = () =>
  text(254).refine((s) => /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(s), { message: 'validation.email' });
export const optionalEmail = () => z.preprocess(blankToUndefined, email().optional());

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.choose' });

/** A form list (one value or several, e.g. checkboxes with the same name) → array. */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const id = () => int(1, 2_147_483_647);
export const optionalId = () => optionalInt(1, 2_147_483_647);
