import type { Clock } from '../../../types';
import type { MethodSettingRecord, QuotaRecord, StageRecord, ThrottleRecord } from '../model';

/**
 * API Gateway's account-level throttle in us-east-1 when a stage sets none ("Amazon API Gateway
 * quotas": 10,000 requests per second with a burst of 5,000).
 */
export const ACCOUNT_RATE = 10_000;
export const ACCOUNT_BURST = 5_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** The method setting that applies: the method's own (`~1predict/POST`), else the stage's `*\/*`. */
export function methodSetting(stage: StageRecord, resourcePath: string, httpMethod: string): MethodSettingRecord | undefined {
  const key = `${resourcePath.replace(/\//g, '~1')}/${httpMethod.toUpperCase()}`;
  return stage.methodSettings[key] ?? stage.methodSettings['*/*'];
}

function startOfPeriod(ms: number, quota: QuotaRecord): number {
  const day = 86_400_000;
  const date = new Date(ms);
  if (quota.period === 'DAY') return Math.floor(ms / day) * day;
  if (quota.period === 'WEEK') return Math.floor(ms / day) * day - ((date.getUTCDay() + 6) % 7) * day;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** Token buckets on the sandbox clock: stage/method limits and usage plan limits and quotas per key. */
export class Throttles {
  private readonly buckets = new Map<string, Bucket>();
  private readonly quotas = new Map<string, { period: number; used: number }>();

  constructor(private readonly clock: Clock) {}

  /** Takes one token from the bucket `key` (rate per second, burst capacity); false when empty. */
  take(key: string, limits: ThrottleRecord): boolean {
    const rate = limits.rateLimit ?? ACCOUNT_RATE;
    const burst = limits.burstLimit ?? ACCOUNT_BURST;
    const now = this.clock.now();
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Counts one request against a usage plan quota; false once the period's limit is used up. */
  useQuota(key: string, quota: QuotaRecord): boolean {
    const period = startOfPeriod(this.clock.now(), quota);
    const state = this.quotas.get(key);
    const current = state && state.period === period ? state : { period, used: 0 };
    this.quotas.set(key, current);
    if (current.used >= quota.limit) return false;
    current.used += 1;
    return true;
  }
}

/** The stage's limits for a method as a throttle record (-1 means not set). */
export function stageLimits(setting: MethodSettingRecord | undefined): ThrottleRecord {
  const limits: ThrottleRecord = {};
  if (setting && setting.throttlingRateLimit >= 0) limits.rateLimit = setting.throttlingRateLimit;
  if (setting && setting.throttlingBurstLimit >= 0) limits.burstLimit = setting.throttlingBurstLimit;
  return limits;
}
