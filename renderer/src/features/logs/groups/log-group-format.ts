import { RETENTION_DAYS } from '../../../../../shared/domain/logs';

/** The select's value for "no retention policy": `logs.setRetention` takes `null` for it. */
export const NEVER_EXPIRE = 'never';

export interface RetentionOption {
  value: string;
  label: string;
}

const plural = (count: number, unit: string) => `${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`;

/** The period as people say it, with AWS's exact days beside it: "2 weeks (14 days)", "3 years (1,096 days)". */
function commonName(days: number): string | undefined {
  const years = days / 365.25;
  if (days >= 365 && Math.abs(years - Math.round(years)) < 0.01) return plural(Math.round(years), 'year');
  if (days % 30 === 0) return plural(days / 30, 'month');
  if (days % 7 === 0) return plural(days / 7, 'week');
  return undefined;
}

export function retentionLabel(days: number | undefined): string {
  if (days === undefined) return 'Never expire';
  const exact = plural(days, 'day');
  const common = commonName(days);
  return common ? `${common} (${exact})` : exact;
}

/** Every period CloudWatch Logs accepts (PutRetentionPolicy), then "Never expire". */
export const RETENTION_OPTIONS: readonly RetentionOption[] = [
  ...RETENTION_DAYS.map((days) => ({ value: String(days), label: retentionLabel(days) })),
  { value: NEVER_EXPIRE, label: 'Never expire' },
];

export function retentionValue(days: number | undefined): string {
  return days === undefined ? NEVER_EXPIRE : String(days);
}

export function daysFromValue(value: string): number | null {
  return value === NEVER_EXPIRE ? null : Number(value);
}

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];

/**
 * Decimal units (1 kB = 1,000 bytes), the ones AWS's storage prices are quoted in, with three
 * significant digits: "0 bytes", "812 bytes", "1.46 MB", "23.1 GB".
 */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '-';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${bytes.toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;
  return `${Number(value.toPrecision(3)).toLocaleString('en-US')} ${UNITS[unit]}`;
}

/**
 * CloudWatch Logs' storage price, as AWS's pricing page (https://aws.amazon.com/cloudwatch/pricing/,
 * "Logs", Standard class, US East (N. Virginia)) lists it: recorded by hand, not re-checked live,
 * so the text that shows it says so.
 */
export const STORAGE_PRICE_NOTE =
  'CloudWatch Logs bills every stored GB every month: USD 0.03 per GB-month in US East (N. Virginia), per AWS’s CloudWatch pricing page (aws.amazon.com/cloudwatch/pricing, recorded without a live re-check; other regions differ).';
