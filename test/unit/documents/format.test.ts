/** documents/format: formatting rules of documents.md §6.1 and masking of §6.2. */
import { describe, it, expect } from 'vitest';
import {
  cnNumeral,
  ensureFullStop,
  formatDate,
  formatDateTime,
  inlineText,
  joinList,
  maskIdNumber,
  maskPhone,
  moneyPlain,
  moneyText,
  moneyUpper,
  moneyWithUpper,
  paragraphs,
  shanghaiDate,
  stripEndPunctuation,
  toCents,
} from '../../../documents/format/index.ts';

describe('formatDate / shanghaiDate', () => {
  it('formats ISO dates without zero padding', () => {
    expect(formatDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatDate('2026-12-31')).toBe('2026年12月31日');
    expect(formatDate('2026-10-01')).toBe('2026年10月1日');
    expect(formatDate('2028-02-29')).toBe('2028年2月29日');
  });

  it('converts a Date to the Asia/Shanghai calendar date', () => {
    expect(formatDate(new Date('2026-03-14T16:30:00Z'))).toBe('2026年3月15日');
    expect(formatDate(new Date('2026-03-14T15:59:59.999Z'))).toBe('2026年3月14日');
    expect(formatDate(new Date('2026-03-14T16:00:00Z'))).toBe('2026年3月15日');
    expect(formatDate(new Date('2025-12-31T16:00:00Z'))).toBe('2026年1月1日');
    expect(shanghaiDate(new Date('2026-03-14T16:30:00Z'))).toBe('2026-03-15');
    expect(shanghaiDate(new Date('2026-02-28T16:00:00Z'))).toBe('2026-03-01');
    expect(shanghaiDate(new Date('2026-03-05T00:00:00+08:00'))).toBe('2026-03-05');
  });

  it('takes the date part of a local date-time and converts zoned timestamps', () => {
    expect(formatDate('2026-03-05T23:30')).toBe('2026年3月5日');
    expect(formatDate('2026-03-14T16:30:00Z')).toBe('2026年3月15日');
    expect(formatDate('2026-03-14T16:30:00.000+00:00')).toBe('2026年3月15日');
  });

  it('rejects invalid input', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatDate('2026-13-01')).toThrow(RangeError);
    expect(() => formatDate('2026/03/05')).toThrow(RangeError);
    expect(() => formatDate('')).toThrow(RangeError);
    expect(() => formatDate(new Date('nonsense'))).toThrow(RangeError);
    expect(() => shanghaiDate(new Date(NaN))).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('formats local date-time strings, 24-hour, minutes two digits', () => {
    expect(formatDateTime('2026-03-20T09:30')).toBe('2026年3月20日9时30分');
    expect(formatDateTime('2026-03-20T14:05')).toBe('2026年3月20日14时05分');
    expect(formatDateTime('2026-03-20T00:00')).toBe('2026年3月20日0时00分');
    expect(formatDateTime('2026-03-20 23:59:59')).toBe('2026年3月20日23时59分');
  });

  it('formats Dates in Asia/Shanghai', () => {
    expect(formatDateTime(new Date('2026-03-20T01:30:00Z'))).toBe('2026年3月20日9时30分');
    expect(formatDateTime(new Date('2026-03-20T06:05:00Z'))).toBe('2026年3月20日14时05分');
    expect(formatDateTime(new Date('2026-03-14T16:30:00Z'))).toBe('2026年3月15日0时30分');
  });

  it('never writes 上午/下午', () => {
    expect(formatDateTime('2026-03-20T15:00')).not.toMatch(/上午|下午/);
  });

  it('rejects invalid times', () => {
    expect(() => formatDateTime('2026-03-20T24:00')).toThrow(RangeError);
    expect(() => formatDateTime('2026-03-20T10:60')).toThrow(RangeError);
    expect(() => formatDateTime('9:30')).toThrow(RangeError);
  });
});

describe('cnNumeral', () => {
  const cases: Array<[number, string]> = [
    [0, '零'], [1, '一'], [5, '五'], [10, '十'], [11, '十一'], [15, '十五'], [20, '二十'], [21, '二十一'], [30, '三十'],
    [60, '六十'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [111, '一百一十一'], [180, '一百八十'],
    [365, '三百六十五'], [1000, '一千'], [1001, '一千零一'], [1005, '一千零五'], [1010, '一千零一十'], [1100, '一千一百'],
    [2026, '二千零二十六'], [9999, '九千九百九十九'],
  ];
  it.each(cases)('%i → %s', (n, s) => {
    expect(cnNumeral(n)).toBe(s);
  });

  it('throws RangeError outside 0..9999 and for non-integers', () => {
    expect(() => cnNumeral(10000)).toThrow(RangeError);
    expect(() => cnNumeral(-1)).toThrow(RangeError);
    expect(() => cnNumeral(1.5)).toThrow(RangeError);
    expect(() => cnNumeral(NaN)).toThrow(RangeError);
  });
});

describe('moneyText / toCents', () => {
  it('writes digits without separators, decimals only if not .00', () => {
    expect(moneyText(3600)).toBe('3600');
    expect(moneyText('3600.00')).toBe('3600');
    expect(moneyText('3600.0')).toBe('3600');
    expect(moneyText(3600.5)).toBe('3600.50');
    expect(moneyText('3600.5')).toBe('3600.50');
    expect(moneyText('1005.07')).toBe('1005.07');
    expect(moneyText(0)).toBe('0');
    expect(moneyText(0.05)).toBe('0.05');
    expect(moneyText(1234567.89)).toBe('1234567.89');
    expect(moneyText('9999999999.99')).toBe('9999999999.99');
  });

  it('avoids float errors', () => {
    expect(moneyText(0.1 + 0.2)).toBe('0.30');
    expect(moneyText(1.005 * 1000)).toBe('1005');
    expect(toCents('1005.07')).toBe(100507);
    expect(toCents(1005.07)).toBe(100507);
    expect(toCents(' 12.30 ')).toBe(1230);
    expect(toCents('12.300')).toBe(1230);
  });

  it('rejects invalid amounts', () => {
    for (const bad of ['', 'abc', '1,000', '-5', '1.234', '1.', '.5', '1e3']) {
      expect(() => moneyText(bad), bad).toThrow(RangeError);
    }
    expect(() => moneyText(-1)).toThrow(RangeError);
    expect(() => moneyText(Infinity)).toThrow(RangeError);
    expect(() => moneyText(NaN)).toThrow(RangeError);
  });
});

describe('moneyUpper', () => {
  const specVectors: Array<[string | number, string]> = [
    [15, '壹拾伍元整'], [30000, '叁万元整'], [3600.5, '叁仟陆佰元伍角'], [1005.07, '壹仟零伍元零柒分'], [100000, '壹拾万元整'],
    [20050, '贰万零伍拾元整'], [1000005, '壹佰万零伍元整'], [1680.32, '壹仟陆佰捌拾元叁角贰分'], [0.5, '伍角'],
  ];
  it.each(specVectors)('§6.1 vector %s → %s', (amount, upper) => {
    expect(moneyUpper(amount)).toBe(upper);
  });

  const more: Array<[string | number, string]> = [
    [3600, '叁仟陆佰元整'], [600, '陆佰元整'], [10, '壹拾元整'], [100000000, '壹亿元整'], [100010000, '壹亿零壹万元整'],
    [0.05, '伍分'], [1.5, '壹元伍角'], [1.05, '壹元零伍分'], [1, '壹元整'], [0.55, '伍角伍分'], [11, '壹拾壹元整'],
    [110, '壹佰壹拾元整'], [101, '壹佰零壹元整'], [1001, '壹仟零壹元整'], [1010, '壹仟零壹拾元整'], [100100, '壹拾万零壹佰元整'],
    [12305000, '壹仟贰佰叁拾万伍仟元整'], [10010000, '壹仟零壹万元整'], [100000005, '壹亿零伍元整'], [100005000, '壹亿零伍仟元整'],
    [105000000, '壹亿零伍佰万元整'], [110000000, '壹亿壹仟万元整'], [1000000000, '壹拾亿元整'],
    ['9999999999.99', '玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'], ['3600.00', '叁仟陆佰元整'], ['20.10', '贰拾元壹角'],
    [0, '零元整'],
  ];
  it.each(more)('%s → %s', (amount, upper) => {
    expect(moneyUpper(amount)).toBe(upper);
  });

  it('rejects amounts beyond 9999999999.99 and invalid amounts', () => {
    expect(() => moneyUpper('10000000000')).toThrow(RangeError);
    expect(() => moneyUpper(-3)).toThrow(RangeError);
    expect(() => moneyUpper('x')).toThrow(RangeError);
  });
});

describe('moneyPlain / moneyWithUpper', () => {
  it('wraps the amount as in §6.1', () => {
    expect(moneyPlain(3600)).toBe('人民币3600元');
    expect(moneyPlain('1005.07')).toBe('人民币1005.07元');
    expect(moneyWithUpper(3600)).toBe('人民币3600元（大写：叁仟陆佰元整）');
    expect(moneyWithUpper('3600.50')).toBe('人民币3600.50元（大写：叁仟陆佰元伍角）');
  });
});

describe('maskIdNumber', () => {
  it('masks mainland resident ID numbers: first 6 and last 4', () => {
    expect(maskIdNumber('resident_id', '430102199001011234')).toBe('430102********1234');
    expect(maskIdNumber(null, '43010219900101123X')).toBe('430102********123X');
    expect(maskIdNumber('other', '43010219900101123x')).toBe('430102********123x');
    expect(maskIdNumber('resident_id', ' 430102 199001011234 ')).toBe('430102********1234');
    // 15-digit legacy number
    expect(maskIdNumber('resident_id', '430102900101123')).toBe('430102*****1123');
  });

  it('keeps only the last 4 of other ID numbers', () => {
    expect(maskIdNumber('passport', 'E12345678')).toBe('*****5678');
    expect(maskIdNumber('hk_macao_permit', 'H1234567890')).toBe('*******7890');
    expect(maskIdNumber('resident_id', '12345')).toBe('*2345');
    expect(maskIdNumber('passport', '1234')).toBe('****');
  });

  it('returns empty for missing numbers', () => {
    expect(maskIdNumber('resident_id', null)).toBe('');
    expect(maskIdNumber(null, '')).toBe('');
    expect(maskIdNumber(null, '   ')).toBe('');
  });
});

describe('maskPhone', () => {
  it('masks mainland mobiles as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });

  it('keeps the last 4 digits and separators of other numbers', () => {
    expect(maskPhone('0731-88881234')).toBe('****-****1234');
    expect(maskPhone('(0731) 8888 1234')).toBe('(****) **** 1234');
    expect(maskPhone('+852 9123 4567')).toBe('+*** **** 4567');
    expect(maskPhone('12345678901')).toBe('*******8901');
    expect(maskPhone('110')).toBe('***');
  });

  it('returns empty for missing numbers', () => {
    expect(maskPhone(null)).toBe('');
    expect(maskPhone('')).toBe('');
  });
});

describe('inlineText', () => {
  it('normalises, trims and collapses ASCII whitespace', () => {
    expect(inlineText('  某某  旅行社\t有限公司 ')).toBe('某某 旅行社 有限公司');
    expect(inlineText('a \n b')).toBe('a b');
    expect(inlineText('line one\r\nline two')).toBe('line one line two');
    expect(inlineText('e\u0301')).toBe('\u00e9');
    expect(inlineText(null)).toBe('');
    expect(inlineText(undefined)).toBe('');
    expect(inlineText(' \n\t ')).toBe('');
  });

  it('joins a line break between Chinese characters without a space', () => {
    expect(inlineText('旅游\n合同')).toBe('旅游合同');
    expect(inlineText('退还团费，\r\n赔偿损失')).toBe('退还团费，赔偿损失');
    expect(inlineText('G1234\n次列车')).toBe('G1234 次列车');
  });

  it('keeps ideographic spaces and drops control characters', () => {
    expect(inlineText('甲\u3000\u3000乙')).toBe('甲\u3000\u3000乙');
    expect(inlineText('甲\u0000乙\u0007')).toBe('甲乙');
  });
});

describe('paragraphs', () => {
  it('splits on any line break and drops blank lines', () => {
    expect(paragraphs('第一段。\n\n第二段。\r\n第三段。\r第四段。')).toEqual(['第一段。', '第二段。', '第三段。', '第四段。']);
    expect(paragraphs('  a   b  \n \t \n\u3000\u3000\n c ')).toEqual(['a b', 'c']);
    expect(paragraphs('cafe\u0301')).toEqual(['caf\u00e9']);
    expect(paragraphs(null)).toEqual([]);
    expect(paragraphs('')).toEqual([]);
  });
});

describe('joinList', () => {
  it('joins with ； by default and skips blanks', () => {
    expect(joinList(['甲', '乙', '丙'])).toBe('甲；乙；丙');
    expect(joinList(['甲', '', ' ', '乙'], '、')).toBe('甲、乙');
    expect(joinList([])).toBe('');
  });
});

describe('ensureFullStop', () => {
  it('adds 。 unless the text already ends a sentence', () => {
    expect(ensureFullStop('经查属实')).toBe('经查属实。');
    expect(ensureFullStop('经查属实。')).toBe('经查属实。');
    expect(ensureFullStop('是否属实？')).toBe('是否属实？');
    expect(ensureFullStop('请立即改正！')).toBe('请立即改正！');
    expect(ensureFullStop('他说：“同意。”')).toBe('他说：“同意。”');
    expect(ensureFullStop('等等……')).toBe('等等……');
  });

  it('replaces trailing ；，. and trims whitespace', () => {
    expect(ensureFullStop('经查属实；')).toBe('经查属实。');
    expect(ensureFullStop('经查属实，')).toBe('经查属实。');
    expect(ensureFullStop('经查属实.')).toBe('经查属实。');
    expect(ensureFullStop('经查属实 \n')).toBe('经查属实。');
    expect(ensureFullStop('')).toBe('');
    expect(ensureFullStop('；')).toBe('');
  });
});

describe('stripEndPunctuation', () => {
  it('removes trailing 。；，,.; from short fields', () => {
    expect(stripEndPunctuation('行程擅自变更。')).toBe('行程擅自变更');
    expect(stripEndPunctuation('行程擅自变更；，')).toBe('行程擅自变更');
    expect(stripEndPunctuation('hotel downgrade.;, ')).toBe('hotel downgrade');
    expect(stripEndPunctuation('是否属实？')).toBe('是否属实？');
    expect(stripEndPunctuation('')).toBe('');
  });
});
