import { ApplicationAutoScalingClient, DeregisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';
import { UpdateEndpointWeightsAndCapacitiesCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until, type WatchRecorder } from '../jobs/jobs-harness';
import { latestProgress, PACKAGE, progressesOf, startEndpointsWorld, type EndpointsWorld } from './endpoints-harness';

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
  // The demo's target tracking follows traffic that depends on the hour of day: at some hours it
  // scales churn-prod in right after the rollback, a capacity change this test did not make. These
  // tests make their own, so the demo's scaling goes (AWS deletes the policy with the target).
  const autoscaling = new ApplicationAutoScalingClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
  await autoscaling.send(
    new DeregisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: 'endpoint/churn-prod/variant/AllTraffic', ScalableDimension: 'sagemaker:variant:DesiredInstanceCount' }),
  );
  autoscaling.destroy();
});
afterEach(async () => world.close());

const watchDeployment = async (): Promise<WatchRecorder> => {
  const live = world.subscribe('endpoints.deployment', { endpointName: 'churn-prod' });
  // The first poll runs at subscribe time, outside the stepped timers: wait for its snapshot.
  await until(() => live.events.length > 0 || live.ended !== undefined, 'the first snapshot');
  return live;
};

/** A scale-in as Auto Scaling makes it: UpdateEndpointWeightsAndCapacities, no new endpoint config. */
const scaleIn = async (servingConfigName: string) => {
  await world.sagemaker.send(
    new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'churn-prod', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 1 }] }),
  );
  const during = await world.endpoint();
  // What AWS shows during a capacity change: Updating, the same config, no pending deployment.
  expect(during).toMatchObject({ EndpointStatus: 'Updating', EndpointConfigName: servingConfigName });
  expect(during.PendingDeploymentSummary).toBeUndefined();
  expect(during.ProductionVariants?.[0]).toMatchObject({ CurrentInstanceCount: 2, DesiredInstanceCount: 1 });
};

describe('endpoints.deployment after the deployment ended', () => {
  it('keeps showing the rollback while a capacity change makes the endpoint Updating again', async () => {
    const done = await world.ok<{ configName: string }>('endpoints.deploy', {
      endpointName: 'churn-prod',
      modelPackageArn: PACKAGE(3),
      instanceType: 'ml.m5.large',
      instanceCount: 2,
      strategy: { type: 'canary', canarySize: { type: 'INSTANCE_COUNT', value: 1 }, waitSeconds: 600 },
      rollbackAlarms: ['churn-prod-5xx-errors'],
    });
    const live = await watchDeployment();
    await world.advanceUntil(async () => latestProgress(live)?.phase === 'baking', 'the canary to bake');
    await world.raiseAlarm('churn-prod-5xx-errors');
    await world.advanceUntil(async () => latestProgress(live)?.done === true, 'the rollback');
    const rolledBack = { phase: 'rolledBack', done: true, targetConfigName: done.configName, servingConfigName: 'churn-prod-config-v3', reason: expect.stringMatching(/rolled back.*churn-prod-5xx-errors/) };
    expect(latestProgress(live)).toMatchObject({ status: 'InService', ...rolledBack });
    const seenBefore = progressesOf(live).length;

    await scaleIn('churn-prod-config-v3');
    const after = () => progressesOf(live).slice(seenBefore);
    await world.advanceUntil(async () => after().some((p) => p.status === 'Updating') && latestProgress(live)?.status === 'InService', 'the scale-in seen and over');
    expect((await world.endpoint()).ProductionVariants?.[0]).toMatchObject({ CurrentInstanceCount: 1 });
    // Every progress delivered through the capacity change still tells how the deployment ended.
    expect(after().map((p) => p.status)).toEqual(['Updating', 'InService']);
    for (const progress of after()) expect(progress).toMatchObject(rolledBack);
    expect(live.ended).toBeUndefined();
    live.cancel();
  });

  it('shows the finished deployment to a viewer who opens it during a capacity change, and the next deployment as one', async () => {
    const allAtOnce = { endpointName: 'churn-prod', instanceType: 'ml.m5.large', instanceCount: 2, strategy: { type: 'allAtOnce', waitSeconds: 0 } };
    const done = await world.ok<{ configName: string }>('endpoints.deploy', { ...allAtOnce, modelPackageArn: PACKAGE(1) });
    await world.advanceUntil(async () => (await world.endpoint()).EndpointStatus === 'InService', 'the deployment');
    await scaleIn(done.configName);
    const live = await watchDeployment();
    const finished = { phase: 'inService', done: true, targetConfigName: done.configName, servingConfigName: done.configName };
    expect(live.events[0]).toMatchObject({ type: 'snapshot', items: [{ status: 'Updating', ...finished }] });
    await world.advanceUntil(async () => latestProgress(live)?.status === 'InService', 'the scale-in to end');
    for (const progress of progressesOf(live)) expect(progress).toMatchObject(finished);
    // A new endpoint config is a new deployment again, on the same stream.
    const next = await world.ok<{ configName: string }>('endpoints.deploy', { ...allAtOnce, modelPackageArn: PACKAGE(3) });
    await world.advanceUntil(async () => latestProgress(live)?.targetConfigName === next.configName, 'the next deployment');
    expect(latestProgress(live)).toMatchObject({ status: 'Updating', phase: 'provisioning', done: false, servingConfigName: done.configName });
    live.cancel();
  });
});
