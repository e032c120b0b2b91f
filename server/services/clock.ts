/** The injected clock (architecture.md rule 9). Production reads the system time here and only here. */
import { legalDateOf } from '../domain/deadlines/legalDate.ts';

export interface Clock {
  now(): Date;
  /** the Asia/Shanghai legal date of now() */
  today(): string;
}

export const systemClock: Clock = {
  // eslint-disable-next-line no-restricted-syntax -- the one place that reads the system time
  now: () => new Date(),
  today: () => legalDateOf(new Date()), // eslint-disable-line no-restricted-syntax
};

/** A clock fixed at an instant, movable by tests, demo data and `npm run job -- --now`. */
export class FixedClock implements Clock {
  private current: Date;
  constructor(at: Date | string) {
    this.current = new Date(at);
  }
  now(): Date {
    return new Date(this.current);
  }
  today(): string {
    return legalDateOf(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}
