/** Cost Explorer's dates (YYYY-MM-DD, UTC; End exclusive) for the month holding `now`. */
export interface MonthPeriod {
  /** YYYY-MM */
  month: string;
  /** The 1st of the month. */
  start: string;
  /** Today. */
  today: string;
  /** Tomorrow: the exclusive end of month-to-date (today's cost so far included). */
  tomorrow: string;
  /** The 1st of next month: the exclusive end of the forecast. */
  nextMonth: string;
  /** Midnight UTC of each day from the 1st to today, epoch seconds: a chart's time axis. */
  days: number[];
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function monthPeriod(now: number): MonthPeriod {
  const date = new Date(now);
  const startMs = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const todayMs = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const nextMs = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  const days: number[] = [];
  for (let day = startMs; day <= todayMs; day += DAY_MS) days.push(day / 1000);
  return {
    month: isoDay(startMs).slice(0, 7),
    start: isoDay(startMs),
    today: isoDay(todayMs),
    tomorrow: isoDay(todayMs + DAY_MS),
    nextMonth: isoDay(nextMs),
    days,
  };
}

/** The chart index of a Cost Explorer day (its TimePeriod.Start), or -1 outside the month so far. */
export function dayIndex(period: MonthPeriod, isoDate: string | undefined): number {
  if (!isoDate) return -1;
  return period.days.indexOf(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 1000);
}
