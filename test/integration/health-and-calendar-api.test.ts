import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestContext, type TestContext } from '../support/testApp.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('GET /healthz', () => {
  it('answers 200 with the database kind once the app can serve', async () => {
    const res = await request(ctx.app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: ctx.database.kind });
    expect(['pglite', 'postgres']).toContain(res.body.db);
  });
});

describe('GET /api/v1/calendar/deadline', () => {
  it.each([
    ['2025-09-26', 5, 'working_day', '2025-10-10'],
    ['2026-01-20', 30, 'calendar_day', '2026-02-24'],
    ['2025-09-30', 5, 'working_day', '2025-10-14'],
    ['2025-08-31', 6, 'month', '2026-02-28'],
  ])('%s + %i %s → %s', async (from, length, unit, due) => {
    const res = await request(ctx.app).get('/api/v1/calendar/deadline').query({ from, length, unit }).expect(200);
    expect(res.body.due).toBe(due);
    expect(res.body.provisional).toBe(false);
    expect(res.body.explanation.length).toBeGreaterThan(2);
    expect(res.body.explanation.join('')).toContain(due);
  });

  it('a year the calendar does not cover gives a provisional date, said so in the explanation', async () => {
    const res = await request(ctx.app).get('/api/v1/calendar/deadline').query({ from: '2026-12-20', length: 30, unit: 'calendar_day' }).expect(200);
    expect(res.body).toMatchObject({ due: '2027-01-19', provisional: true });
    expect(res.body.explanation.join('')).toContain('暂定');
  });

  it('explains in English with lang=en', async () => {
    const res = await request(ctx.app).get('/api/v1/calendar/deadline').query({ from: '2026-01-05', length: 30, unit: 'calendar_day', lang: 'en' }).expect(200);
    expect(res.body.due).toBe('2026-02-04');
    expect(res.body.explanation.join(' ')).toMatch(/[A-Za-z]{4,}/);
  });

  it.each([
    [{}, 'from'],
    [{ from: '2026-02-30', length: 5, unit: 'working_day' }, 'from'],
    [{ from: '2026-01-05', length: 0, unit: 'working_day' }, 'length'],
    [{ from: '2026-01-05', length: 'ten', unit: 'working_day' }, 'length'],
    [{ from: '2026-01-05', length: 5, unit: 'week' }, 'unit'],
    [{ from: "2026-01-05'; drop table cases;--", length: 5, unit: 'working_day' }, 'from'],
  ])('bad input %j → 400 naming %s, in Chinese and English', async (query, field) => {
    const res = await request(ctx.app).get('/api/v1/calendar/deadline').query(query).expect(400);
    expect(res.body.error).toBe('bad_request');
    const text = res.body.messages.join(' ');
    expect(text).toContain(field);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });
});
