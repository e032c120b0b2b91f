/**
 * Holiday calendar 2004-2026 (procedure.md §4.4), as plain data for the `calendar_year` / `calendar_day` seeds.
 *
 * GENERATED from the tables of the npm package chinese-days@1.5.7 (dist/chinese-days.json) by a throwaway
 * script, then checked against the State Council (General Office) notices and corrected where they disagree.
 * Do not edit by hand without citing the notice; every edit of the live calendar is audited (§4.4).
 *
 * - One row per date. `holiday` = 放假 (includes the weekend days inside a notice's holiday range);
 *   `makeup_workday` = 调休上班日 (always a Saturday or Sunday). Ordinary weekends are implicit.
 * - Rows are grouped by the calendar year of their date (the unit of coverage in §4.4). A row announced by
 *   another notice (e.g. a late-December make-up day announced in the next year's notice, or a supplementary
 *   notice) carries its own `sourceNotice`; otherwise the row cites its year's `sourceNotice`.
 * - `sourceNotice` gives the document number (国办发明电〔YYYY〕N号) only where it was verified; otherwise the title only.
 * - `publishedOn` is the date of the notice (成文日期) where verified; see the per-year comment otherwise.
 *
 * Corrections to chinese-days (each marked "added" below):
 *   2005-12-31 makeup_workday 元旦 — the 2006 notice (国办发明电〔2005〕35号): "12月31日(星期六)上班"; missing in chinese-days.
 *   2011-06-05 holiday 端午节 — "6月4日至6日放假公休"; chinese-days lists only 06-04 and 06-06 (06-05 is a Sunday).
 *   2012-06-23 holiday 端午节 — "6月22日至24日放假公休"; chinese-days lists only 06-22 and 06-24 (06-23 is a Saturday).
 *   2015-09-05 holiday (抗战胜利70周年纪念日) — 国发明电〔2015〕1号 "9月3日至5日调休放假"; 09-05 (Saturday) missing.
 * The 2025 and 2026 data agree with the notices 国办发明电〔2024〕12号 and the 2026 notice of 2025-11-04.
 */

export type HolidayDayKind = 'holiday' | 'makeup_workday';

export interface HolidayDayData {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly kind: HolidayDayKind;
  /** 元旦 / 春节 / 清明节 / 劳动节 / 端午节 / 中秋节 / 国庆节 / …; for a make-up day the holiday it serves. */
  readonly name: string;
  /** Only when the row was announced by a notice other than its year's `sourceNotice`. */
  readonly sourceNotice?: string;
}

export interface HolidayYearData {
  readonly year: number;
  /** The State Council General Office notice for that year's arrangement. */
  readonly sourceNotice: string;
  /** YYYY-MM-DD */
  readonly publishedOn: string;
  readonly days: ReadonlyArray<HolidayDayData>;
}

export const HOLIDAY_YEARS: ReadonlyArray<HolidayYearData> = [
  // 2004: 国务院办公厅关于2004年部分节假日安排的通知 — document number not verified; publishedOn NOT VERIFIED: the notice was public by this date (contemporary reports), exact issue date unknown. 22 holiday rows, 6 make-up workdays.
  {
    year: 2004,
    sourceNotice: '国务院办公厅关于2004年部分节假日安排的通知',
    publishedOn: '2003-12-26',
    days: [
      { date: '2004-01-01', kind: 'holiday', name: '元旦' }, // 周四
      { date: '2004-01-17', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2004-01-18', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2004-01-22', kind: 'holiday', name: '春节' }, // 周四
      { date: '2004-01-23', kind: 'holiday', name: '春节' }, // 周五
      { date: '2004-01-24', kind: 'holiday', name: '春节' }, // 周六
      { date: '2004-01-25', kind: 'holiday', name: '春节' }, // 周日
      { date: '2004-01-26', kind: 'holiday', name: '春节' }, // 周一
      { date: '2004-01-27', kind: 'holiday', name: '春节' }, // 周二
      { date: '2004-01-28', kind: 'holiday', name: '春节' }, // 周三
      { date: '2004-05-01', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2004-05-02', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2004-05-03', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2004-05-04', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2004-05-05', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2004-05-06', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2004-05-07', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2004-05-08', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2004-05-09', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2004-10-01', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2004-10-02', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2004-10-03', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2004-10-04', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2004-10-05', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2004-10-06', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2004-10-07', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2004-10-09', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2004-10-10', kind: 'makeup_workday', name: '国庆节' }, // 周日
    ],
  },
  // 2005: 国务院办公厅关于2005年部分节假日安排的通知 — document number not verified; publishedOn NOT VERIFIED: placeholder (first of the month; the notice was issued in late 2004). 24 holiday rows, 7 make-up workdays.
  {
    year: 2005,
    sourceNotice: '国务院办公厅关于2005年部分节假日安排的通知',
    publishedOn: '2004-12-01',
    days: [
      { date: '2005-01-01', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2005-01-02', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2005-01-03', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2005-02-05', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2005-02-06', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2005-02-09', kind: 'holiday', name: '春节' }, // 周三
      { date: '2005-02-10', kind: 'holiday', name: '春节' }, // 周四
      { date: '2005-02-11', kind: 'holiday', name: '春节' }, // 周五
      { date: '2005-02-12', kind: 'holiday', name: '春节' }, // 周六
      { date: '2005-02-13', kind: 'holiday', name: '春节' }, // 周日
      { date: '2005-02-14', kind: 'holiday', name: '春节' }, // 周一
      { date: '2005-02-15', kind: 'holiday', name: '春节' }, // 周二
      { date: '2005-04-30', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2005-05-01', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2005-05-02', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2005-05-03', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2005-05-04', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2005-05-05', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2005-05-06', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2005-05-07', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2005-05-08', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2005-10-01', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2005-10-02', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2005-10-03', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2005-10-04', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2005-10-05', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2005-10-06', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2005-10-07', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2005-10-08', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2005-10-09', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2005-12-31', kind: 'makeup_workday', name: '元旦', sourceNotice: '国务院办公厅关于2006年部分节假日安排的通知（国办发明电〔2005〕35号）' }, // 周六; added: missing in chinese-days; 2006 notice: 12月31日(星期六)上班
    ],
  },
  // 2006: 国务院办公厅关于2006年部分节假日安排的通知（国办发明电〔2005〕35号） — signed 2005-12-16. 24 holiday rows, 8 make-up workdays.
  {
    year: 2006,
    sourceNotice: '国务院办公厅关于2006年部分节假日安排的通知（国办发明电〔2005〕35号）',
    publishedOn: '2005-12-16',
    days: [
      { date: '2006-01-01', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2006-01-02', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2006-01-03', kind: 'holiday', name: '元旦' }, // 周二
      { date: '2006-01-28', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2006-01-29', kind: 'holiday', name: '春节' }, // 周日
      { date: '2006-01-30', kind: 'holiday', name: '春节' }, // 周一
      { date: '2006-01-31', kind: 'holiday', name: '春节' }, // 周二
      { date: '2006-02-01', kind: 'holiday', name: '春节' }, // 周三
      { date: '2006-02-02', kind: 'holiday', name: '春节' }, // 周四
      { date: '2006-02-03', kind: 'holiday', name: '春节' }, // 周五
      { date: '2006-02-04', kind: 'holiday', name: '春节' }, // 周六
      { date: '2006-02-05', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2006-04-29', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2006-04-30', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2006-05-01', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2006-05-02', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2006-05-03', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2006-05-04', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2006-05-05', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2006-05-06', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2006-05-07', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2006-09-30', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2006-10-01', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2006-10-02', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2006-10-03', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2006-10-04', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2006-10-05', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2006-10-06', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2006-10-07', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2006-10-08', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2006-12-30', kind: 'makeup_workday', name: '元旦', sourceNotice: '国务院办公厅关于2007年部分节假日安排的通知（国办发明电〔2006〕49号）' }, // 周六
      { date: '2006-12-31', kind: 'makeup_workday', name: '元旦', sourceNotice: '国务院办公厅关于2007年部分节假日安排的通知（国办发明电〔2006〕49号）' }, // 周日
    ],
  },
  // 2007: 国务院办公厅关于2007年部分节假日安排的通知（国办发明电〔2006〕49号） — signed 2006-12-14. 26 holiday rows, 7 make-up workdays.
  {
    year: 2007,
    sourceNotice: '国务院办公厅关于2007年部分节假日安排的通知（国办发明电〔2006〕49号）',
    publishedOn: '2006-12-14',
    days: [
      { date: '2007-01-01', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2007-01-02', kind: 'holiday', name: '元旦' }, // 周二
      { date: '2007-01-03', kind: 'holiday', name: '元旦' }, // 周三
      { date: '2007-02-17', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2007-02-18', kind: 'holiday', name: '春节' }, // 周日
      { date: '2007-02-19', kind: 'holiday', name: '春节' }, // 周一
      { date: '2007-02-20', kind: 'holiday', name: '春节' }, // 周二
      { date: '2007-02-21', kind: 'holiday', name: '春节' }, // 周三
      { date: '2007-02-22', kind: 'holiday', name: '春节' }, // 周四
      { date: '2007-02-23', kind: 'holiday', name: '春节' }, // 周五
      { date: '2007-02-24', kind: 'holiday', name: '春节' }, // 周六
      { date: '2007-02-25', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2007-04-28', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2007-04-29', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2007-05-01', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2007-05-02', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2007-05-03', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2007-05-04', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2007-05-05', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2007-05-06', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2007-05-07', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2007-09-29', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2007-09-30', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2007-10-01', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2007-10-02', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2007-10-03', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2007-10-04', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2007-10-05', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2007-10-06', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2007-10-07', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2007-12-29', kind: 'makeup_workday', name: '元旦', sourceNotice: '国务院办公厅关于2008年部分节假日安排的通知' }, // 周六
      { date: '2007-12-30', kind: 'holiday', name: '元旦', sourceNotice: '国务院办公厅关于2008年部分节假日安排的通知' }, // 周日
      { date: '2007-12-31', kind: 'holiday', name: '元旦', sourceNotice: '国务院办公厅关于2008年部分节假日安排的通知' }, // 周一
    ],
  },
  // 2008: 国务院办公厅关于2008年部分节假日安排的通知 — document number not verified; publishedOn = date published on gov.cn (signing date not verified). 27 holiday rows, 5 make-up workdays.
  {
    year: 2008,
    sourceNotice: '国务院办公厅关于2008年部分节假日安排的通知',
    publishedOn: '2007-12-18',
    days: [
      { date: '2008-01-01', kind: 'holiday', name: '元旦' }, // 周二
      { date: '2008-02-02', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2008-02-03', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2008-02-06', kind: 'holiday', name: '春节' }, // 周三
      { date: '2008-02-07', kind: 'holiday', name: '春节' }, // 周四
      { date: '2008-02-08', kind: 'holiday', name: '春节' }, // 周五
      { date: '2008-02-09', kind: 'holiday', name: '春节' }, // 周六
      { date: '2008-02-10', kind: 'holiday', name: '春节' }, // 周日
      { date: '2008-02-11', kind: 'holiday', name: '春节' }, // 周一
      { date: '2008-02-12', kind: 'holiday', name: '春节' }, // 周二
      { date: '2008-04-04', kind: 'holiday', name: '清明节' }, // 周五
      { date: '2008-04-05', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2008-04-06', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2008-05-01', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2008-05-02', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2008-05-03', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2008-05-04', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2008-06-07', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2008-06-08', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2008-06-09', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2008-09-13', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2008-09-14', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2008-09-15', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2008-09-27', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2008-09-28', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2008-09-29', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2008-09-30', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2008-10-01', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2008-10-02', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2008-10-03', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2008-10-04', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2008-10-05', kind: 'holiday', name: '国庆节' }, // 周日
    ],
  },
  // 2009: 国务院办公厅关于2009年部分节假日安排的通知（国办发明电〔2008〕42号） — publishedOn = date published on gov.cn (signing date not verified). 27 holiday rows, 6 make-up workdays.
  {
    year: 2009,
    sourceNotice: '国务院办公厅关于2009年部分节假日安排的通知（国办发明电〔2008〕42号）',
    publishedOn: '2008-12-10',
    days: [
      { date: '2009-01-01', kind: 'holiday', name: '元旦' }, // 周四
      { date: '2009-01-02', kind: 'holiday', name: '元旦' }, // 周五
      { date: '2009-01-03', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2009-01-04', kind: 'makeup_workday', name: '元旦' }, // 周日
      { date: '2009-01-24', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2009-01-25', kind: 'holiday', name: '春节' }, // 周日
      { date: '2009-01-26', kind: 'holiday', name: '春节' }, // 周一
      { date: '2009-01-27', kind: 'holiday', name: '春节' }, // 周二
      { date: '2009-01-28', kind: 'holiday', name: '春节' }, // 周三
      { date: '2009-01-29', kind: 'holiday', name: '春节' }, // 周四
      { date: '2009-01-30', kind: 'holiday', name: '春节' }, // 周五
      { date: '2009-01-31', kind: 'holiday', name: '春节' }, // 周六
      { date: '2009-02-01', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2009-04-04', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2009-04-05', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2009-04-06', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2009-05-01', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2009-05-02', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2009-05-03', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2009-05-28', kind: 'holiday', name: '端午节' }, // 周四
      { date: '2009-05-29', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2009-05-30', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2009-05-31', kind: 'makeup_workday', name: '端午节' }, // 周日
      { date: '2009-09-27', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2009-10-01', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2009-10-02', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2009-10-03', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2009-10-04', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2009-10-05', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2009-10-06', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2009-10-07', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2009-10-08', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2009-10-10', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2010: 国务院办公厅关于2010年部分节假日安排的通知（国办发明电〔2009〕27号） — signed 2009-12-07, published on gov.cn 2009-12-08. 29 holiday rows, 8 make-up workdays.
  {
    year: 2010,
    sourceNotice: '国务院办公厅关于2010年部分节假日安排的通知（国办发明电〔2009〕27号）',
    publishedOn: '2009-12-07',
    days: [
      { date: '2010-01-01', kind: 'holiday', name: '元旦' }, // 周五
      { date: '2010-01-02', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2010-01-03', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2010-02-13', kind: 'holiday', name: '春节' }, // 周六
      { date: '2010-02-14', kind: 'holiday', name: '春节' }, // 周日
      { date: '2010-02-15', kind: 'holiday', name: '春节' }, // 周一
      { date: '2010-02-16', kind: 'holiday', name: '春节' }, // 周二
      { date: '2010-02-17', kind: 'holiday', name: '春节' }, // 周三
      { date: '2010-02-18', kind: 'holiday', name: '春节' }, // 周四
      { date: '2010-02-19', kind: 'holiday', name: '春节' }, // 周五
      { date: '2010-02-20', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2010-02-21', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2010-04-03', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2010-04-04', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2010-04-05', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2010-05-01', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2010-05-02', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2010-05-03', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2010-06-12', kind: 'makeup_workday', name: '端午节' }, // 周六
      { date: '2010-06-13', kind: 'makeup_workday', name: '端午节' }, // 周日
      { date: '2010-06-14', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2010-06-15', kind: 'holiday', name: '端午节' }, // 周二
      { date: '2010-06-16', kind: 'holiday', name: '端午节' }, // 周三
      { date: '2010-09-19', kind: 'makeup_workday', name: '中秋节' }, // 周日
      { date: '2010-09-22', kind: 'holiday', name: '中秋节' }, // 周三
      { date: '2010-09-23', kind: 'holiday', name: '中秋节' }, // 周四
      { date: '2010-09-24', kind: 'holiday', name: '中秋节' }, // 周五
      { date: '2010-09-25', kind: 'makeup_workday', name: '中秋节' }, // 周六
      { date: '2010-09-26', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2010-10-01', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2010-10-02', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2010-10-03', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2010-10-04', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2010-10-05', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2010-10-06', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2010-10-07', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2010-10-09', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2011: 国务院办公厅关于2011年部分节假日安排的通知（国办发明电〔2010〕40号） — signed 2010-12-09. 29 holiday rows, 6 make-up workdays.
  {
    year: 2011,
    sourceNotice: '国务院办公厅关于2011年部分节假日安排的通知（国办发明电〔2010〕40号）',
    publishedOn: '2010-12-09',
    days: [
      { date: '2011-01-01', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2011-01-02', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2011-01-03', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2011-01-30', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2011-02-02', kind: 'holiday', name: '春节' }, // 周三
      { date: '2011-02-03', kind: 'holiday', name: '春节' }, // 周四
      { date: '2011-02-04', kind: 'holiday', name: '春节' }, // 周五
      { date: '2011-02-05', kind: 'holiday', name: '春节' }, // 周六
      { date: '2011-02-06', kind: 'holiday', name: '春节' }, // 周日
      { date: '2011-02-07', kind: 'holiday', name: '春节' }, // 周一
      { date: '2011-02-08', kind: 'holiday', name: '春节' }, // 周二
      { date: '2011-02-12', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2011-04-02', kind: 'makeup_workday', name: '清明节' }, // 周六
      { date: '2011-04-03', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2011-04-04', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2011-04-05', kind: 'holiday', name: '清明节' }, // 周二
      { date: '2011-04-30', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2011-05-01', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2011-05-02', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2011-06-04', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2011-06-05', kind: 'holiday', name: '端午节' }, // 周日; added: missing in chinese-days; notice: 6月4日至6日放假公休
      { date: '2011-06-06', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2011-09-10', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2011-09-11', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2011-09-12', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2011-10-01', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2011-10-02', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2011-10-03', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2011-10-04', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2011-10-05', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2011-10-06', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2011-10-07', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2011-10-08', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2011-10-09', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2011-12-31', kind: 'makeup_workday', name: '元旦', sourceNotice: '国务院办公厅关于2012年部分节假日安排的通知（国办发明电〔2011〕45号）' }, // 周六
    ],
  },
  // 2012: 国务院办公厅关于2012年部分节假日安排的通知（国办发明电〔2011〕45号） — signed 2011-12-05. 27 holiday rows, 6 make-up workdays.
  {
    year: 2012,
    sourceNotice: '国务院办公厅关于2012年部分节假日安排的通知（国办发明电〔2011〕45号）',
    publishedOn: '2011-12-05',
    days: [
      { date: '2012-01-01', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2012-01-02', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2012-01-03', kind: 'holiday', name: '元旦' }, // 周二
      { date: '2012-01-21', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2012-01-22', kind: 'holiday', name: '春节' }, // 周日
      { date: '2012-01-23', kind: 'holiday', name: '春节' }, // 周一
      { date: '2012-01-24', kind: 'holiday', name: '春节' }, // 周二
      { date: '2012-01-25', kind: 'holiday', name: '春节' }, // 周三
      { date: '2012-01-26', kind: 'holiday', name: '春节' }, // 周四
      { date: '2012-01-27', kind: 'holiday', name: '春节' }, // 周五
      { date: '2012-01-28', kind: 'holiday', name: '春节' }, // 周六
      { date: '2012-01-29', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2012-03-31', kind: 'makeup_workday', name: '清明节' }, // 周六
      { date: '2012-04-01', kind: 'makeup_workday', name: '清明节' }, // 周日
      { date: '2012-04-02', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2012-04-03', kind: 'holiday', name: '清明节' }, // 周二
      { date: '2012-04-04', kind: 'holiday', name: '清明节' }, // 周三
      { date: '2012-04-28', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2012-04-29', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2012-04-30', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2012-05-01', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2012-06-22', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2012-06-23', kind: 'holiday', name: '端午节' }, // 周六; added: missing in chinese-days; notice: 6月22日至24日放假公休
      { date: '2012-06-24', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2012-09-29', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2012-09-30', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2012-10-01', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2012-10-02', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2012-10-03', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2012-10-04', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2012-10-05', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2012-10-06', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2012-10-07', kind: 'holiday', name: '国庆节' }, // 周日
    ],
  },
  // 2013: 国务院办公厅关于2013年部分节假日安排的通知（国办发明电〔2012〕33号） — signed 2012-12-08. 29 holiday rows, 12 make-up workdays.
  {
    year: 2013,
    sourceNotice: '国务院办公厅关于2013年部分节假日安排的通知（国办发明电〔2012〕33号）',
    publishedOn: '2012-12-08',
    days: [
      { date: '2013-01-01', kind: 'holiday', name: '元旦' }, // 周二
      { date: '2013-01-02', kind: 'holiday', name: '元旦' }, // 周三
      { date: '2013-01-03', kind: 'holiday', name: '元旦' }, // 周四
      { date: '2013-01-05', kind: 'makeup_workday', name: '元旦' }, // 周六
      { date: '2013-01-06', kind: 'makeup_workday', name: '元旦' }, // 周日
      { date: '2013-02-09', kind: 'holiday', name: '春节' }, // 周六
      { date: '2013-02-10', kind: 'holiday', name: '春节' }, // 周日
      { date: '2013-02-11', kind: 'holiday', name: '春节' }, // 周一
      { date: '2013-02-12', kind: 'holiday', name: '春节' }, // 周二
      { date: '2013-02-13', kind: 'holiday', name: '春节' }, // 周三
      { date: '2013-02-14', kind: 'holiday', name: '春节' }, // 周四
      { date: '2013-02-15', kind: 'holiday', name: '春节' }, // 周五
      { date: '2013-02-16', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2013-02-17', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2013-04-04', kind: 'holiday', name: '清明节' }, // 周四
      { date: '2013-04-05', kind: 'holiday', name: '清明节' }, // 周五
      { date: '2013-04-06', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2013-04-07', kind: 'makeup_workday', name: '清明节' }, // 周日
      { date: '2013-04-27', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2013-04-28', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2013-04-29', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2013-04-30', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2013-05-01', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2013-06-08', kind: 'makeup_workday', name: '端午节' }, // 周六
      { date: '2013-06-09', kind: 'makeup_workday', name: '端午节' }, // 周日
      { date: '2013-06-10', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2013-06-11', kind: 'holiday', name: '端午节' }, // 周二
      { date: '2013-06-12', kind: 'holiday', name: '端午节' }, // 周三
      { date: '2013-09-19', kind: 'holiday', name: '中秋节' }, // 周四
      { date: '2013-09-20', kind: 'holiday', name: '中秋节' }, // 周五
      { date: '2013-09-21', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2013-09-22', kind: 'makeup_workday', name: '中秋节' }, // 周日
      { date: '2013-09-29', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2013-10-01', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2013-10-02', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2013-10-03', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2013-10-04', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2013-10-05', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2013-10-06', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2013-10-07', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2013-10-12', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2014: 国务院办公厅关于2014年部分节假日安排的通知（国办发明电〔2013〕28号） — signed 2013-12-11. 23 holiday rows, 5 make-up workdays.
  {
    year: 2014,
    sourceNotice: '国务院办公厅关于2014年部分节假日安排的通知（国办发明电〔2013〕28号）',
    publishedOn: '2013-12-11',
    days: [
      { date: '2014-01-01', kind: 'holiday', name: '元旦' }, // 周三
      { date: '2014-01-26', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2014-01-31', kind: 'holiday', name: '春节' }, // 周五
      { date: '2014-02-01', kind: 'holiday', name: '春节' }, // 周六
      { date: '2014-02-02', kind: 'holiday', name: '春节' }, // 周日
      { date: '2014-02-03', kind: 'holiday', name: '春节' }, // 周一
      { date: '2014-02-04', kind: 'holiday', name: '春节' }, // 周二
      { date: '2014-02-05', kind: 'holiday', name: '春节' }, // 周三
      { date: '2014-02-06', kind: 'holiday', name: '春节' }, // 周四
      { date: '2014-02-08', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2014-04-05', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2014-04-06', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2014-04-07', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2014-05-01', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2014-05-02', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2014-05-03', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2014-05-04', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2014-06-02', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2014-09-08', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2014-09-28', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2014-10-01', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2014-10-02', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2014-10-03', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2014-10-04', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2014-10-05', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2014-10-06', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2014-10-07', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2014-10-11', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2015: 国务院办公厅关于2015年部分节假日安排的通知 — document number not verified; signed 2014-12-16. 26 holiday rows, 5 make-up workdays.
  {
    year: 2015,
    sourceNotice: '国务院办公厅关于2015年部分节假日安排的通知',
    publishedOn: '2014-12-16',
    days: [
      { date: '2015-01-01', kind: 'holiday', name: '元旦' }, // 周四
      { date: '2015-01-02', kind: 'holiday', name: '元旦' }, // 周五
      { date: '2015-01-03', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2015-01-04', kind: 'makeup_workday', name: '元旦' }, // 周日
      { date: '2015-02-15', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2015-02-18', kind: 'holiday', name: '春节' }, // 周三
      { date: '2015-02-19', kind: 'holiday', name: '春节' }, // 周四
      { date: '2015-02-20', kind: 'holiday', name: '春节' }, // 周五
      { date: '2015-02-21', kind: 'holiday', name: '春节' }, // 周六
      { date: '2015-02-22', kind: 'holiday', name: '春节' }, // 周日
      { date: '2015-02-23', kind: 'holiday', name: '春节' }, // 周一
      { date: '2015-02-24', kind: 'holiday', name: '春节' }, // 周二
      { date: '2015-02-28', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2015-04-05', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2015-04-06', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2015-05-01', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2015-06-20', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2015-06-22', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2015-09-03', kind: 'holiday', name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', sourceNotice: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知（国发明电〔2015〕1号）' }, // 周四
      { date: '2015-09-04', kind: 'holiday', name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', sourceNotice: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知（国发明电〔2015〕1号）' }, // 周五
      { date: '2015-09-05', kind: 'holiday', name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', sourceNotice: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知（国发明电〔2015〕1号）' }, // 周六; added: missing in chinese-days; notice: 9月3日至5日调休放假
      { date: '2015-09-06', kind: 'makeup_workday', name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', sourceNotice: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知（国发明电〔2015〕1号）' }, // 周日
      { date: '2015-09-27', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2015-10-01', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2015-10-02', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2015-10-03', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2015-10-04', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2015-10-05', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2015-10-06', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2015-10-07', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2015-10-10', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2016: 国务院办公厅关于2016年部分节假日安排的通知（国办发明电〔2015〕18号） — signed 2015-12-10. 24 holiday rows, 6 make-up workdays.
  {
    year: 2016,
    sourceNotice: '国务院办公厅关于2016年部分节假日安排的通知（国办发明电〔2015〕18号）',
    publishedOn: '2015-12-10',
    days: [
      { date: '2016-01-01', kind: 'holiday', name: '元旦' }, // 周五
      { date: '2016-02-06', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2016-02-07', kind: 'holiday', name: '春节' }, // 周日
      { date: '2016-02-08', kind: 'holiday', name: '春节' }, // 周一
      { date: '2016-02-09', kind: 'holiday', name: '春节' }, // 周二
      { date: '2016-02-10', kind: 'holiday', name: '春节' }, // 周三
      { date: '2016-02-11', kind: 'holiday', name: '春节' }, // 周四
      { date: '2016-02-12', kind: 'holiday', name: '春节' }, // 周五
      { date: '2016-02-13', kind: 'holiday', name: '春节' }, // 周六
      { date: '2016-02-14', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2016-04-04', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2016-05-01', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2016-05-02', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2016-06-09', kind: 'holiday', name: '端午节' }, // 周四
      { date: '2016-06-10', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2016-06-11', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2016-06-12', kind: 'makeup_workday', name: '端午节' }, // 周日
      { date: '2016-09-15', kind: 'holiday', name: '中秋节' }, // 周四
      { date: '2016-09-16', kind: 'holiday', name: '中秋节' }, // 周五
      { date: '2016-09-17', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2016-09-18', kind: 'makeup_workday', name: '中秋节' }, // 周日
      { date: '2016-10-01', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2016-10-02', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2016-10-03', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2016-10-04', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2016-10-05', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2016-10-06', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2016-10-07', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2016-10-08', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2016-10-09', kind: 'makeup_workday', name: '国庆节' }, // 周日
    ],
  },
  // 2017: 国务院办公厅关于2017年部分节假日安排的通知（国办发明电〔2016〕17号） — signed 2016-12-01. 24 holiday rows, 5 make-up workdays.
  {
    year: 2017,
    sourceNotice: '国务院办公厅关于2017年部分节假日安排的通知（国办发明电〔2016〕17号）',
    publishedOn: '2016-12-01',
    days: [
      { date: '2017-01-01', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2017-01-02', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2017-01-22', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2017-01-27', kind: 'holiday', name: '春节' }, // 周五
      { date: '2017-01-28', kind: 'holiday', name: '春节' }, // 周六
      { date: '2017-01-29', kind: 'holiday', name: '春节' }, // 周日
      { date: '2017-01-30', kind: 'holiday', name: '春节' }, // 周一
      { date: '2017-01-31', kind: 'holiday', name: '春节' }, // 周二
      { date: '2017-02-01', kind: 'holiday', name: '春节' }, // 周三
      { date: '2017-02-02', kind: 'holiday', name: '春节' }, // 周四
      { date: '2017-02-04', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2017-04-01', kind: 'makeup_workday', name: '清明节' }, // 周六
      { date: '2017-04-02', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2017-04-03', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2017-04-04', kind: 'holiday', name: '清明节' }, // 周二
      { date: '2017-05-01', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2017-05-27', kind: 'makeup_workday', name: '端午节' }, // 周六
      { date: '2017-05-28', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2017-05-29', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2017-05-30', kind: 'holiday', name: '端午节' }, // 周二
      { date: '2017-09-30', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2017-10-01', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2017-10-02', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2017-10-03', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2017-10-04', kind: 'holiday', name: '中秋节' }, // 周三
      { date: '2017-10-05', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2017-10-06', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2017-10-07', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2017-10-08', kind: 'holiday', name: '国庆节' }, // 周日
    ],
  },
  // 2018: 国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号） — signed 2017-11-30. 25 holiday rows, 7 make-up workdays.
  {
    year: 2018,
    sourceNotice: '国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号）',
    publishedOn: '2017-11-30',
    days: [
      { date: '2018-01-01', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2018-02-11', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2018-02-15', kind: 'holiday', name: '春节' }, // 周四
      { date: '2018-02-16', kind: 'holiday', name: '春节' }, // 周五
      { date: '2018-02-17', kind: 'holiday', name: '春节' }, // 周六
      { date: '2018-02-18', kind: 'holiday', name: '春节' }, // 周日
      { date: '2018-02-19', kind: 'holiday', name: '春节' }, // 周一
      { date: '2018-02-20', kind: 'holiday', name: '春节' }, // 周二
      { date: '2018-02-21', kind: 'holiday', name: '春节' }, // 周三
      { date: '2018-02-24', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2018-04-05', kind: 'holiday', name: '清明节' }, // 周四
      { date: '2018-04-06', kind: 'holiday', name: '清明节' }, // 周五
      { date: '2018-04-07', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2018-04-08', kind: 'makeup_workday', name: '清明节' }, // 周日
      { date: '2018-04-28', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2018-04-29', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2018-04-30', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2018-05-01', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2018-06-18', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2018-09-24', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2018-09-29', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2018-09-30', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2018-10-01', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2018-10-02', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2018-10-03', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2018-10-04', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2018-10-05', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2018-10-06', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2018-10-07', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2018-12-29', kind: 'makeup_workday', name: '元旦', sourceNotice: '国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）' }, // 周六
      { date: '2018-12-30', kind: 'holiday', name: '元旦', sourceNotice: '国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）' }, // 周日
      { date: '2018-12-31', kind: 'holiday', name: '元旦', sourceNotice: '国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）' }, // 周一
    ],
  },
  // 2019: 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号） — signed 2018-12-04. 28 holiday rows, 6 make-up workdays.
  {
    year: 2019,
    sourceNotice: '国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）',
    publishedOn: '2018-12-04',
    days: [
      { date: '2019-01-01', kind: 'holiday', name: '元旦' }, // 周二
      { date: '2019-02-02', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2019-02-03', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2019-02-04', kind: 'holiday', name: '春节' }, // 周一
      { date: '2019-02-05', kind: 'holiday', name: '春节' }, // 周二
      { date: '2019-02-06', kind: 'holiday', name: '春节' }, // 周三
      { date: '2019-02-07', kind: 'holiday', name: '春节' }, // 周四
      { date: '2019-02-08', kind: 'holiday', name: '春节' }, // 周五
      { date: '2019-02-09', kind: 'holiday', name: '春节' }, // 周六
      { date: '2019-02-10', kind: 'holiday', name: '春节' }, // 周日
      { date: '2019-04-05', kind: 'holiday', name: '清明节' }, // 周五
      { date: '2019-04-06', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2019-04-07', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2019-04-28', kind: 'makeup_workday', name: '劳动节', sourceNotice: '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）' }, // 周日
      { date: '2019-05-01', kind: 'holiday', name: '劳动节', sourceNotice: '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）' }, // 周三
      { date: '2019-05-02', kind: 'holiday', name: '劳动节', sourceNotice: '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）' }, // 周四
      { date: '2019-05-03', kind: 'holiday', name: '劳动节', sourceNotice: '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）' }, // 周五
      { date: '2019-05-04', kind: 'holiday', name: '劳动节', sourceNotice: '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）' }, // 周六
      { date: '2019-05-05', kind: 'makeup_workday', name: '劳动节', sourceNotice: '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）' }, // 周日
      { date: '2019-06-07', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2019-06-08', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2019-06-09', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2019-09-13', kind: 'holiday', name: '中秋节' }, // 周五
      { date: '2019-09-14', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2019-09-15', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2019-09-29', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2019-10-01', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2019-10-02', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2019-10-03', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2019-10-04', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2019-10-05', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2019-10-06', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2019-10-07', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2019-10-12', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2020: 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号） — signed 2019-11-21. 30 holiday rows, 6 make-up workdays.
  {
    year: 2020,
    sourceNotice: '国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）',
    publishedOn: '2019-11-21',
    days: [
      { date: '2020-01-01', kind: 'holiday', name: '元旦' }, // 周三
      { date: '2020-01-19', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2020-01-24', kind: 'holiday', name: '春节' }, // 周五
      { date: '2020-01-25', kind: 'holiday', name: '春节' }, // 周六
      { date: '2020-01-26', kind: 'holiday', name: '春节' }, // 周日
      { date: '2020-01-27', kind: 'holiday', name: '春节' }, // 周一
      { date: '2020-01-28', kind: 'holiday', name: '春节' }, // 周二
      { date: '2020-01-29', kind: 'holiday', name: '春节' }, // 周三
      { date: '2020-01-30', kind: 'holiday', name: '春节' }, // 周四
      { date: '2020-01-31', kind: 'holiday', name: '春节', sourceNotice: '国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）' }, // 周五
      { date: '2020-02-01', kind: 'holiday', name: '春节', sourceNotice: '国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）' }, // 周六
      { date: '2020-02-02', kind: 'holiday', name: '春节', sourceNotice: '国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）' }, // 周日
      { date: '2020-04-04', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2020-04-05', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2020-04-06', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2020-04-26', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2020-05-01', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2020-05-02', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2020-05-03', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2020-05-04', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2020-05-05', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2020-05-09', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2020-06-25', kind: 'holiday', name: '端午节' }, // 周四
      { date: '2020-06-26', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2020-06-27', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2020-06-28', kind: 'makeup_workday', name: '端午节' }, // 周日
      { date: '2020-09-27', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2020-10-01', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2020-10-02', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2020-10-03', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2020-10-04', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2020-10-05', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2020-10-06', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2020-10-07', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2020-10-08', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2020-10-10', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2021: 国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号） — signed 2020-11-25. 31 holiday rows, 7 make-up workdays.
  {
    year: 2021,
    sourceNotice: '国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）',
    publishedOn: '2020-11-25',
    days: [
      { date: '2021-01-01', kind: 'holiday', name: '元旦' }, // 周五
      { date: '2021-01-02', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2021-01-03', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2021-02-07', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2021-02-11', kind: 'holiday', name: '春节' }, // 周四
      { date: '2021-02-12', kind: 'holiday', name: '春节' }, // 周五
      { date: '2021-02-13', kind: 'holiday', name: '春节' }, // 周六
      { date: '2021-02-14', kind: 'holiday', name: '春节' }, // 周日
      { date: '2021-02-15', kind: 'holiday', name: '春节' }, // 周一
      { date: '2021-02-16', kind: 'holiday', name: '春节' }, // 周二
      { date: '2021-02-17', kind: 'holiday', name: '春节' }, // 周三
      { date: '2021-02-20', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2021-04-03', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2021-04-04', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2021-04-05', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2021-04-25', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2021-05-01', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2021-05-02', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2021-05-03', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2021-05-04', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2021-05-05', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2021-05-08', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2021-06-12', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2021-06-13', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2021-06-14', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2021-09-18', kind: 'makeup_workday', name: '中秋节' }, // 周六
      { date: '2021-09-19', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2021-09-20', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2021-09-21', kind: 'holiday', name: '中秋节' }, // 周二
      { date: '2021-09-26', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2021-10-01', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2021-10-02', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2021-10-03', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2021-10-04', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2021-10-05', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2021-10-06', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2021-10-07', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2021-10-09', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2022: 国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号） — signed 2021-10-25. 32 holiday rows, 7 make-up workdays.
  {
    year: 2022,
    sourceNotice: '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）',
    publishedOn: '2021-10-25',
    days: [
      { date: '2022-01-01', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2022-01-02', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2022-01-03', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2022-01-29', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2022-01-30', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2022-01-31', kind: 'holiday', name: '春节' }, // 周一
      { date: '2022-02-01', kind: 'holiday', name: '春节' }, // 周二
      { date: '2022-02-02', kind: 'holiday', name: '春节' }, // 周三
      { date: '2022-02-03', kind: 'holiday', name: '春节' }, // 周四
      { date: '2022-02-04', kind: 'holiday', name: '春节' }, // 周五
      { date: '2022-02-05', kind: 'holiday', name: '春节' }, // 周六
      { date: '2022-02-06', kind: 'holiday', name: '春节' }, // 周日
      { date: '2022-04-02', kind: 'makeup_workday', name: '清明节' }, // 周六
      { date: '2022-04-03', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2022-04-04', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2022-04-05', kind: 'holiday', name: '清明节' }, // 周二
      { date: '2022-04-24', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2022-04-30', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2022-05-01', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2022-05-02', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2022-05-03', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2022-05-04', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2022-05-07', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2022-06-03', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2022-06-04', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2022-06-05', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2022-09-10', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2022-09-11', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2022-09-12', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2022-10-01', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2022-10-02', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2022-10-03', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2022-10-04', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2022-10-05', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2022-10-06', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2022-10-07', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2022-10-08', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2022-10-09', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2022-12-31', kind: 'holiday', name: '元旦', sourceNotice: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）' }, // 周六
    ],
  },
  // 2023: 国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号） — signed 2022-12-08. 26 holiday rows, 7 make-up workdays.
  {
    year: 2023,
    sourceNotice: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）',
    publishedOn: '2022-12-08',
    days: [
      { date: '2023-01-01', kind: 'holiday', name: '元旦' }, // 周日
      { date: '2023-01-02', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2023-01-21', kind: 'holiday', name: '春节' }, // 周六
      { date: '2023-01-22', kind: 'holiday', name: '春节' }, // 周日
      { date: '2023-01-23', kind: 'holiday', name: '春节' }, // 周一
      { date: '2023-01-24', kind: 'holiday', name: '春节' }, // 周二
      { date: '2023-01-25', kind: 'holiday', name: '春节' }, // 周三
      { date: '2023-01-26', kind: 'holiday', name: '春节' }, // 周四
      { date: '2023-01-27', kind: 'holiday', name: '春节' }, // 周五
      { date: '2023-01-28', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2023-01-29', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2023-04-05', kind: 'holiday', name: '清明节' }, // 周三
      { date: '2023-04-23', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2023-04-29', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2023-04-30', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2023-05-01', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2023-05-02', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2023-05-03', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2023-05-06', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2023-06-22', kind: 'holiday', name: '端午节' }, // 周四
      { date: '2023-06-23', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2023-06-24', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2023-06-25', kind: 'makeup_workday', name: '端午节' }, // 周日
      { date: '2023-09-29', kind: 'holiday', name: '中秋节' }, // 周五
      { date: '2023-09-30', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2023-10-01', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2023-10-02', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2023-10-03', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2023-10-04', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2023-10-05', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2023-10-06', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2023-10-07', kind: 'makeup_workday', name: '国庆节' }, // 周六
      { date: '2023-10-08', kind: 'makeup_workday', name: '国庆节' }, // 周日
    ],
  },
  // 2024: 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号） — signed 2023-10-25. 28 holiday rows, 8 make-up workdays.
  {
    year: 2024,
    sourceNotice: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）',
    publishedOn: '2023-10-25',
    days: [
      { date: '2024-01-01', kind: 'holiday', name: '元旦' }, // 周一
      { date: '2024-02-04', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2024-02-10', kind: 'holiday', name: '春节' }, // 周六
      { date: '2024-02-11', kind: 'holiday', name: '春节' }, // 周日
      { date: '2024-02-12', kind: 'holiday', name: '春节' }, // 周一
      { date: '2024-02-13', kind: 'holiday', name: '春节' }, // 周二
      { date: '2024-02-14', kind: 'holiday', name: '春节' }, // 周三
      { date: '2024-02-15', kind: 'holiday', name: '春节' }, // 周四
      { date: '2024-02-16', kind: 'holiday', name: '春节' }, // 周五
      { date: '2024-02-17', kind: 'holiday', name: '春节' }, // 周六
      { date: '2024-02-18', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2024-04-04', kind: 'holiday', name: '清明节' }, // 周四
      { date: '2024-04-05', kind: 'holiday', name: '清明节' }, // 周五
      { date: '2024-04-06', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2024-04-07', kind: 'makeup_workday', name: '清明节' }, // 周日
      { date: '2024-04-28', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2024-05-01', kind: 'holiday', name: '劳动节' }, // 周三
      { date: '2024-05-02', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2024-05-03', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2024-05-04', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2024-05-05', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2024-05-11', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2024-06-10', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2024-09-14', kind: 'makeup_workday', name: '中秋节' }, // 周六
      { date: '2024-09-15', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2024-09-16', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2024-09-17', kind: 'holiday', name: '中秋节' }, // 周二
      { date: '2024-09-29', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2024-10-01', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2024-10-02', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2024-10-03', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2024-10-04', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2024-10-05', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2024-10-06', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2024-10-07', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2024-10-12', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号） — signed 2024-11-12. 28 holiday rows, 5 make-up workdays.
  {
    year: 2025,
    sourceNotice: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    publishedOn: '2024-11-12',
    days: [
      { date: '2025-01-01', kind: 'holiday', name: '元旦' }, // 周三
      { date: '2025-01-26', kind: 'makeup_workday', name: '春节' }, // 周日
      { date: '2025-01-28', kind: 'holiday', name: '春节' }, // 周二
      { date: '2025-01-29', kind: 'holiday', name: '春节' }, // 周三
      { date: '2025-01-30', kind: 'holiday', name: '春节' }, // 周四
      { date: '2025-01-31', kind: 'holiday', name: '春节' }, // 周五
      { date: '2025-02-01', kind: 'holiday', name: '春节' }, // 周六
      { date: '2025-02-02', kind: 'holiday', name: '春节' }, // 周日
      { date: '2025-02-03', kind: 'holiday', name: '春节' }, // 周一
      { date: '2025-02-04', kind: 'holiday', name: '春节' }, // 周二
      { date: '2025-02-08', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2025-04-04', kind: 'holiday', name: '清明节' }, // 周五
      { date: '2025-04-05', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2025-04-06', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2025-04-27', kind: 'makeup_workday', name: '劳动节' }, // 周日
      { date: '2025-05-01', kind: 'holiday', name: '劳动节' }, // 周四
      { date: '2025-05-02', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2025-05-03', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2025-05-04', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2025-05-05', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2025-05-31', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2025-06-01', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2025-06-02', kind: 'holiday', name: '端午节' }, // 周一
      { date: '2025-09-28', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2025-10-01', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2025-10-02', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2025-10-03', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2025-10-04', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2025-10-05', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2025-10-06', kind: 'holiday', name: '中秋节' }, // 周一
      { date: '2025-10-07', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2025-10-08', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2025-10-11', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
  // 2026: 国务院办公厅关于2026年部分节假日安排的通知 — signed 2025-11-04; document number not verified (a secondary source gives 国办发明电〔2025〕7号). 33 holiday rows, 6 make-up workdays.
  {
    year: 2026,
    sourceNotice: '国务院办公厅关于2026年部分节假日安排的通知',
    publishedOn: '2025-11-04',
    days: [
      { date: '2026-01-01', kind: 'holiday', name: '元旦' }, // 周四
      { date: '2026-01-02', kind: 'holiday', name: '元旦' }, // 周五
      { date: '2026-01-03', kind: 'holiday', name: '元旦' }, // 周六
      { date: '2026-01-04', kind: 'makeup_workday', name: '元旦' }, // 周日
      { date: '2026-02-14', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2026-02-15', kind: 'holiday', name: '春节' }, // 周日
      { date: '2026-02-16', kind: 'holiday', name: '春节' }, // 周一
      { date: '2026-02-17', kind: 'holiday', name: '春节' }, // 周二
      { date: '2026-02-18', kind: 'holiday', name: '春节' }, // 周三
      { date: '2026-02-19', kind: 'holiday', name: '春节' }, // 周四
      { date: '2026-02-20', kind: 'holiday', name: '春节' }, // 周五
      { date: '2026-02-21', kind: 'holiday', name: '春节' }, // 周六
      { date: '2026-02-22', kind: 'holiday', name: '春节' }, // 周日
      { date: '2026-02-23', kind: 'holiday', name: '春节' }, // 周一
      { date: '2026-02-28', kind: 'makeup_workday', name: '春节' }, // 周六
      { date: '2026-04-04', kind: 'holiday', name: '清明节' }, // 周六
      { date: '2026-04-05', kind: 'holiday', name: '清明节' }, // 周日
      { date: '2026-04-06', kind: 'holiday', name: '清明节' }, // 周一
      { date: '2026-05-01', kind: 'holiday', name: '劳动节' }, // 周五
      { date: '2026-05-02', kind: 'holiday', name: '劳动节' }, // 周六
      { date: '2026-05-03', kind: 'holiday', name: '劳动节' }, // 周日
      { date: '2026-05-04', kind: 'holiday', name: '劳动节' }, // 周一
      { date: '2026-05-05', kind: 'holiday', name: '劳动节' }, // 周二
      { date: '2026-05-09', kind: 'makeup_workday', name: '劳动节' }, // 周六
      { date: '2026-06-19', kind: 'holiday', name: '端午节' }, // 周五
      { date: '2026-06-20', kind: 'holiday', name: '端午节' }, // 周六
      { date: '2026-06-21', kind: 'holiday', name: '端午节' }, // 周日
      { date: '2026-09-20', kind: 'makeup_workday', name: '国庆节' }, // 周日
      { date: '2026-09-25', kind: 'holiday', name: '中秋节' }, // 周五
      { date: '2026-09-26', kind: 'holiday', name: '中秋节' }, // 周六
      { date: '2026-09-27', kind: 'holiday', name: '中秋节' }, // 周日
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' }, // 周四
      { date: '2026-10-02', kind: 'holiday', name: '国庆节' }, // 周五
      { date: '2026-10-03', kind: 'holiday', name: '国庆节' }, // 周六
      { date: '2026-10-04', kind: 'holiday', name: '国庆节' }, // 周日
      { date: '2026-10-05', kind: 'holiday', name: '国庆节' }, // 周一
      { date: '2026-10-06', kind: 'holiday', name: '国庆节' }, // 周二
      { date: '2026-10-07', kind: 'holiday', name: '国庆节' }, // 周三
      { date: '2026-10-10', kind: 'makeup_workday', name: '国庆节' }, // 周六
    ],
  },
];
