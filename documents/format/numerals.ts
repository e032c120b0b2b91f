/** Chinese numerals as written in statutes (documents.md §6.1 "period in fixed wording": 三十日, 十五日). */

/** Lower-case Chinese digits 0–9. */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
/** Place units for ones, tens, hundreds, thousands. */
const UNITS = ['', '十', '百', '千'] as const;

/** 0..9999 → 零, 一, 十, 十一, 二十一, 一百零一, 一百一十, 一千零五; RangeError otherwise. */
export function cnNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`cnNumeral: ${n} is not an integer in 0..9999`);
  if (n === 0) return DIGITS[0];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      pendingZero = true;
      return;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    // 10–19 at the head are 十, 十一 … (no leading 一).
    const digit = d === 1 && place === 1 && i === 0 ? '' : DIGITS[d];
    out += `${digit ?? ''}${UNITS[place] ?? ''}`;
  });
  return out;
}
