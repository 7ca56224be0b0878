import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EndpointDetail, EndpointPage, RollbackPlan } from '../../../shared/domain/endpoints';
import { until } from '../jobs/jobs-harness';
import { latestProgress, PACKAGE, startEndpointsWorld, type EndpointsWorld } from './endpoints-harness';

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
});
afterEach(async () => world.close());

const canary = (extra: Record<string, unknown> = {}) => ({
  endpointName: 'churn-prod',
  modelPackageArn: PACKAGE(3),
  instanceType: 'ml.m5.large',
  instanceCount: 2,
  strategy: { type: 'canary', canarySize: { type: 'INSTANCE_COUNT', value: 1 }, waitSeconds: 600 },
  ...extra,
});

const inService = async () => (await world.endpoint()).EndpointStatus === 'InService';

describe('endpoints.list and describe on the demo seed', () => {
  it('lists churn-prod with its variant and the version it serves, derived from the model data', async () => {
    const page = await world.ok<EndpointPage>('endpoints.list', {});
    expect(page.notice).toBeUndefined();
    const prod = page.items.find((e) => e.name === 'churn-prod');
    expect(prod).toMatchObject({ status: 'InService', configName: 'churn-prod-config-v3', deploymentInProgress: false });
    expect(prod?.variants).toEqual([
      expect.objectContaining({ variantName: 'AllTraffic', instanceType: 'ml.m5.large', currentInstanceCount: 2, currentWeight: 1, modelName: 'churn-xgb-v3', modelVersion: { packageArn: PACKAGE(3), group: 'churn-prediction', version: 3, derivedFrom: 'modelData' } }),
    ]);
    const detail = await world.detail();
    expect(detail.history).toEqual([expect.objectContaining({ configName: 'churn-prod-config-v3', outcome: 'serving', createdBySageDeck: false })]);
    // No record links the seed's configs: the previous one is derived from its name, and says so.
    expect(detail.rollbackTarget).toMatchObject({ configName: 'churn-prod-config-v1', derived: true });
  });
});

describe('endpoints.deploy', () => {
  it('refuses a version that is not approved unless overridden with a reason, which is journalled', async () => {
    const refused = await world.fail('endpoints.deploy', canary({ modelPackageArn: PACKAGE(4) }));
    expect(refused).toMatchObject({ code: 'NotApproved', fields: { modelPackageArn: expect.stringMatching(/Version 4 is PendingManualApproval/) } });
    const noReason = await world.fail('endpoints.deploy', canary({ modelPackageArn: PACKAGE(4), override: true }));
    expect(noReason.fields).toMatchObject({ reason: expect.stringMatching(/why/) });
    const done = await world.ok<{ configName: string }>('endpoints.deploy', canary({ modelPackageArn: PACKAGE(4), override: true, reason: 'hotfix for the holiday campaign' }));
    expect((await world.endpoint()).PendingDeploymentSummary?.EndpointConfigName).toBe(done.configName);
    const journal = await world.ok<{ channel: string; input: { reason?: string }; outcome: string }[]>('journal.list', {});
    expect(journal.filter((e) => e.channel === 'endpoints.deploy').map((e) => [e.outcome, e.input.reason])).toEqual([
      ['success', 'hotfix for the holiday campaign'],
      ['failure', undefined],
    ]);
  });

  it('refuses a canary above 50% before any call, and an update while one runs (retryable)', async () => {
    const big = await world.fail('endpoints.deploy', canary({ strategy: { type: 'canary', canarySize: { type: 'CAPACITY_PERCENT', value: 60 }, waitSeconds: 60 } }));
    expect(big.fields).toMatchObject({ 'strategy.canarySize.value': expect.stringMatching(/50%/) });
    await world.ok('endpoints.deploy', canary());
    const again = await world.fail('endpoints.deploy', canary());
    expect(again).toMatchObject({ code: 'UpdateInProgress', retryable: true, message: expect.stringMatching(/Updating.*Wait/) });
    const plan = await world.ok<RollbackPlan>('endpoints.rollbackPlan', { endpointName: 'churn-prod' });
    expect(plan.blockedReason).toMatch(/Updating/);
    expect(await world.fail('endpoints.rollback', { endpointName: 'churn-prod' })).toMatchObject({ code: 'UpdateInProgress', retryable: true });
  });

  it('shows the canary live, and AWS rolling it back when a rollback alarm fires during the bake', async () => {
    const done = await world.ok<{ configName: string }>('endpoints.deploy', canary({ rollbackAlarms: ['churn-prod-5xx-errors'] }));
    const live = world.subscribe('endpoints.deployment', { endpointName: 'churn-prod' });
    const last = () => latestProgress(live);
    // The first poll runs at subscribe time, outside the stepped timers: wait for its snapshot before
    // moving the clock (as the jobs watcher tests do), or the bake is over before anyone looked.
    await until(() => live.events.length > 0 || live.ended !== undefined, 'the first snapshot');
    expect(live.events[0]).toMatchObject({ type: 'snapshot', items: [{ phase: 'provisioning', targetConfigName: done.configName, done: false }] });
    await world.advanceUntil(async () => last()?.phase === 'baking', 'the canary to bake');
    expect(last()).toMatchObject({ targetConfigName: done.configName, servingConfigName: 'churn-prod-config-v3', newFleetShare: 0.5, alarms: [expect.objectContaining({ name: 'churn-prod-5xx-errors' })] });
    expect(last()?.step).toMatch(/Baking for 600 seconds/);
    await world.raiseAlarm('churn-prod-5xx-errors');
    await world.advanceUntil(async () => last()?.done === true, 'the rollback');
    expect(last()).toMatchObject({ phase: 'rolledBack', servingConfigName: 'churn-prod-config-v3', reason: expect.stringMatching(/rolled back.*churn-prod-5xx-errors/) });
    live.cancel();
    const detail = await world.detail();
    expect(detail.configName).toBe('churn-prod-config-v3');
    // The previous version still serves, on the previous fleet.
    expect(detail.variants).toEqual([expect.objectContaining({ modelVersion: expect.objectContaining({ version: 3 }), instanceType: 'ml.m5.large', currentInstanceCount: 2 })]);
    expect((await world.endpoint()).PendingDeploymentSummary).toBeUndefined();
    expect(detail.history.slice(0, 2)).toEqual([
      expect.objectContaining({ configName: done.configName, outcome: 'rolledBack', kind: 'deploy', outcomeDetail: expect.stringMatching(/churn-prod-5xx-errors/) }),
      expect.objectContaining({ configName: 'churn-prod-config-v3', outcome: 'serving' }),
    ]);
  });

  it('deploys all at once, then rolls back in one call to the previous config, and the history shows both', async () => {
    const done = await world.ok<{ configName: string }>('endpoints.deploy', canary({ modelPackageArn: PACKAGE(1), strategy: { type: 'allAtOnce', waitSeconds: 0 } }));
    await world.advanceUntil(inService, 'the deployment');
    expect((await world.endpoint()).EndpointConfigName).toBe(done.configName);
    let detail: EndpointDetail = await world.detail();
    expect(detail.variants[0]?.modelVersion).toMatchObject({ version: 1, packageArn: PACKAGE(1) });
    expect(detail.rollbackTarget).toMatchObject({ configName: 'churn-prod-config-v3' });
    expect(detail.rollbackTarget?.derived).toBeUndefined();
    const plan = await world.ok<RollbackPlan>('endpoints.rollbackPlan', { endpointName: 'churn-prod' });
    expect(plan).toMatchObject({ fromConfigName: done.configName, toConfigName: 'churn-prod-config-v3' });
    expect(plan.before[0]?.modelVersion?.version).toBe(1);
    expect(plan.after[0]?.modelVersion?.version).toBe(3);
    // Destructive: without a confirmation the gate refuses it.
    expect((await world.request('endpoints.rollback', { endpointName: 'churn-prod' })).ok).toBe(false);
    await world.ok('endpoints.rollback', { endpointName: 'churn-prod' });
    // Blue/green: the old fleet serves (InService answers) while the new one comes up.
    expect((await world.endpoint()).EndpointStatus).toBe('Updating');
    await world.advanceUntil(inService, 'the rollback');
    expect((await world.endpoint()).EndpointConfigName).toBe('churn-prod-config-v3');
    detail = await world.detail();
    expect(detail.history.slice(0, 3).map((e) => [e.configName, e.kind, e.outcome])).toEqual([
      ['churn-prod-config-v3', 'rollback', 'serving'],
      [done.configName, 'deploy', 'rolledBackFrom'],
      ['churn-prod-config-v3', undefined, 'replaced'],
    ]);
    expect(detail.history[1]?.servedUntil).toBe(detail.history[0]?.servedFrom);
  });
});
