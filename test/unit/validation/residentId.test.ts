/**
 * 公民身份号码 check, GB 11643 — procedure.md §2.2: positions 1-17 are digits, positions 7-14 a valid date,
 * weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2, check character "10X98765432"[sum mod 11].
 * Check characters are computed here independently of the code.
 */
import { describe, expect, it } from 'vitest';
import { residentIdValid } from '../../../server/domain/validation/residentId.ts';

const SPEC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const specCheck = (first17: string): string => '10X98765432'.charAt([...first17].reduce((s, d, i) => s + Number(d) * SPEC_WEIGHTS[i]!, 0) % 11);
const withCheck = (first17: string): string => first17 + specCheck(first17);

describe('spec weights', () => {
  it('are 2^(17-i) mod 11 for positions 1-17', () => {
    expect(SPEC_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
  });
});

describe('residentIdValid', () => {
  it.each([
    '11010519491231002', // the GB 11643 example body (Beijing, 1949-12-31)
    '44030419900101123',
    '32010520000229456', // leap day
    '65010219850615789',
    '35020319991231000',
    '51010720100301321',
  ])('accepts %s + its check character', (body) => {
    const id = withCheck(body);
    expect(id).toHaveLength(18);
    expect(residentIdValid(id)).toBe(true);
  });

  it('the GB 11643 example 11010519491231002X is valid', () => {
    expect(specCheck('11010519491231002')).toBe('X');
    expect(residentIdValid('11010519491231002X')).toBe(true);
  });

  it('accepts a lower-case x check character', () => {
    expect(residentIdValid('11010519491231002x')).toBe(true);
  });

  it('finds and accepts other X check characters', () => {
    let found = 0;
    for (let seq = 0; seq < 1000 && found < 3; seq++) {
      const body = `440304199001${String(10 + (seq % 18)).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
      if (specCheck(body) !== 'X') continue;
      found++;
      expect(residentIdValid(`${body}X`), body).toBe(true);
      expect(residentIdValid(`${body}x`), body).toBe(true);
      expect(residentIdValid(`${body}0`), body).toBe(false);
    }
    expect(found).toBe(3);
  });

  it('rejects every wrong check character', () => {
    const body = '44030419900101123';
    const good = specCheck(body);
    for (const ch of '0123456789X') {
      expect(residentIdValid(body + ch), ch).toBe(ch === good);
    }
  });

  it.each([
    ['19990230', 'February 30'],
    ['19990229', 'February 29 in a common year'],
    ['19000229', '1900 is not a leap year'],
    ['19991301', 'month 13'],
    ['19990001', 'month 00'],
    ['19990100', 'day 00'],
    ['19990431', 'April 31'],
  ])('rejects the invalid date %s (%s) even with a correct check character', (date) => {
    const body = `440304${date}123`;
    expect(body).toHaveLength(17);
    expect(residentIdValid(withCheck(body))).toBe(false);
  });

  it.each([
    ['too short (15-digit first generation)', '440304900101123'],
    ['17 characters', '44030419900101123'],
    ['19 characters', `${withCheck('44030419900101123')}1`],
    ['letter in positions 1-17', 'A4030419900101123X'],
    ['X not in the last position', '4403041990010112X3'],
    ['empty', ''],
    ['other check letter', '44030419900101123Y'],
  ])('rejects %s', (_label, id) => {
    expect(residentIdValid(id)).toBe(false);
  });
});
