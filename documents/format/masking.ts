/** Masking of personal data in documents (documents.md §6.2). */

/** 18-character mainland resident ID number (17 digits + digit or X). */
const RESIDENT_ID_RE = /^\d{17}[\dXx]$/;
/** Mainland mobile number, optionally with +86 / 86 prefix, after removing spaces and hyphens. */
const MOBILE_RE = /^(?:\+?86)?(1[3-9]\d{9})$/;

/** '*' for every character but the last four (everything masked if four or fewer). */
function keepLast4(s: string): string {
  if (s.length <= 4) return '*'.repeat(s.length);
  return '*'.repeat(s.length - 4) + s.slice(-4);
}

/** Mainland ID → first 6 + '*' + last 4 (`430102********1234`); other IDs → last 4 only; null/'' → ''. */
export function maskIdNumber(idType: string | null, idNumber: string | null): string {
  const id = (idNumber ?? '').replace(/\s+/g, '');
  if (id === '') return '';
  const resident = idType === 'resident_id' || RESIDENT_ID_RE.test(id);
  if (resident && id.length > 10) return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
  return keepLast4(id);
}

/** Mainland mobile → `138****5678`; other numbers keep their last 4 digits and separators; null → ''. */
export function maskPhone(phone: string | null): string {
  const p = (phone ?? '').trim();
  if (p === '') return '';
  const mobile = MOBILE_RE.exec(p.replace(/[\s-]/g, ''))?.[1];
  if (mobile) return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  const totalDigits = p.replace(/\D/g, '').length;
  const keepFrom = totalDigits > 4 ? totalDigits - 4 : totalDigits; // ≤ 4 digits: mask them all
  let seen = 0;
  return p.replace(/\d/g, (d) => (seen++ < keepFrom ? '*' : d));
}
