import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import {
  CalendarNotCoveredError,
  DEADLINE_EXPLAIN_KEYS,
  DEADLINE_LABEL_KEYS,
  addCalendarDays,
  addMonths,
  addWorkingDays,
  computeDeadline,
  computeDeadlineOrProvisional,
  isRestDay,
  isWorkingDay,
} from '../../../server/domain/deadlines/calendarArithmetic.ts';
import type {
  CalendarDayEntry,
  DeadlineSpec,
  ExplanationLine,
  HolidayCalendar,
} from '../../../server/domain/deadlines/types.ts';
import { HOLIDAY_YEARS } from '../../../seeds/reference/holidayData.ts';

function buildCalendar(): HolidayCalendar {
  const days = new Map<string, CalendarDayEntry>();
  for (const y of HOLIDAY_YEARS) {
    for (const d of y.days) days.set(d.date, { date: d.date, kind: d.kind, name: d.name });
  }
  return { publishedYears: new Set(HOLIDAY_YEARS.map((y) => y.year)), days, version: 3 };
}

const cal = buildCalendar();

function lines(explanation: ExplanationLine[], key: string): ExplanationLine[] {
  return explanation.filter((l) => l.key === key);
}

function line(explanation: ExplanationLine[], key: string): ExplanationLine {
  const found = lines(explanation, key);
  expect(found, `exactly one ${key} line`).toHaveLength(1);
  return found[0]!;
}

// -------------------------------------------------------------------------------------------------------
// procedure.md §4.9 worked examples
// -------------------------------------------------------------------------------------------------------

describe('procedure.md §4.9 worked examples', () => {
  const examples: { name: string; spec: DeadlineSpec; due: string }[] = [
    { name: 'E1 2025-09-30 + 5 working days (10-01…10-08 holidays, Sat 10-11 make-up)', spec: { start: '2025-09-30', unit: 'working_day', length: 5 }, due: '2025-10-14' },
    { name: 'E2 2025-09-26 + 2 working days (Sun 09-28 make-up)', spec: { start: '2025-09-26', unit: 'working_day', length: 2 }, due: '2025-09-29' },
    { name: 'E3 2026-02-12 + 3 working days (Sat 02-14 make-up, 02-15…02-23 春节)', spec: { start: '2026-02-12', unit: 'working_day', length: 3 }, due: '2026-02-24' },
    { name: 'E4 2024-12-31 + 15 working days (01-01 holiday)', spec: { start: '2024-12-31', unit: 'working_day', length: 15 }, due: '2025-01-22' },
    { name: 'E5 2025-08-02 + 60 calendar days (base 10-01 holiday → 10-09)', spec: { start: '2025-08-02', unit: 'calendar_day', length: 60 }, due: '2025-10-09' },
    { name: 'E6 2025-08-12 + 60 calendar days (base is make-up Saturday 10-11)', spec: { start: '2025-08-12', unit: 'calendar_day', length: 60 }, due: '2025-10-11' },
    { name: 'E7 2026-01-05 + 30 calendar days (Wednesday)', spec: { start: '2026-01-05', unit: 'calendar_day', length: 30 }, due: '2026-02-04' },
    { name: 'E8 2026-09-21 + 10 calendar days (base 10-01 holiday → 10-08)', spec: { start: '2026-09-21', unit: 'calendar_day', length: 10 }, due: '2026-10-08' },
    { name: 'E9 2025-08-31 + 6 months (month end 02-28, make-up Saturday)', spec: { start: '2025-08-31', unit: 'month', length: 6 }, due: '2026-02-28' },
    { name: 'E10 2026-03-02 + 60 calendar days (base 05-01 holiday → 05-06)', spec: { start: '2026-03-02', unit: 'calendar_day', length: 60 }, due: '2026-05-06' },
    {
      name: 'E11 E10 + appraisal pause 03-20 → 04-09 (18 elapsed, 42 remain)',
      spec: { start: '2026-03-02', unit: 'calendar_day', length: 60, pauses: [{ from: '2026-03-20', to: '2026-04-09', reason: 'appraisal' }] },
      due: '2026-05-21',
    },
  ];

  it.each(examples)('$name → $due', ({ spec, due }) => {
    const r = computeDeadline(cal, spec);
    expect(r.due).toBe(due);
    const p = computeDeadlineOrProvisional(cal, spec);
    expect(p).toMatchObject({ due, provisional: false });
    expect(lines(p.explanation, 'deadline.explain.provisional')).toHaveLength(0);
  });

  it('E1–E10 via the primitive functions give the same dates', () => {
    expect(addWorkingDays(cal, '2025-09-30', 5).due).toBe('2025-10-14');
    expect(addWorkingDays(cal, '2025-09-26', 2).due).toBe('2025-09-29');
    expect(addWorkingDays(cal, '2026-02-12', 3).due).toBe('2026-02-24');
    expect(addWorkingDays(cal, '2024-12-31', 15).due).toBe('2025-01-22');
    expect(addCalendarDays(cal, '2025-08-02', 60).due).toBe('2025-10-09');
    expect(addCalendarDays(cal, '2025-08-12', 60).due).toBe('2025-10-11');
    expect(addCalendarDays(cal, '2026-01-05', 30).due).toBe('2026-02-04');
    expect(addCalendarDays(cal, '2026-09-21', 10).due).toBe('2026-10-08');
    expect(addMonths(cal, '2025-08-31', 6).due).toBe('2026-02-28');
    expect(addCalendarDays(cal, '2026-03-02', 60).due).toBe('2026-05-06');
  });

  it('E12 2026-12-20 + 30 calendar days → 2027-01-19, provisional, with the provisional line', () => {
    const spec: DeadlineSpec = { start: '2026-12-20', unit: 'calendar_day', length: 30 };
    const r = computeDeadlineOrProvisional(cal, spec);
    expect(r.due).toBe('2027-01-19');
    expect(r.provisional).toBe(true);
    expect(line(r.explanation, 'deadline.explain.provisional').params).toMatchObject({ years: '2027', year: 2027 });
    expect(line(r.explanation, 'deadline.explain.due').params).toEqual({ date: '2027-01-19', weekday: 2 });
  });

  it('E12 computeDeadline itself throws CalendarNotCoveredError for 2027', () => {
    const spec: DeadlineSpec = { start: '2026-12-20', unit: 'calendar_day', length: 30 };
    expect(() => computeDeadline(cal, spec)).toThrow(CalendarNotCoveredError);
    try {
      computeDeadline(cal, spec);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CalendarNotCoveredError);
      expect((err as CalendarNotCoveredError).year).toBe(2027);
    }
  });
});

describe('the two brief cases', () => {
  it('5 working days from 2025-09-26 → 2025-10-10', () => {
    // 09-28 (Sun make-up) = 1, 09-29 = 2, 09-30 = 3, 10-01…10-08 holidays, 10-09 = 4, 10-10 = 5
    expect(addWorkingDays(cal, '2025-09-26', 5).due).toBe('2025-10-10');
  });

  it('30 calendar days from 2026-01-20 → 2026-02-24', () => {
    // base 02-19 is in 春节 (02-15…02-23); the next working day is Tue 02-24
    const r = addCalendarDays(cal, '2026-01-20', 30);
    expect(r.due).toBe('2026-02-24');
    expect(line(r.explanation, 'deadline.explain.shift').params).toMatchObject({ from: '2026-02-19', to: '2026-02-24', reason: 'holiday', holiday: '春节' });
  });
});

// -------------------------------------------------------------------------------------------------------
// Further hand-verified cases, 2024–2026
// -------------------------------------------------------------------------------------------------------

describe('working days (hand-verified, 2024–2026)', () => {
  const cases: { name: string; start: string; n: number; due: string }[] = [
    { name: '2024 春节: 02-09 = 1, 02-10…02-17 holidays, Sun 02-18 make-up = 2, 02-19 = 3', start: '2024-02-08', n: 3, due: '2024-02-19' },
    { name: '2024 春节: Sun 02-04 is a make-up day', start: '2024-02-02', n: 1, due: '2024-02-04' },
    { name: '2024 清明: 04-04…04-06 holidays, Sun 04-07 make-up = 1, 04-08 = 2', start: '2024-04-03', n: 2, due: '2024-04-08' },
    { name: '2024 劳动节: Sun 04-28 make-up = 1, 04-29 = 2, 04-30 = 3', start: '2024-04-26', n: 3, due: '2024-04-30' },
    { name: '2024 劳动节: 05-01…05-05 holidays, 05-06…05-10 = 1…5', start: '2024-04-30', n: 5, due: '2024-05-10' },
    { name: '2024 劳动节: Sat 05-11 make-up = 2', start: '2024-05-09', n: 2, due: '2024-05-11' },
    { name: '2024 端午: weekend + Mon 06-10 holiday skipped', start: '2024-06-07', n: 1, due: '2024-06-11' },
    { name: '2024 中秋: Sat 09-14 make-up = 2, 09-15…09-17 holidays, 09-18 = 3', start: '2024-09-12', n: 3, due: '2024-09-18' },
    { name: '2024 国庆: Sun 09-29 make-up = 1, 09-30 = 2', start: '2024-09-27', n: 2, due: '2024-09-30' },
    { name: '2024 国庆: 10-01…10-07 holidays, Sat 10-12 make-up counted', start: '2024-09-30', n: 7, due: '2024-10-15' },
    { name: '2025 春节: Sun 01-26 make-up = 1, 01-27 = 2, 01-28…02-04 holidays, 02-05 = 3', start: '2025-01-24', n: 3, due: '2025-02-05' },
    { name: '2025 春节: Sat 02-08 make-up = 2', start: '2025-02-06', n: 2, due: '2025-02-08' },
    { name: '2025 劳动节: Sun 04-27 make-up = 1 … 04-30 = 4', start: '2025-04-25', n: 4, due: '2025-04-30' },
    { name: '2025 端午: 05-31…06-02 holidays, 06-03 = 1', start: '2025-05-30', n: 1, due: '2025-06-03' },
    { name: '2025→2026 元旦: 01-01…01-03 holidays, Sun 01-04 make-up = 1, … 01-15 = 10', start: '2025-12-31', n: 10, due: '2026-01-15' },
    { name: '2026 春节: Sat 02-14 make-up = 1', start: '2026-02-13', n: 1, due: '2026-02-14' },
    { name: '2026 春节: Sat 02-28 make-up = 2', start: '2026-02-26', n: 2, due: '2026-02-28' },
    { name: '2026 劳动节: 05-01…05-05 holidays, Sat 05-09 make-up = 4, 05-11 = 5', start: '2026-04-30', n: 5, due: '2026-05-11' },
    { name: '2026 国庆: Sun 09-20 make-up = 1, 09-22 = 3', start: '2026-09-18', n: 3, due: '2026-09-22' },
    { name: '2026 国庆: 10-01…10-07 holidays, 10-08 = 1, 10-09 = 2, Sat 10-10 make-up = 3', start: '2026-09-30', n: 3, due: '2026-10-10' },
    { name: '2026 中秋: 09-25…09-27 holidays, 09-28 = 1', start: '2026-09-24', n: 1, due: '2026-09-28' },
    { name: '2026 端午: 06-19…06-21 holidays, 06-22 = 1', start: '2026-06-18', n: 1, due: '2026-06-22' },
  ];

  it.each(cases)('$start + $n working days → $due ($name)', ({ start, n, due }) => {
    expect(addWorkingDays(cal, start, n).due).toBe(due);
    expect(computeDeadline(cal, { start, unit: 'working_day', length: n }).due).toBe(due);
    expect(isWorkingDay(cal, due)).toBe(true);
  });
});

describe('calendar days (hand-verified, 2024–2026)', () => {
  const cases: { name: string; start: string; n: number; due: string }[] = [
    { name: 'base Sat 2024-02-10 (春节) → first working day is make-up Sun 02-18', start: '2024-01-21', n: 20, due: '2024-02-18' },
    { name: 'base 2024-04-04 (清明) → make-up Sun 04-07', start: '2024-03-05', n: 30, due: '2024-04-07' },
    { name: 'base make-up Sun 2024-04-28: no shift', start: '2024-04-13', n: 15, due: '2024-04-28' },
    { name: 'base 2024-05-01 (劳动节) → 05-06', start: '2024-04-16', n: 15, due: '2024-05-06' },
    { name: 'base Mon 2024-06-10 (端午) → 06-11', start: '2024-05-26', n: 15, due: '2024-06-11' },
    { name: 'base Sun 2024-09-15 (中秋) → 09-18', start: '2024-09-01', n: 14, due: '2024-09-18' },
    { name: 'base 2024-10-01 (国庆) → 10-08', start: '2024-09-14', n: 17, due: '2024-10-08' },
    { name: 'base make-up Sat 2024-10-12: no shift', start: '2024-08-13', n: 60, due: '2024-10-12' },
    { name: 'base 2025-01-01 (元旦) → 01-02', start: '2024-12-02', n: 30, due: '2025-01-02' },
    { name: 'base make-up Sun 2025-01-26: no shift', start: '2024-12-29', n: 28, due: '2025-01-26' },
    { name: 'base 2025-01-28 (春节) → 02-05', start: '2025-01-13', n: 15, due: '2025-02-05' },
    { name: 'base Sat 2025-04-05 (清明) → Mon 04-07', start: '2025-03-22', n: 14, due: '2025-04-07' },
    { name: 'base ordinary Sat 2025-03-08 → Mon 03-10', start: '2025-03-01', n: 7, due: '2025-03-10' },
    { name: 'base make-up Sun 2025-04-27: no shift', start: '2025-04-12', n: 15, due: '2025-04-27' },
    { name: 'base Sat 2025-05-31 (端午) → 06-03', start: '2025-05-21', n: 10, due: '2025-06-03' },
    { name: 'base make-up Sun 2025-09-28: no shift', start: '2025-09-18', n: 10, due: '2025-09-28' },
    { name: 'base 2026-01-01 (元旦) → make-up Sun 01-04', start: '2025-12-02', n: 30, due: '2026-01-04' },
    { name: 'base Sun 2026-02-15 (春节) → 02-24', start: '2026-02-01', n: 14, due: '2026-02-24' },
    { name: 'base make-up Sat 2026-02-28: no shift', start: '2026-02-13', n: 15, due: '2026-02-28' },
    { name: 'base Sat 2026-04-04 (清明) → 04-07', start: '2026-03-21', n: 14, due: '2026-04-07' },
    { name: 'base Fri 2026-06-19 (端午) → 06-22', start: '2026-06-04', n: 15, due: '2026-06-22' },
    { name: 'base make-up Sun 2026-09-20: no shift', start: '2026-09-10', n: 10, due: '2026-09-20' },
    { name: 'base Fri 2026-09-25 (中秋) → 09-28', start: '2026-09-15', n: 10, due: '2026-09-28' },
    { name: 'base make-up Sat 2026-10-10: no shift', start: '2026-09-30', n: 10, due: '2026-10-10' },
    { name: 'base ordinary Sat 2026-03-14 → Mon 03-16', start: '2026-03-07', n: 7, due: '2026-03-16' },
  ];

  it.each(cases)('$start + $n calendar days → $due ($name)', ({ start, n, due }) => {
    expect(addCalendarDays(cal, start, n).due).toBe(due);
    expect(computeDeadline(cal, { start, unit: 'calendar_day', length: n }).due).toBe(due);
    expect(isWorkingDay(cal, due)).toBe(true);
  });
});

describe('shiftOnWeekend = false (only holidays move the date)', () => {
  const cases: { name: string; start: string; n: number; due: string; dueDefault: string }[] = [
    { name: 'ordinary Saturday does not move', start: '2025-03-01', n: 7, due: '2025-03-08', dueDefault: '2025-03-10' },
    { name: 'E5: a holiday still moves (10-01 → 10-09)', start: '2025-08-02', n: 60, due: '2025-10-09', dueDefault: '2025-10-09' },
    { name: 'Sat 2025-04-05 is a 清明 holiday row: moves past 04-06 (holiday) to 04-07', start: '2025-03-22', n: 14, due: '2025-04-07', dueDefault: '2025-04-07' },
    { name: '2015 端午 Sat 06-20: ends on the first non-holiday day, Sun 06-21 (default: Tue 06-23)', start: '2015-06-10', n: 10, due: '2015-06-21', dueDefault: '2015-06-23' },
    { name: 'make-up day never moves', start: '2025-08-12', n: 60, due: '2025-10-11', dueDefault: '2025-10-11' },
  ];

  it.each(cases)('$start + $n → $due ($name)', ({ start, n, due, dueDefault }) => {
    expect(addCalendarDays(cal, start, n, { shiftOnWeekend: false }).due).toBe(due);
    expect(computeDeadline(cal, { start, unit: 'calendar_day', length: n, shiftOnWeekend: false }).due).toBe(due);
    expect(addCalendarDays(cal, start, n).due).toBe(dueDefault);
    expect(addCalendarDays(cal, start, n, { shiftOnWeekend: true }).due).toBe(dueDefault);
  });

  it('explains a weekend that does not move', () => {
    const r = addCalendarDays(cal, '2025-03-01', 7, { shiftOnWeekend: false });
    expect(line(r.explanation, 'deadline.explain.no_shift_weekend').params).toEqual({ date: '2025-03-08', weekday: 6 });
    expect(lines(r.explanation, 'deadline.explain.shift')).toHaveLength(0);
  });

  it('month unit: Sat 2026-02-07 stays with shiftOnWeekend=false, moves to Mon 02-09 by default', () => {
    expect(addMonths(cal, '2026-01-07', 1, { shiftOnWeekend: false }).due).toBe('2026-02-07');
    expect(addMonths(cal, '2026-01-07', 1).due).toBe('2026-02-09');
  });
});

describe('months (民法典 art. 202)', () => {
  const cases: { name: string; start: string; n: number; due: string; monthEnd: boolean }[] = [
    { name: 'leap year: 2024-01-31 + 1 month → 2024-02-29', start: '2024-01-31', n: 1, due: '2024-02-29', monthEnd: true },
    { name: 'common year: 2023-01-31 + 1 month → 2023-02-28', start: '2023-01-31', n: 1, due: '2023-02-28', monthEnd: true },
    { name: 'base 2025-10-01 (国庆) shifts to 10-09', start: '2025-09-01', n: 1, due: '2025-10-09', monthEnd: false },
    { name: 'base Sun 2026-02-01 shifts to Mon 02-02', start: '2025-12-01', n: 2, due: '2026-02-02', monthEnd: false },
    { name: 'base 2026-02-15 (春节) shifts to 02-24', start: '2025-12-15', n: 2, due: '2026-02-24', monthEnd: false },
    { name: '2026-03-31 + 1 month → 04-30 (Thu)', start: '2026-03-31', n: 1, due: '2026-04-30', monthEnd: true },
    { name: '2025-11-30 + 3 months → 2026-02-28 (make-up Saturday: no shift)', start: '2025-11-30', n: 3, due: '2026-02-28', monthEnd: true },
    { name: '2024-08-31 + 6 months → 2025-02-28 (Fri)', start: '2024-08-31', n: 6, due: '2025-02-28', monthEnd: true },
    { name: 'base 2026-05-04 (劳动节) shifts to 05-06', start: '2026-01-04', n: 4, due: '2026-05-06', monthEnd: false },
  ];

  it.each(cases)('$start + $n months → $due ($name)', ({ start, n, due, monthEnd }) => {
    const r = addMonths(cal, start, n);
    expect(r.due).toBe(due);
    expect(lines(r.explanation, 'deadline.explain.month_end')).toHaveLength(monthEnd ? 1 : 0);
    expect(computeDeadline(cal, { start, unit: 'month', length: n }).due).toBe(due);
  });

  it('E9 explains the month end and the make-up day', () => {
    const r = addMonths(cal, '2025-08-31', 6);
    expect(line(r.explanation, 'deadline.explain.month_end').params).toEqual({ month: '2026-02', day: 31, date: '2026-02-28' });
    expect(line(r.explanation, 'deadline.explain.no_shift_makeup').params).toEqual({ date: '2026-02-28', weekday: 6, holiday: '春节' });
  });
});

// -------------------------------------------------------------------------------------------------------
// Extensions and pauses (§4.3)
// -------------------------------------------------------------------------------------------------------

describe('extensions', () => {
  it('30 + 10 calendar days from 2026-01-05 → 2026-02-14 (make-up Saturday)', () => {
    const r = computeDeadline(cal, { start: '2026-01-05', unit: 'calendar_day', length: 30, extension: 10 });
    expect(r.due).toBe('2026-02-14');
    expect(line(r.explanation, 'deadline.explain.extension').params).toEqual({ extension: 10, total: 40, unit: 'calendar_day' });
    expect(lines(r.explanation, 'deadline.explain.no_pause_no_extension')).toHaveLength(0);
  });

  it('5 + 2 working days from 2025-09-30 → 2025-10-16', () => {
    expect(computeDeadline(cal, { start: '2025-09-30', unit: 'working_day', length: 5, extension: 2 }).due).toBe('2025-10-16');
  });

  it('60 + 30 calendar days is recomputed from the start', () => {
    // 2026-03-02 + 90 = 2026-05-31 (Sun) → Mon 06-01
    expect(computeDeadline(cal, { start: '2026-03-02', unit: 'calendar_day', length: 60, extension: 30 }).due).toBe('2026-06-01');
  });
});

describe('pauses', () => {
  const cases: { name: string; spec: DeadlineSpec; due: string | null }[] = [
    {
      name: 'calendar days, continue (E11)',
      spec: { start: '2026-03-02', unit: 'calendar_day', length: 60, pauses: [{ from: '2026-03-20', to: '2026-04-09' }] },
      due: '2026-05-21',
    },
    {
      name: 'calendar days, restart: the full 60 days from 04-09 → 06-08',
      spec: { start: '2026-03-02', unit: 'calendar_day', length: 60, onResume: 'restart', pauses: [{ from: '2026-03-20', to: '2026-04-09' }] },
      due: '2026-06-08',
    },
    {
      name: 'calendar days, two pauses (5 + 2 days excluded) → 05-08',
      spec: {
        start: '2026-03-02',
        unit: 'calendar_day',
        length: 60,
        pauses: [
          { from: '2026-04-01', to: '2026-04-03' },
          { from: '2026-03-10', to: '2026-03-15' },
        ],
      },
      due: '2026-05-08',
    },
    {
      name: 'working days, continue: 2 counted, 8 remain from 10-09 → 10-20',
      spec: { start: '2025-09-22', unit: 'working_day', length: 10, pauses: [{ from: '2025-09-24', to: '2025-10-09' }] },
      due: '2025-10-20',
    },
    {
      name: 'working days, restart: 10 again from 10-09 → 10-22',
      spec: { start: '2025-09-22', unit: 'working_day', length: 10, onResume: 'restart', pauses: [{ from: '2025-09-24', to: '2025-10-09' }] },
      due: '2025-10-22',
    },
    {
      name: 'calendar days, pause during the rest-day extension (all 60 used): due on the resume day 10-20',
      spec: { start: '2025-08-02', unit: 'calendar_day', length: 60, pauses: [{ from: '2025-10-03', to: '2025-10-20' }] },
      due: '2025-10-20',
    },
    {
      name: 'months, continue: 2026-02-28 postponed by 10 days → 03-10',
      spec: { start: '2025-08-31', unit: 'month', length: 6, pauses: [{ from: '2025-09-10', to: '2025-09-20' }] },
      due: '2026-03-10',
    },
    {
      name: 'months, restart: 6 months from 09-20 → 2026-03-20',
      spec: { start: '2025-08-31', unit: 'month', length: 6, onResume: 'restart', pauses: [{ from: '2025-09-10', to: '2025-09-20' }] },
      due: '2026-03-20',
    },
    {
      name: 'open pause (calendar days) → no due date',
      spec: { start: '2026-03-02', unit: 'calendar_day', length: 60, pauses: [{ from: '2026-03-20', to: null }] },
      due: null,
    },
    {
      name: 'open pause (working days) → no due date',
      spec: { start: '2025-09-22', unit: 'working_day', length: 10, pauses: [{ from: '2025-09-24', to: null }] },
      due: null,
    },
    {
      name: 'open pause after a closed one (months) → no due date',
      spec: {
        start: '2025-08-31',
        unit: 'month',
        length: 6,
        pauses: [
          { from: '2025-09-10', to: '2025-09-20' },
          { from: '2025-10-01', to: null },
        ],
      },
      due: null,
    },
  ];

  it.each(cases)('$name', ({ spec, due }) => {
    expect(computeDeadline(cal, spec).due).toBe(due);
    expect(computeDeadlineOrProvisional(cal, spec)).toMatchObject({ due, provisional: false });
  });

  it('E11 explains the pause with the days excluded', () => {
    const r = computeDeadline(cal, { start: '2026-03-02', unit: 'calendar_day', length: 60, pauses: [{ from: '2026-03-20', to: '2026-04-09' }] });
    expect(line(r.explanation, 'deadline.explain.pause').params).toEqual({
      from: '2026-03-20',
      to: '2026-04-09',
      counted: 18,
      excluded: 20,
      remaining: 42,
      unit: 'calendar_day',
    });
    expect(lines(r.explanation, 'deadline.explain.no_pause_no_extension')).toHaveLength(0);
  });

  it('working-day pause explains counted, excluded (working days in (ps, pe]) and remaining', () => {
    const r = computeDeadline(cal, { start: '2025-09-22', unit: 'working_day', length: 10, pauses: [{ from: '2025-09-24', to: '2025-10-09' }] });
    // (09-24, 10-09]: 09-25, 09-26, Sun 09-28 (make-up), 09-29, 09-30, 10-09 = 6 working days
    expect(line(r.explanation, 'deadline.explain.pause').params).toMatchObject({ counted: 2, excluded: 6, remaining: 8, unit: 'working_day' });
    // make-up Sat 10-11 is counted after the resumption; days inside the pause are not listed as skipped
    expect(lines(r.explanation, 'deadline.explain.makeup').map((l) => l.params['date'])).toEqual(['2025-10-11']);
    expect(lines(r.explanation, 'deadline.explain.skipped_day').map((l) => l.params['date'])).toEqual(['2025-10-12']);
    expect(lines(r.explanation, 'deadline.explain.skipped').map((l) => [l.params['from'], l.params['to']])).toEqual([
      ['2025-10-18', '2025-10-19'],
    ]);
  });

  it('working days: a pause on the last day keeps the clock; the due date becomes the resume day', () => {
    // 10 working days from 2025-09-22 end on the make-up Saturday 10-11; paused that day, resumed Wed 10-15
    expect(computeDeadline(cal, { start: '2025-09-22', unit: 'working_day', length: 10 }).due).toBe('2025-10-11');
    expect(
      computeDeadline(cal, { start: '2025-09-22', unit: 'working_day', length: 10, pauses: [{ from: '2025-10-11', to: '2025-10-15' }] }).due,
    ).toBe('2025-10-15');
    expect(() =>
      computeDeadline(cal, { start: '2025-09-22', unit: 'working_day', length: 10, pauses: [{ from: '2025-10-12', to: '2025-10-15' }] }),
    ).toThrow(RangeError);
  });

  it('restart explains the full length run again', () => {
    const r = computeDeadline(cal, { start: '2026-03-02', unit: 'calendar_day', length: 60, onResume: 'restart', pauses: [{ from: '2026-03-20', to: '2026-04-09' }] });
    expect(line(r.explanation, 'deadline.explain.pause_restart').params).toMatchObject({ counted: 18, excluded: 20, length: 60 });
  });

  it('open pause explains what was counted and has no due line', () => {
    const r = computeDeadline(cal, { start: '2026-03-02', unit: 'calendar_day', length: 60, pauses: [{ from: '2026-03-20', to: null }] });
    expect(line(r.explanation, 'deadline.explain.pause_open').params).toEqual({ from: '2026-03-20', counted: 18, remaining: 42, unit: 'calendar_day' });
    expect(lines(r.explanation, 'deadline.explain.due')).toHaveLength(0);
    expect(lines(r.explanation, 'deadline.explain.due_none')).toHaveLength(1);
  });

  it('rejects a pause that begins after the clock expired (E7 expired 02-04)', () => {
    expect(() =>
      computeDeadline(cal, { start: '2026-01-05', unit: 'calendar_day', length: 30, pauses: [{ from: '2026-02-05', to: '2026-02-10' }] }),
    ).toThrow(RangeError);
  });

  it('rejects overlapping pauses and pauses before the start', () => {
    expect(() =>
      computeDeadline(cal, {
        start: '2026-03-02',
        unit: 'calendar_day',
        length: 60,
        pauses: [
          { from: '2026-03-10', to: '2026-03-20' },
          { from: '2026-03-15', to: '2026-03-25' },
        ],
      }),
    ).toThrow(RangeError);
    expect(() => computeDeadline(cal, { start: '2026-03-02', unit: 'calendar_day', length: 60, pauses: [{ from: '2026-03-01', to: '2026-03-05' }] })).toThrow(RangeError);
  });
});

// -------------------------------------------------------------------------------------------------------
// Coverage and provisional dates (§4.4)
// -------------------------------------------------------------------------------------------------------

describe('calendar coverage', () => {
  it('working days across into 2027 are provisional (2027-01-01 counted as a plain Friday)', () => {
    const spec: DeadlineSpec = { start: '2026-12-29', unit: 'working_day', length: 5 };
    expect(() => computeDeadline(cal, spec)).toThrow(CalendarNotCoveredError);
    const r = computeDeadlineOrProvisional(cal, spec);
    expect(r).toMatchObject({ due: '2027-01-05', provisional: true });
    expect(line(r.explanation, 'deadline.explain.provisional').params['years']).toBe('2027');
  });

  it('an open pause in a covered window is not provisional', () => {
    const r = computeDeadlineOrProvisional(cal, { start: '2026-12-01', unit: 'calendar_day', length: 60, pauses: [{ from: '2026-12-10', to: null }] });
    expect(r).toMatchObject({ due: null, provisional: false });
  });

  it('isWorkingDay / isRestDay throw for an unpublished year', () => {
    expect(() => isWorkingDay(cal, '2027-01-04')).toThrow(CalendarNotCoveredError);
    expect(() => isRestDay(cal, '2003-12-31')).toThrow(CalendarNotCoveredError);
  });

  it('a start in an unpublished year throws from the primitives', () => {
    expect(() => addCalendarDays(cal, '2003-12-31', 1)).toThrow(CalendarNotCoveredError);
    expect(() => addWorkingDays(cal, '2026-12-30', 3)).toThrow(CalendarNotCoveredError);
  });

  it('a window spanning an unpublished middle year is not covered', () => {
    const partial: HolidayCalendar = { ...cal, publishedYears: new Set([2024, 2026]) };
    expect(() => addCalendarDays(partial, '2024-12-01', 400)).toThrow(CalendarNotCoveredError);
    const r = computeDeadlineOrProvisional(partial, { start: '2024-12-01', unit: 'calendar_day', length: 400 });
    expect(r.provisional).toBe(true);
    expect(line(r.explanation, 'deadline.explain.provisional').params['years']).toBe('2025');
  });

  it('the provisional path ignores rows of the unpublished year (weekends only)', () => {
    // 2025 treated as draft: 2025-10-01 is then a plain Wednesday
    const draft: HolidayCalendar = { ...cal, publishedYears: new Set([2024, 2026]) };
    const r = computeDeadlineOrProvisional(draft, { start: '2025-08-02', unit: 'calendar_day', length: 60 });
    expect(r).toMatchObject({ due: '2025-10-01', provisional: true });
  });
});

describe('isWorkingDay / isRestDay', () => {
  const cases: { date: string; working: boolean; why: string }[] = [
    { date: '2025-10-01', working: false, why: '国庆节 holiday' },
    { date: '2025-10-11', working: true, why: 'make-up Saturday' },
    { date: '2025-09-28', working: true, why: 'make-up Sunday' },
    { date: '2025-10-12', working: false, why: 'ordinary Sunday' },
    { date: '2025-10-10', working: true, why: 'ordinary Friday' },
    { date: '2024-02-09', working: true, why: '除夕 2024 is not a holiday (only encouraged)' },
    { date: '2026-02-23', working: false, why: 'last day of 春节 2026 (Monday)' },
    { date: '2026-02-24', working: true, why: 'first working day after 春节 2026' },
  ];

  it.each(cases)('$date working=$working ($why)', ({ date, working }) => {
    expect(isWorkingDay(cal, date)).toBe(working);
    expect(isRestDay(cal, date)).toBe(!working);
  });
});

// -------------------------------------------------------------------------------------------------------
// Explanations (§4.5)
// -------------------------------------------------------------------------------------------------------

describe('explanations', () => {
  it('E5: start, length, base due, shift from/to with the holiday name, due, version', () => {
    const r = computeDeadline(cal, { start: '2025-08-02', unit: 'calendar_day', length: 60 });
    expect(r.explanation.map((l) => l.key)).toEqual([
      'deadline.explain.start',
      'deadline.explain.length',
      'deadline.explain.base_due',
      'deadline.explain.shift',
      'deadline.explain.due',
      'deadline.explain.no_pause_no_extension',
      'deadline.explain.calendar_version',
    ]);
    expect(line(r.explanation, 'deadline.explain.start').params).toEqual({ date: '2025-08-02', weekday: 6 });
    expect(line(r.explanation, 'deadline.explain.length').params).toEqual({ length: 60, unit: 'calendar_day' });
    expect(line(r.explanation, 'deadline.explain.base_due').params).toEqual({ date: '2025-10-01', weekday: 3 });
    expect(line(r.explanation, 'deadline.explain.shift').params).toEqual({
      from: '2025-10-01',
      to: '2025-10-09',
      reason: 'holiday',
      holiday: '国庆节',
      fromWeekday: 3,
      toWeekday: 4,
    });
    expect(line(r.explanation, 'deadline.explain.due').params).toEqual({ date: '2025-10-09', weekday: 4 });
    expect(line(r.explanation, 'deadline.explain.calendar_version').params).toEqual({ version: 3 });
  });

  it('weekend shift names the weekend', () => {
    const r = addCalendarDays(cal, '2025-03-01', 7);
    expect(line(r.explanation, 'deadline.explain.shift').params).toMatchObject({ from: '2025-03-08', to: '2025-03-10', reason: 'weekend', holiday: '' });
  });

  it('E6: the make-up Saturday is explained and not shifted', () => {
    const r = addCalendarDays(cal, '2025-08-12', 60);
    expect(line(r.explanation, 'deadline.explain.no_shift_makeup').params).toEqual({ date: '2025-10-11', weekday: 6, holiday: '国庆节' });
    expect(lines(r.explanation, 'deadline.explain.shift')).toHaveLength(0);
  });

  it('E1: skipped holiday runs (grouped, named), the make-up day counted, the skipped Sunday', () => {
    const r = addWorkingDays(cal, '2025-09-30', 5);
    const keys = r.explanation.map((l) => l.key);
    expect(keys).toEqual([
      'deadline.explain.start',
      'deadline.explain.length',
      'deadline.explain.skipped',
      'deadline.explain.skipped_day',
      'deadline.explain.skipped',
      'deadline.explain.makeup',
      'deadline.explain.skipped_day',
      'deadline.explain.base_due',
      'deadline.explain.due',
      'deadline.explain.calendar_version',
    ]);
    const skipped = lines(r.explanation, 'deadline.explain.skipped').map((l) => l.params);
    expect(skipped).toEqual([
      { from: '2025-10-01', to: '2025-10-05', days: 5, reason: 'holiday', holiday: '国庆节' },
      { from: '2025-10-07', to: '2025-10-08', days: 2, reason: 'holiday', holiday: '国庆节' },
    ]);
    expect(lines(r.explanation, 'deadline.explain.skipped_day').map((l) => l.params)).toEqual([
      { date: '2025-10-06', weekday: 1, reason: 'holiday', holiday: '中秋节' },
      { date: '2025-10-12', weekday: 0, reason: 'weekend', holiday: '' },
    ]);
    expect(line(r.explanation, 'deadline.explain.makeup').params).toEqual({ date: '2025-10-11', weekday: 6, holiday: '国庆节' });
  });

  it('E4: the 元旦 holiday and every weekend inside the range are listed', () => {
    const r = addWorkingDays(cal, '2024-12-31', 15);
    const skipped = r.explanation.filter((l) => l.key.startsWith('deadline.explain.skipped'));
    expect(skipped[0]!.params).toMatchObject({ date: '2025-01-01', reason: 'holiday', holiday: '元旦' });
    // weekends 01-04/05, 01-11/12, 01-18/19 as runs of 2
    expect(lines(r.explanation, 'deadline.explain.skipped').map((l) => [l.params['from'], l.params['to']])).toEqual([
      ['2025-01-04', '2025-01-05'],
      ['2025-01-11', '2025-01-12'],
      ['2025-01-18', '2025-01-19'],
    ]);
  });

  it('E7 renders like the §4.5 example in zh-CN and in English', async () => {
    const zh = JSON.parse(readFileSync(new URL('../../../server/i18n/deadline-explain.zh-CN.json', import.meta.url), 'utf8')) as Record<string, string>;
    const en = JSON.parse(readFileSync(new URL('../../../server/i18n/deadline-explain.en.json', import.meta.url), 'utf8')) as Record<string, string>;
    const inst = i18next.createInstance();
    await inst.init({ lng: 'zh-CN', fallbackLng: false, resources: { 'zh-CN': { translation: zh }, en: { translation: en } } });
    const r = computeDeadline(cal, { start: '2026-01-05', unit: 'calendar_day', length: 30 });
    const text = r.explanation.map((l) => inst.t(l.key, l.params)).join('；');
    expect(text).toContain('起算日：2026-01-05（周一），起算日当日不计入');
    expect(text).toContain('期限：30日');
    expect(text).toContain('届满日：2026-02-04（周三）');
    expect(text).toContain('无中止、无延期');
    const shift = addCalendarDays(cal, '2025-08-02', 60).explanation.find((l) => l.key === 'deadline.explain.shift')!;
    expect(inst.t(shift.key, shift.params)).toContain('2025-10-01（周三）为休息日（国庆节假期），顺延至休息日结束后的次日2025-10-09（周四）');
    expect(inst.t('deadline.explain.length', { lng: 'en', length: 5, unit: 'working_day' })).toBe('Period: 5 working day(s)');
    const prov = computeDeadlineOrProvisional(cal, { start: '2026-12-20', unit: 'calendar_day', length: 30 });
    const provLine = prov.explanation.find((l) => l.key === 'deadline.explain.provisional')!;
    expect(inst.t(provLine.key, provLine.params)).toContain('2027年度节假日安排尚未公布');
    expect(inst.t(provLine.key, provLine.params)).toContain('暂定');
  });

  it('both translation files define every key the module emits and every label it nests', () => {
    for (const file of ['deadline-explain.zh-CN.json', 'deadline-explain.en.json']) {
      const dict = JSON.parse(readFileSync(new URL(`../../../server/i18n/${file}`, import.meta.url), 'utf8')) as Record<string, string>;
      for (const key of [...DEADLINE_EXPLAIN_KEYS, ...DEADLINE_LABEL_KEYS]) {
        expect(typeof dict[key], `${file}: ${key}`).toBe('string');
      }
    }
  });

  it('every emitted key is a declared key and params are plain strings or numbers', () => {
    const specs: DeadlineSpec[] = [
      { start: '2025-09-30', unit: 'working_day', length: 5, extension: 1 },
      { start: '2025-08-31', unit: 'month', length: 6, pauses: [{ from: '2025-09-10', to: '2025-09-20' }] },
      { start: '2025-08-31', unit: 'month', length: 6, onResume: 'restart', pauses: [{ from: '2025-09-10', to: null }] },
      { start: '2026-03-02', unit: 'calendar_day', length: 60, onResume: 'restart', pauses: [{ from: '2026-03-20', to: '2026-04-09' }] },
      { start: '2025-03-01', unit: 'calendar_day', length: 7, shiftOnWeekend: false },
      { start: '2026-12-20', unit: 'calendar_day', length: 30 },
    ];
    const declared = new Set<string>(DEADLINE_EXPLAIN_KEYS);
    for (const spec of specs) {
      for (const l of computeDeadlineOrProvisional(cal, spec).explanation) {
        expect(declared.has(l.key), l.key).toBe(true);
        for (const v of Object.values(l.params)) expect(['string', 'number']).toContain(typeof v);
      }
    }
  });
});

describe('input validation', () => {
  it('rejects malformed dates and negative or fractional lengths', () => {
    expect(() => addCalendarDays(cal, '2025-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarDays(cal, '2025/01/01', 1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2025-01-06', -1)).toThrow(RangeError);
    expect(() => addMonths(cal, '2025-01-06', 1.5)).toThrow(RangeError);
  });
});

// -------------------------------------------------------------------------------------------------------
// The holiday data itself
// -------------------------------------------------------------------------------------------------------

describe('HOLIDAY_YEARS data', () => {
  it('covers every year 2004–2026 exactly once, in order', () => {
    expect(HOLIDAY_YEARS.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it('has no duplicate dates and every row lies in its year', () => {
    const seen = new Set<string>();
    for (const y of HOLIDAY_YEARS) {
      for (const d of y.days) {
        expect(seen.has(d.date), d.date).toBe(false);
        seen.add(d.date);
        expect(d.date.slice(0, 4)).toBe(String(y.year));
        expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['holiday', 'makeup_workday']).toContain(d.kind);
        expect(d.name.length).toBeGreaterThan(0);
      }
    }
  });

  it('puts every make-up day on a Saturday or Sunday', () => {
    for (const y of HOLIDAY_YEARS) {
      for (const d of y.days.filter((x) => x.kind === 'makeup_workday')) {
        const [yy, mm, dd] = d.date.split('-').map(Number) as [number, number, number];
        const weekday = new Date(Date.UTC(yy, mm - 1, dd)).getUTCDay();
        expect([0, 6], `${d.date} (${weekday})`).toContain(weekday);
      }
    }
  });

  it('gives every year a State Council notice and a publication date', () => {
    for (const y of HOLIDAY_YEARS) {
      expect(y.sourceNotice).toContain(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
      expect(y.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(y.publishedOn < `${y.year}-01-01`).toBe(true);
    }
  });

  it('matches the 2025 and 2026 notices on the facts the worked examples rely on', () => {
    const byDate = new Map(HOLIDAY_YEARS.flatMap((y) => y.days.map((d) => [d.date, d.kind] as const)));
    const range = (from: string, to: string): string[] => {
      const out: string[] = [];
      for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
        out.push(d.toISOString().slice(0, 10));
      }
      return out;
    };
    for (const d of [
      ...range('2025-10-01', '2025-10-08'),
      '2025-01-01',
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-10-01', '2026-10-07'),
    ]) {
      expect(byDate.get(d), d).toBe('holiday');
    }
    for (const d of ['2025-09-28', '2025-10-11', '2026-02-14', '2026-02-28', '2026-01-04', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(byDate.get(d), d).toBe('makeup_workday');
    }
    expect(byDate.has('2025-10-09')).toBe(false);
    expect(byDate.has('2026-02-24')).toBe(false);
  });
});
