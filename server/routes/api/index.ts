/** Public JSON API. */
import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services/index.ts';
import { isIsoDate } from '../../domain/deadlines/legalDate.ts';

const deadlineQuery = z.object({
  from: z.string({ error: 'from is required (YYYY-MM-DD) / 缺少起算日期 from（YYYY-MM-DD）' }).refine(isIsoDate, { message: 'from must be a date YYYY-MM-DD / from 必须是 YYYY-MM-DD 格式的日期' }),
  length: z
    .string({ error: 'length is required / 缺少期限长度 length' })
    .regex(/^\d{1,4}$/, { message: 'length must be a whole number 1-3650 / length 必须是 1–3650 的整数' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 3650, { message: 'length must be a whole number 1-3650 / length 必须是 1–3650 的整数' }),
  unit: z.enum(['calendar_day', 'working_day', 'month'], { error: 'unit must be calendar_day, working_day or month / unit 必须是 calendar_day、working_day 或 month' }),
});

export function apiRoutes(services: Services): Router {
  const router = Router();

  // GET /api/v1/calendar/deadline?from=YYYY-MM-DD&length=N&unit=calendar_day|working_day|month
  router.get('/api/v1/calendar/deadline', async (req, res) => {
    const parsed = deadlineQuery.safeParse(req.query);
    if (!parsed.success) {
      res.status(400).json({ error: 'bad_request', messages: [...new Set(parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`))] });
      return;
    }
    const { from, length, unit } = parsed.data;
    const result = await services.calendar.deadline(from, length, unit);
    const t = res.locals.t;
    res.json({ due: result.due, provisional: result.provisional, explanation: result.explanation.map((l) => t(l.key, l.params)) });
  });

  return router;
}
