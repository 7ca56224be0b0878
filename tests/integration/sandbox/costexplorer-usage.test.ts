import { GetCostAndUsageCommand, GetDimensionValuesCommand, GetTagsCommand } from '@aws-sdk/client-cost-explorer';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR, TODAY, startCostSandbox, type CostSandbox } from './costexplorer-harness';

const SAGEMAKER = 'Amazon SageMaker';
const S3 = 'Amazon Simple Storage Service';
/** churn-prod runs two ml.m5.large all day at the hosting price in resources/pricing. */
const CHURN_PROD_PER_DAY = 2 * 0.115 * 24;

describe('Cost Explorer: cost of what the demo ran', () => {
  let env: CostSandbox;
  beforeEach(async () => {
    env = await startCostSandbox();
  });
  afterEach(async () => env.stop());

  it('answers daily cost by service, SageMaker at least churn-prod’s two instances all day, S3 for the stored data', async () => {
    const out = await env.ce.send(
      new GetCostAndUsageCommand({ TimePeriod: { Start: '2026-01-02', End: TODAY }, Granularity: 'DAILY', Metrics: ['UnblendedCost', 'UsageQuantity'], GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }] }),
    );
    expect(out.ResultsByTime).toHaveLength(3);
    for (const day of out.ResultsByTime ?? []) {
      const groups = Object.fromEntries((day.Groups ?? []).map((g) => [g.Keys?.[0], g.Metrics]));
      expect(Number(groups[SAGEMAKER]?.UnblendedCost?.Amount)).toBeGreaterThanOrEqual(CHURN_PROD_PER_DAY - 1e-6);
      expect(groups[SAGEMAKER]?.UnblendedCost?.Unit).toBe('USD');
      expect(Number(groups[SAGEMAKER]?.UsageQuantity?.Amount)).toBeGreaterThanOrEqual(48);
      expect(groups[SAGEMAKER]?.UsageQuantity?.Unit).toBe('Hrs');
      expect(Number(groups[S3]?.UnblendedCost?.Amount)).toBeGreaterThan(0);
      expect(groups[S3]?.UsageQuantity?.Unit).toBe('GB-Mo');
      expect(day.Estimated).toBe(true);
      expect(day.Total).toEqual({});
    }
    const usageTypes = await env.ce.send(new GetDimensionValuesCommand({ TimePeriod: { Start: '2026-01-02', End: TODAY }, Dimension: 'USAGE_TYPE' }));
    expect(usageTypes.DimensionValues?.map((v) => v.Value)).toEqual(expect.arrayContaining(['USE1-Host:ml.m5.large', 'TimedStorage-ByteHrs']));
    const services = await env.ce.send(new GetDimensionValuesCommand({ TimePeriod: { Start: '2026-01-02', End: TODAY }, Dimension: 'SERVICE' }));
    expect(services.DimensionValues?.map((v) => v.Value)).toEqual([SAGEMAKER, S3]);
  });

  it('splits cost by the project tag, with untagged usage under project$', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'scratch-untagged' }));
    await env.s3.send(new PutObjectCommand({ Bucket: 'scratch-untagged', Key: 'big.bin', Body: Buffer.alloc(4 * 1024 * 1024, 7) }));
    env.clock.advance(24 * HOUR);
    const byTag = await env.costByGroup(TODAY, [{ Type: 'TAG', Key: 'project' }]);
    expect(byTag['project$churn']).toBeGreaterThan(0);
    expect(byTag['project$']).toBeGreaterThan(0);
    const untaggedS3 = await env.costByGroup(TODAY, [{ Type: 'TAG', Key: 'project' }, { Type: 'DIMENSION', Key: 'SERVICE' }]);
    expect(untaggedS3[`project$|${S3}`]).toBeGreaterThan(0);
    const filtered = await env.ce.send(
      new GetCostAndUsageCommand({
        TimePeriod: { Start: TODAY, End: '2026-01-06' },
        Granularity: 'DAILY',
        Metrics: ['UnblendedCost'],
        Filter: { Tags: { Key: 'project', MatchOptions: ['ABSENT'] } },
      }),
    );
    expect(Number(filtered.ResultsByTime?.[0]?.Total?.UnblendedCost?.Amount)).toBeCloseTo(byTag['project$'] ?? NaN, 8);
    const tags = await env.ce.send(new GetTagsCommand({ TimePeriod: { Start: TODAY, End: '2026-01-06' }, TagKey: 'project' }));
    expect(tags.Tags).toContain('churn');
  });

  it('answers a month as one period, cut at the end date', async () => {
    const out = await env.ce.send(new GetCostAndUsageCommand({ TimePeriod: { Start: '2026-01-01', End: '2026-02-01' }, Granularity: 'MONTHLY', Metrics: ['BlendedCost', 'AmortizedCost'] }));
    expect(out.ResultsByTime).toHaveLength(1);
    const total = out.ResultsByTime?.[0]?.Total;
    // Four days and nine hours of churn-prod at least; the cost metrics agree (no discounts).
    expect(Number(total?.BlendedCost?.Amount)).toBeGreaterThan(CHURN_PROD_PER_DAY * 4);
    expect(total?.AmortizedCost?.Amount).toBe(total?.BlendedCost?.Amount);
  });
});
