import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, isoDay, startOfDay, trainingJobName } from '../../../electron/sandbox/services/sagemaker/seed/demo-constants';
import { LIVE_RUN } from '../../../electron/sandbox/services/sagemaker/seed/demo-runs';
import type { PipelineOverview } from '../../../shared/domain/overview';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

const HOUR = 3_600_000;
/** How long core keeps a stage read well (STAGE_CACHE_MS), and a little more. */
const PAST_THE_WINDOW = 31_000;

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
  world.sandbox.control.resetCounters();
});
afterEach(async () => world.close());

const pipeline = () => world.ok<PipelineOverview>('overview.pipeline', {});

/** The sandbox clock a few seconds past a whole minute, when CloudWatch has just evaluated every alarm. */
function justAfterAnEvaluation(): void {
  const now = world.clock.now();
  world.clock.advance(60_000 - (now % 60_000) + 5_000);
}

describe('the pipeline at a glance on the demo seed', () => {
  it("shows every stage with the demo's figures", async () => {
    const now = world.clock.now();
    const overview = await pipeline();

    expect(overview.data).toEqual({ ok: true, value: { buckets: 2, unversioned: 1, unencrypted: 0, checked: 2 } });

    // Two weeks of nightly runs, the newest last night; the one that failed was nine days ago.
    const lastNight = startOfDay(now - DAY_MS) + 2 * HOUR;
    const nextNight = startOfDay(now) + 2 * HOUR > now ? startOfDay(now) + 2 * HOUR : startOfDay(now) + DAY_MS + 2 * HOUR;
    expect(overview.processing).toEqual({
      ok: true,
      value: {
        failedLast24h: 0,
        running: 0,
        lastRun: { name: `churn-preprocess-${isoDay(lastNight)}`, status: 'Completed', startedAt: new Date(lastNight).toISOString(), endedAt: expect.any(String) },
        nextScheduledRun: { schedule: 'churn-nightly-preprocess', at: new Date(nextNight).toISOString() },
      },
    });

    // The job training right now is the newest; the failed one was eight days ago.
    const liveStarted = now - LIVE_RUN.agoMs;
    expect(overview.training).toEqual({
      ok: true,
      value: { running: 1, failedLast24h: 0, lastRun: { name: trainingJobName(liveStarted, LIVE_RUN.sequence), status: 'InProgress', startedAt: new Date(liveStarted).toISOString() } },
    });

    expect(overview.registry).toEqual({ ok: true, value: { pendingApproval: 1, groups: 1 } });
    expect(overview.endpoints).toEqual({
      ok: true,
      value: { endpoints: [{ name: 'churn-prod', status: 'InService', instances: 2, maxInstances: 4, deploymentInProgress: false }] },
    });
    // churn-prod's three alarms and the two its target-tracking policy made, none in ALARM.
    expect(overview.alarms).toEqual({ ok: true, value: { inAlarm: [], total: 5 } });
    // churn-api and the internal ALB in front of churn-prod, its third target failing health checks.
    expect(overview.serving).toEqual({
      ok: true,
      value: {
        apis: [{ id: expect.stringMatching(/^[a-z0-9]{10}$/), name: 'churn-api', serves: ['churn-prod'] }],
        loadBalancers: [{ name: 'churn-internal-alb', state: 'active', health: { healthy: 2, unhealthy: 1, other: 0 }, serves: 'churn-prod' }],
      },
    });
    expect(overview.readAt).toBe(new Date(now).toISOString());
  });

  it('keeps each stage for the window: calls side by side and within it share one set of AWS calls', async () => {
    const [first, second] = await Promise.all([pipeline(), pipeline()]);
    expect(second).toEqual(first);
    const oneRead = world.sandboxCounters();
    expect(oneRead).toMatchObject({ 's3:ListBuckets': 1, 'monitoring:DescribeAlarms': 1, 'sagemaker:ListTrainingJobs': 3, 'sagemaker:ListModelPackages': 1, 'application-autoscaling:DescribeScalableTargets': 1 });

    world.clock.advance(PAST_THE_WINDOW - 2_000);
    await pipeline();
    expect(world.sandboxCounters()).toEqual(oneRead);

    world.clock.advance(2_000);
    const later = await pipeline();
    expect(world.sandboxCounters()).toMatchObject({ 's3:ListBuckets': 2, 'monitoring:DescribeAlarms': 2, 'sagemaker:ListTrainingJobs': 6 });
    expect(later.readAt).toBe(new Date(world.clock.now()).toISOString());
  });

  it('shows an alarm put into ALARM once the window has passed', async () => {
    // Target tracking's scale-in alarm follows the hour's traffic; the demo's own three do not move by themselves.
    const demoAlarmsInAlarm = (overview: PipelineOverview) =>
      overview.alarms.ok ? overview.alarms.value.inAlarm.filter((alarm) => alarm.name.startsWith('churn-prod-')) : 'failed';
    justAfterAnEvaluation();
    expect(demoAlarmsInAlarm(await pipeline())).toEqual([]);

    await world.raiseAlarm('churn-prod-5xx-errors');
    // Still the read of a moment ago: the overview is cached, not live.
    expect(demoAlarmsInAlarm(await pipeline())).toEqual([]);

    // Before the next whole minute, when CloudWatch would evaluate the alarm back to OK.
    world.clock.advance(PAST_THE_WINDOW);
    const later = await pipeline();
    expect(demoAlarmsInAlarm(later)).toEqual([{ name: 'churn-prod-5xx-errors', resource: 'churn-prod/AllTraffic' }]);
    expect(later.alarms).toMatchObject({ ok: true, value: { total: 5 } });
  });

  it('shows the other stages when one fails, says what to do, and asks AWS again for that stage alone', async () => {
    world.sandbox.control.addFault({ operation: 's3:ListBuckets', kind: 'accessDenied', count: 1 });
    const overview = await pipeline();
    expect(overview.data).toEqual({
      ok: false,
      code: 'AccessDenied',
      message: expect.stringMatching(/^SageDeck could not read the S3 buckets: Access Denied\. .*may not call s3:ListAllMyBuckets/),
    });
    for (const stage of ['processing', 'training', 'registry', 'endpoints', 'alarms', 'serving'] as const) expect(overview[stage].ok).toBe(true);

    const before = world.sandboxCounters();
    const retried = await pipeline();
    expect(retried.data).toEqual({ ok: true, value: { buckets: 2, unversioned: 1, unencrypted: 0, checked: 2 } });
    const after = world.sandboxCounters();
    const asked = Object.keys(after).filter((operation) => after[operation] !== before[operation]);
    expect(asked.sort()).toEqual(['s3:GetBucketEncryption', 's3:GetBucketVersioning', 's3:ListBuckets']);
  });

  it('shows what it could read when an endpoint lacks an operation, and says what is missing', async () => {
    world.sandbox.control.addFault({ operation: 's3:GetBucketVersioning', kind: 'unknownOperation' });
    world.sandbox.control.addFault({ operation: 'application-autoscaling:DescribeScalableTargets', kind: 'unknownOperation' });
    const overview = await pipeline();
    expect(overview.data).toMatchObject({ ok: true, value: { buckets: 2, unversioned: 0, unencrypted: 0, checked: 2 }, notice: expect.stringMatching(/^Versioning of 2 buckets could not be read/) });
    expect(overview.endpoints).toMatchObject({
      ok: true,
      value: { endpoints: [{ name: 'churn-prod', status: 'InService', instances: 2, deploymentInProgress: false }] },
      notice: expect.stringMatching(/^Maximum instances \(Application Auto Scaling\) could not be read/),
    });
    expect(overview.endpoints.ok && overview.endpoints.value.endpoints[0]).not.toHaveProperty('maxInstances');
  });

  it('shows the load balancers where the endpoint has no API Gateway, and says the APIs are missing', async () => {
    world.sandbox.control.addFault({ operation: 'apigateway:*', kind: 'unknownOperation' });
    const overview = await pipeline();
    expect(overview.serving).toMatchObject({
      ok: true,
      value: { apis: [], loadBalancers: [{ name: 'churn-internal-alb', state: 'active' }] },
      notice: expect.stringMatching(/^REST APIs \(API Gateway\) could not be read/),
    });
  });
});
