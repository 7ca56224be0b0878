import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { CostByTagAnswer, CostSummaryAnswer, RunningNow, TagResourcesResult, UntaggedResources } from '../../../shared/domain/cost';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { TaggedResources } from '../../../shared/domain/tags';
import { useDemoWorld } from '../experiments/demo-world';

const ENDPOINT = 'arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod';
const world = useDemoWorld();

const byTag = async (tagKey = 'project') => {
  const answer = await world().ok<CostByTagAnswer>('cost.byTag', { tagKey });
  if (!answer.available) throw new Error(`Cost Explorer unavailable: ${answer.reason}`);
  return answer;
};
const costOf = (answer: Awaited<ReturnType<typeof byTag>>, label: string) => answer.values.find((v) => v.label === label)?.monthToDateUsd ?? 0;
const untagged = () => world().ok<UntaggedResources>('cost.untagged', { tagKey: 'project' });

describe('cost on the demo seed', () => {
  it('prices what runs now: churn-prod on 2 × ml.m5.large at the hosting price, and the total', async () => {
    const now = await world().ok<RunningNow>('cost.now', {});
    expect(now.rows).toContainEqual({ kind: 'endpoint', name: 'churn-prod', variantName: 'AllTraffic', instanceType: 'ml.m5.large', instanceCount: 2, hourlyPrice: 0.115, hourlyUsd: 0.23 });
    expect(now.totalHourlyUsd).toBeCloseTo(now.rows.reduce((sum, row) => sum + (row.hourlyUsd ?? 0), 0), 2);
    expect(now.monthlyAtThisRateUsd).toBeCloseTo(now.totalHourlyUsd * 730, 1);
  });

  it('reports month to date by service with Amazon SageMaker, a daily chart, and the forecast against the endpoints’ budget', async () => {
    const summary = await world().ok<CostSummaryAnswer>('cost.summary', {});
    if (!summary.available) throw new Error(summary.reason);
    const sagemaker = summary.byService.find((s) => s.service === 'Amazon SageMaker');
    expect(sagemaker?.monthToDateUsd).toBeGreaterThan(0);
    expect(summary.daily.series.map((s) => s.label)).toContain('Amazon SageMaker');
    expect(summary.monthToDateUsd).toBeCloseTo(summary.byService.reduce((sum, s) => sum + s.monthToDateUsd, 0), 1);
    expect(summary.forecastUsd).toBeGreaterThanOrEqual(summary.monthToDateUsd);
    expect(summary.budget).toBeUndefined();

    // The budget is the one the endpoints' autoscaling guard keeps per profile.
    await world().ok('endpoints.setBudget', { monthlyUsd: 1 });
    const over = await world().ok<CostSummaryAnswer>('cost.summary', {});
    expect(over.budget).toMatchObject({ profile: expect.any(String), monthlyUsd: 1, overBudget: true, message: expect.stringMatching(/^Forecast \$[\d,.]+ exceeds the monthly budget \$1\.00$/) });
    await world().ok('endpoints.setBudget', { monthlyUsd: 1_000_000 });
    expect((await world().ok<CostSummaryAnswer>('cost.summary', {})).budget).toMatchObject({ overBudget: false });
    await world().ok('endpoints.setBudget', { monthlyUsd: null });
  });

  it('tags the untagged resources in one confirmed, journalled action: they leave the list and their cost moves to the tag value', async () => {
    const before = await byTag();
    expect(before.values.map((v) => v.label)).toEqual(expect.arrayContaining(['churn', '(untagged)']));
    const list = await untagged();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.map((r) => r.name)).toContain('churn-internal-alb');
    expect(list.items.every((r) => !('project' in r.tags))).toBe(true);

    const arns = list.items.map((r) => r.arn);
    // Destructive: the gate asks first.
    const unconfirmed = await world().request('cost.tagResources', { arns, tags: { project: 'churn' } });
    expect(unconfirmed.ok ? undefined : unconfirmed.error.code).toBe('ConfirmationRequired');
    const result = await world().ok<TagResourcesResult>('cost.tagResources', { arns, tags: { project: 'churn' } });
    expect(result).toEqual({ tagged: arns, failed: [] });
    expect((await untagged()).items).toEqual([]);
    expect((await world().ok<JournalEntry[]>('journal.list', { channel: 'cost.tagResources' }))[0]).toMatchObject({
      target: `project=churn on ${arns.length === 1 ? arns[0] : `${arns.length} resources`}`,
      outcome: 'success',
    });

    const after = await byTag();
    expect(costOf(after, '(untagged)')).toBeLessThan(costOf(before, '(untagged)'));
    expect(costOf(after, 'churn') - costOf(before, 'churn')).toBeCloseTo(costOf(before, '(untagged)') - costOf(after, '(untagged)'), 1);
    expect(after.totalUsd).toBeCloseTo(before.totalUsd, 1);
  });

  it('lists a bucket that never carried a tag (GetResources does not know it, ListBuckets does), and tags it', async () => {
    const bucket = 'sagedeck-cost-never-tagged';
    await world().s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const arn = `arn:aws:s3:::${bucket}`;
    const tagging = await world().ok<TaggedResources>('tags.find', { filters: [{ key: 'project', value: 'churn' }] });
    expect(tagging.arns).not.toContain(arn);
    const list = await untagged();
    expect(list.items).toContainEqual({ arn, resourceType: 's3', typeLabel: 'S3 bucket', name: bucket, tags: {} });
    // One row per resource: those GetResources knows are not listed again from the services' lists.
    expect(new Set(list.items.map((r) => r.arn.toLowerCase())).size).toBe(list.items.length);
    expect(list.notices.join(' ')).toMatch(/Never-tagged endpoints, this month's jobs and the region's buckets/);

    await world().ok('cost.tagResources', { arns: [arn], tags: { project: 'churn' } });
    expect((await untagged()).items.map((r) => r.arn)).not.toContain(arn);
  });

  it('refuses invalid tags before any call, and reports an ARN AWS refuses while tagging the rest', async () => {
    world().sandbox.control.resetCounters();
    const reserved = await world().fail('cost.tagResources', { arns: ['arn:aws:s3:::sagedeck-demo-access-logs'], tags: { 'aws:x': 'y' } });
    expect(reserved.code).toBe('InvalidInput');
    expect(Object.keys(world().sandboxCounters()).filter((k) => k.startsWith('tagging:'))).toEqual([]);

    const missing = 'arn:aws:sagemaker:us-east-1:111122223333:training-job/no-such-job';
    const result = await world().ok<TagResourcesResult>('cost.tagResources', { arns: ['arn:aws:s3:::sagedeck-demo-access-logs', missing], tags: { owner: 'ml-team' } });
    expect(result.tagged).toEqual(['arn:aws:s3:::sagedeck-demo-access-logs']);
    expect(result.failed).toEqual([expect.objectContaining({ arn: missing })]);
  });

  it('raises cost by tag for churn once churn-prod scales out', async () => {
    // churn-prod alone under a key of its own: jobs starting or ending in the hour would blur project=churn.
    await world().ok('cost.tagResources', { arns: [ENDPOINT], tags: { 'cost-test': 'churn-prod' } });
    const hour = async () => {
      const [churn, endpoint] = [costOf(await byTag(), 'churn'), costOf(await byTag('cost-test'), 'churn-prod')];
      await world().timers.advance(3_600_000);
      return { churn: costOf(await byTag(), 'churn') - churn, endpoint: costOf(await byTag('cost-test'), 'churn-prod') - endpoint };
    };
    // Autoscaling (1–4) scales the idle endpoint in: hold it at 2, then scale it out to 4 through the guard.
    const holdAt = async (count: number) => {
      await world().ok('endpoints.setScaling', { endpointName: 'churn-prod', variantName: 'AllTraffic', minCapacity: count, maxCapacity: count });
      await world().advanceUntil(async () => {
        const endpoint = await world().endpoint();
        return endpoint.EndpointStatus === 'InService' && endpoint.ProductionVariants?.[0]?.CurrentInstanceCount === count;
      }, `churn-prod on ${count} instances`);
    };
    await holdAt(2);
    const atTwo = await hour();
    expect(atTwo.endpoint).toBeCloseTo(2 * 0.115, 1);
    await holdAt(4);
    const atFour = await hour();
    expect(atFour.endpoint).toBeCloseTo(4 * 0.115, 1);
    expect(atFour.churn).toBeGreaterThanOrEqual(atFour.endpoint - 0.01);
    const now = await world().ok<RunningNow>('cost.now', {});
    expect(now.rows).toContainEqual(expect.objectContaining({ name: 'churn-prod', instanceCount: 4, hourlyUsd: 0.46 }));
  });

  it('says plainly where Cost Explorer is not offered, and still prices what runs now', async () => {
    world().sandbox.control.addFault({ operation: 'ce:*', kind: 'unknownOperation' });
    const summary = await world().ok<CostSummaryAnswer>('cost.summary', {});
    expect(summary).toMatchObject({ available: false, reason: expect.stringMatching(/Cost Explorer is not available/) });
    expect(await world().ok<CostByTagAnswer>('cost.byTag', { tagKey: 'project' })).toMatchObject({ available: false, tagKey: 'project' });
    expect((await world().ok<RunningNow>('cost.now', {})).rows.length).toBeGreaterThan(0);
  });
});

describe('tags.find through the Resource Groups Tagging API', () => {
  it('asks GetResources, not SageMaker Search, where the endpoint has it', async () => {
    world().sandbox.control.resetCounters();
    const found = await world().ok<TaggedResources>('tags.find', { filters: [{ key: 'project', value: 'churn' }] });
    expect(found.arns).toContain(ENDPOINT);
    expect(found.notice).toBeUndefined();
    const counters = world().sandboxCounters();
    expect(counters['tagging:GetResources']).toBeGreaterThan(0);
    expect(counters['sagemaker:Search']).toBeUndefined();
  });

  it('falls back to Search with a notice through an endpoint without the Tagging API', async () => {
    world().sandbox.control.addFault({ operation: 'tagging:*', kind: 'unknownOperation' });
    world().sandbox.control.resetCounters();
    const found = await world().ok<TaggedResources>('tags.find', { filters: [{ key: 'project', value: 'churn' }] });
    expect(found.arns).toContain(ENDPOINT);
    expect(found.notice).toMatch(/does not answer the Resource Groups Tagging API/);
    expect(world().sandboxCounters()['sagemaker:Search']).toBeGreaterThan(0);
    expect((await untagged()).notices.join(' ')).toMatch(/does not answer the Resource Groups Tagging API/);
  });
});
