/**
 * 统一社会信用代码 (unified social credit code) check, GB 32100-2015 (procedure.md §1.3).
 * 18 characters from the alphabet below; position 18 is a check character over positions 1-17
 * with weights 3^(i-1) mod 31. Positions 9-17 (the GB 11714 organisation code) carry their own
 * check digit, whose mismatch is only a warning.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccResult =
  | { valid: true; normalised: string; warnings: string[] }
  | { valid: false; error: 'uscc.length' | 'uscc.alphabet' | 'uscc.checksum' };

export function usccCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] ?? null;
}

/** GB 11714 check over the 9-character organisation code (positions 9-17 of a USCC). */
export function organisationCodeValid(code9: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = code9[i] ?? '';
    const v = /[0-9]/.test(ch) ? Number(ch) : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : NaN;
    if (Number.isNaN(v)) return false;
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  const expected = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  return code9[8] === expected;
}

export function checkUscc(input: string): UsccResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { valid: false, error: 'uscc.length' };
  if (![...code].every((ch) => ALPHABET.includes(ch))) return { valid: false, error: 'uscc.alphabet' };
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return { valid: false, error: 'uscc.checksum' };
  const warnings = organisationCodeValid(code.slice(8, 17)) ? [] : ['uscc.organisation_code_check'];
  return { valid: true, normalised: code, warnings };
}
