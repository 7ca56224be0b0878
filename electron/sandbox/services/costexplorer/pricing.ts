import sagemakerPrices from '../../../../resources/pricing/sagemaker-on-demand.json';
import s3Prices from '../../../../resources/pricing/s3-storage.json';
import type { UsageLevel } from '../../types';

export const SAGEMAKER = 'Amazon SageMaker';
export const S3 = 'Amazon Simple Storage Service';

/** AWS's billing region codes that prefix usage types (from AWS's usage type listings). */
const REGION_CODES: Record<string, string> = {
  'us-east-1': 'USE1',
  'us-east-2': 'USE2',
  'us-west-1': 'USW1',
  'us-west-2': 'USW2',
  'ca-central-1': 'CAN1',
  'eu-west-1': 'EU',
  'eu-west-2': 'EUW2',
  'eu-west-3': 'EUW3',
  'eu-central-1': 'EUC1',
  'eu-north-1': 'EUN1',
  'ap-northeast-1': 'APN1',
  'ap-northeast-2': 'APN2',
  'ap-southeast-1': 'APS1',
  'ap-southeast-2': 'APS2',
  'ap-south-1': 'APS3',
  'sa-east-1': 'SAE1',
};

const SAGEMAKER_USAGE = { training: 'Train', processing: 'Processing', hosting: 'Host' } as const;
const BYTES_PER_GB = 1024 ** 3;

export interface PricedUsage {
  service: string;
  usageType: string;
  unit: 'Hrs' | 'GB-Mo';
  /** USD per unit. */
  price: number;
}

/**
 * SageMaker usage types read `USE1-Host:ml.m5.large`; S3's storage in us-east-1 is plain
 * `TimedStorage-ByteHrs` (AWS leaves its home region unprefixed), elsewhere `USW2-TimedStorage-ByteHrs`.
 * Prices are us-east-1's for every region (the tables hold no others).
 */
export function priced(level: UsageLevel, region: string): PricedUsage {
  const code = REGION_CODES[region] ?? region.toUpperCase();
  if (level.kind === 'storage') {
    return { service: S3, usageType: region === 'us-east-1' ? 'TimedStorage-ByteHrs' : `${code}-TimedStorage-ByteHrs`, unit: 'GB-Mo', price: s3Prices.perGbMonth.STANDARD };
  }
  const table: Record<string, number> = sagemakerPrices.hourly[level.kind];
  const type = level.instanceType ?? '';
  return { service: SAGEMAKER, usageType: `${code}-${SAGEMAKER_USAGE[level.kind]}:${type}`, unit: 'Hrs', price: table[type] ?? 0 };
}

/** Units used over `hours`: instance-hours, or GB-months of a month with `hoursInMonth` hours. */
export function unitsUsed(level: UsageLevel, hours: number, hoursInMonth: number): number {
  return level.kind === 'storage' ? ((level.quantity / BYTES_PER_GB) * hours) / hoursInMonth : level.quantity * hours;
}
