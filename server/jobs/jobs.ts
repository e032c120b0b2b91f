/** The jobs: each a named run over due items, one transaction per item, capped per run, safe to re-run. */
import type { Services } from '../services/index.ts';

export interface JobDefinition {
  name: string;
  /** cron expression, Asia/Shanghai */
  schedule: string;
  run(services: Services): Promise<Record<string, number>>;
}

export const JOBS: readonly JobDefinition[] = [
  {
    // Clock expiry → `clock_expired` system events (procedure.md §1.1: at least every 15 minutes, and at 00:05).
    name: 'clock_expiry',
    schedule: '*/15 * * * *',
    run: async (services) => services.clockExpiry.expireDueClocks(500),
  },
];
