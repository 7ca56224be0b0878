import { formatTime } from '../jobs/job-format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `5 min ago`, `in 10 h`, `3 d ago`: how far from `now`, rounded to the largest unit. */
export function relativeTime(iso: string, now: number): string {
  const delta = Date.parse(iso) - now;
  const size = Math.abs(delta);
  const amount = size < HOUR ? `${Math.max(1, Math.round(size / MINUTE))} min` : size < DAY ? `${Math.round(size / HOUR)} h` : `${Math.round(size / DAY)} d`;
  if (size < MINUTE) return 'just now';
  return delta < 0 ? `${amount} ago` : `in ${amount}`;
}

/** A time as "how long ago", with the exact local time on hover and for assistive technology. */
export function When({ iso, now }: { iso: string; now: number }) {
  const exact = formatTime(iso);
  return (
    <time dateTime={iso} title={exact}>
      {relativeTime(iso, now)}
    </time>
  );
}
