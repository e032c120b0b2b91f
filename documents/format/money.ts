/**
 * Money in documents (documents.md §6.1): `人民币{amount}元`, digits without separators, decimals only if not .00,
 * and the capital amount (大写金额). All arithmetic is done on integer cents.
 */

/** Largest supported amount in cents (9 999 999 999.99 元) for the capital amount. */
const MAX_UPPER_CENTS = 999_999_999_999;

/** Decimal string: digits, optional 1–2 decimals (further decimals must be zeros). */
const DECIMAL_RE = /^(\d+)(?:\.(\d*))?$/;

/** Exact integer cents of a non-negative amount (decimal string, or number rounded to the cent). */
export function toCents(amount: string | number): number {
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Invalid amount: ${amount}`);
    const cents = Math.round(amount * 100);
    if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount too large: ${amount}`);
    return cents;
  }
  const m = DECIMAL_RE.exec(amount.trim());
  const frac = m?.[2] ?? '';
  if (!m || (m[2] !== undefined && frac === '') || /[1-9]/.test(frac.slice(2))) throw new RangeError(`Invalid amount: ${amount}`);
  const cents = Number(m[1]) * 100 + Number(frac.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount too large: ${amount}`);
  return cents;
}

/** Amount digits: 3600 → '3600', 3600.5 → '3600.50', '1005.07' → '1005.07'. */
export function moneyText(amount: string | number): string {
  const cents = toCents(amount);
  const yuan = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
}

/** Capital digits 0–9. */
const UPPER_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
/** Units inside a group of four (ones, 拾, 佰, 仟). */
const UPPER_UNITS = ['', '拾', '佰', '仟'] as const;
/** Group units (ones group, 万, 亿). */
const GROUP_UNITS = ['', '万', '亿'] as const;

/** Capital digit of d (0–9). */
function upperDigit(d: number): string {
  return UPPER_DIGITS[d] ?? '';
}

/** Capital form of a positive integer < 10^12 (groups of four; zero rules of §6.1). */
function upperInteger(n: number): string {
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  let groupHasDigit = false;
  digits.forEach((d, i) => {
    const pos = digits.length - 1 - i;
    const place = pos % 4;
    if (d === 0) {
      // A zero only matters if something non-zero was already written.
      if (out !== '') pendingZero = true;
    } else {
      if (pendingZero) out += '零';
      pendingZero = false;
      groupHasDigit = true;
      out += upperDigit(d) + (UPPER_UNITS[place] ?? '');
    }
    if (place === 0) {
      if (groupHasDigit) {
        out += GROUP_UNITS[pos / 4] ?? '';
        // Trailing zeros of a group are dropped; a following group's leading zeros set the flag again.
        pendingZero = false;
      }
      groupHasDigit = false;
    }
  });
  return out;
}

/** Capital amount (大写金额): 3600 → 叁仟陆佰元整, 1005.07 → 壹仟零伍元零柒分, 0.5 → 伍角. */
export function moneyUpper(amount: string | number): string {
  const cents = toCents(amount);
  if (cents > MAX_UPPER_CENTS) throw new RangeError(`Amount too large for capital form: ${amount}`);
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  if (cents === 0) return '零元整';
  let out = yuan > 0 ? `${upperInteger(yuan)}元` : '';
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${upperDigit(jiao)}角`;
  else if (yuan > 0) out += '零';
  if (fen > 0) out += `${upperDigit(fen)}分`;
  return out;
}

/** `人民币3600元`. */
export function moneyPlain(amount: string | number): string {
  return `人民币${moneyText(amount)}元`;
}

/** `人民币3600元（大写：叁仟陆佰元整）` (orders: compensation, fines, costs, deposit payouts). */
export function moneyWithUpper(amount: string | number): string {
  return `${moneyPlain(amount)}（大写：${moneyUpper(amount)}）`;
}
