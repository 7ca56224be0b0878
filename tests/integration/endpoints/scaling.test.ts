import { ApplicationAutoScalingClient, DescribeScalableTargetsCommand, DescribeScalingPoliciesCommand } from '@aws-sdk/client-application-auto-scaling';
import { CreateEndpointConfigCommand, DescribeEndpointConfigCommand, UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOSTING_PRICES_UNVERIFIED } from '../../../electron/core/areas/endpoints/scaling-cost';
import table from '../../../resources/pricing/sagemaker-on-demand.json';
import type { Budget, EndpointDetail, EndpointScaling, InstanceTypeChangeResult, ScalingCost, VariantScaling } from '../../../shared/domain/endpoints';
import { PACKAGE, startEndpointsWorld, type EndpointsWorld } from './endpoints-harness';

let world: EndpointsWorld;
let autoscaling: ApplicationAutoScalingClient;
beforeEach(async () => {
  world = await startEndpointsWorld();
  autoscaling = new ApplicationAutoScalingClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
});
afterEach(async () => {
  autoscaling.destroy();
  await world.close();
});

const RESOURCE = 'endpoint/churn-prod/variant/AllTraffic';
const LARGE = (table.hourly.hosting as Record<string, number>)['ml.m5.large']!;
const XLARGE = (table.hourly.hosting as Record<string, number>)['ml.m5.xlarge']!;
const cents = (value: number) => Math.round(value * 100) / 100;
const target = async () =>
  (await autoscaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', ResourceIds: [RESOURCE], ScalableDimension: 'sagemaker:variant:DesiredInstanceCount' }))).ScalableTargets?.[0];
const policies = async () =>
  (await autoscaling.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker', ResourceId: RESOURCE, ScalableDimension: 'sagemaker:variant:DesiredInstanceCount' }))).ScalingPolicies ?? [];
const inService = async () => (await world.endpoint()).EndpointStatus === 'InService';
const autoscalingWrites = () =>
  Object.entries(world.sandboxCounters()).filter(([name]) => /:(RegisterScalableTarget|PutScalingPolicy|DeregisterScalableTarget)$/.test(name));

describe('endpoints.scaling', () => {
  it('shows the scalable target, its target-tracking policy, activities and the cost at min and max with source and date', async () => {
    const scaling = await world.ok<EndpointScaling>('endpoints.scaling', { endpointName: 'churn-prod' });
    expect(scaling.variants).toHaveLength(1);
    const [variant] = scaling.variants;
    expect(variant).toMatchObject({ variantName: 'AllTraffic', instanceType: 'ml.m5.large', currentInstanceCount: 2, target: { minCapacity: 1, maxCapacity: 4, suspended: false } });
    expect(variant!.policies).toEqual([
      expect.objectContaining({
        policyName: 'churn-prod-invocations-target-tracking',
        policyType: 'TargetTrackingScaling',
        targetValue: 750,
        metric: 'SageMakerVariantInvocationsPerInstance',
        scaleInCooldownSeconds: 600,
        scaleOutCooldownSeconds: 300,
        alarms: expect.arrayContaining([expect.stringMatching(/^TargetTracking-endpoint\/churn-prod/)]),
      }),
    ]);
    expect(Array.isArray(variant!.activities)).toBe(true);
    expect(variant!.cost).toEqual({
      currency: 'USD',
      instanceType: 'ml.m5.large',
      hourlyPrice: LARGE,
      hourlyAtMin: cents(LARGE),
      hourlyAtMax: cents(LARGE * 4),
      monthlyAtMin: cents(LARGE * 730),
      monthlyAtMax: cents(LARGE * 4 * 730),
      // The hosting section's own source and date, and that it was never re-checked against the page.
      source: table.sectionSources.hosting.source,
      priceDate: table.sectionSources.hosting.asOf,
      note: HOSTING_PRICES_UNVERIFIED,
    });
    expect(variant!.cost?.source).toMatch(/Real-Time Inference.*https:\/\/aws\.amazon\.com\/sagemaker\/pricing\//);
    expect(variant!.cost?.note).toMatch(/without a live re-check/);
  });
});

describe('endpoints.budget and scalingCost', () => {
  it('keeps the profile\'s monthly budget and warns when the maximum\'s monthly cost exceeds it', async () => {
    expect(await world.ok<Budget>('endpoints.budget', {})).toEqual({ profile: 'base' });
    const underMax = cents(LARGE * 4 * 730) - 1;
    expect(await world.ok<Budget>('endpoints.setBudget', { monthlyUsd: underMax })).toEqual({ profile: 'base', monthlyUsd: underMax });
    expect(await world.ok<Budget>('endpoints.budget', {})).toEqual({ profile: 'base', monthlyUsd: underMax });

    const four = await world.ok<ScalingCost>('endpoints.scalingCost', { instanceType: 'ml.m5.large', minCapacity: 1, maxCapacity: 4 });
    expect(four).toMatchObject({ budgetMonthly: underMax, monthlyAtMax: cents(LARGE * 4 * 730) });
    expect(four.warning).toMatch(/At its maximum of 4 × ml\.m5\.large this variant costs \$[\d,]+\.\d\d a month, over the profile's budget of \$[\d,]+\.\d\d\./);
    const three = await world.ok<ScalingCost>('endpoints.scalingCost', { instanceType: 'ml.m5.large', minCapacity: 1, maxCapacity: 3 });
    expect(three.warning).toBeUndefined();
    // The scaling view carries the same warning for the variant as it is.
    const scaling = await world.ok<EndpointScaling>('endpoints.scaling', { endpointName: 'churn-prod' });
    expect(scaling.variants[0]?.cost?.warning).toBe(four.warning);

    // A type SageMaker hosts on that the shipped table does not price: said, not guessed.
    const unpriced = await world.ok<ScalingCost>('endpoints.scalingCost', { instanceType: 'ml.c4.large', minCapacity: 1, maxCapacity: 2 });
    expect(unpriced).toEqual({ currency: 'USD', instanceType: 'ml.c4.large', source: table.sectionSources.hosting.source, priceDate: table.sectionSources.hosting.asOf, budgetMonthly: underMax, note: 'The price table has no hosting price for ml.c4.large.' });

    expect((await world.fail('endpoints.setBudget', { monthlyUsd: 0 })).fields).toMatchObject({ monthlyUsd: 'Above 0.' });
    expect(await world.ok<Budget>('endpoints.setBudget', { monthlyUsd: null })).toEqual({ profile: 'base' });
    expect((await world.ok<ScalingCost>('endpoints.scalingCost', { instanceType: 'ml.m5.large', minCapacity: 1, maxCapacity: 4 })).warning).toBeUndefined();
  });
});

describe('endpoints.setScaling', () => {
  it('refuses bad capacity and policy values as field errors before any Auto Scaling call', async () => {
    world.sandbox.control.resetCounters();
    const base = { endpointName: 'churn-prod', variantName: 'AllTraffic' };
    expect((await world.fail('endpoints.setScaling', { ...base, minCapacity: 3, maxCapacity: 2 })).fields).toMatchObject({ maxCapacity: 'At least the minimum capacity.' });
    expect((await world.fail('endpoints.setScaling', { ...base, minCapacity: 0, maxCapacity: 2 })).fields).toMatchObject({ minCapacity: 'At least 1 instance.' });
    expect((await world.fail('endpoints.setScaling', { ...base, minCapacity: 1, maxCapacity: 2.5 })).fields).toMatchObject({ maxCapacity: 'A whole number.' });
    const badPolicy = await world.fail('endpoints.setScaling', { ...base, minCapacity: 1, maxCapacity: 4, policy: { policyName: 'p', targetValue: 0 } });
    expect(badPolicy.fields).toMatchObject({ 'policy.targetValue': 'Above 0.' });
    expect(autoscalingWrites()).toEqual([]);
    expect(await target()).toMatchObject({ MinCapacity: 1, MaxCapacity: 4 });
  });

  it('raises the maximum and changes the policy, with the new cost and the budget warning', async () => {
    await world.ok('endpoints.setBudget', { monthlyUsd: 500 });
    const saved = await world.ok<VariantScaling>('endpoints.setScaling', {
      endpointName: 'churn-prod',
      variantName: 'AllTraffic',
      minCapacity: 2,
      maxCapacity: 8,
      policy: { policyName: 'churn-prod-invocations-target-tracking', targetValue: 600, scaleInCooldownSeconds: 900, scaleOutCooldownSeconds: 120, disableScaleIn: true },
    });
    expect(saved.target).toEqual({ minCapacity: 2, maxCapacity: 8, suspended: false });
    expect(saved.policies).toEqual([expect.objectContaining({ targetValue: 600, scaleInCooldownSeconds: 900, scaleOutCooldownSeconds: 120, disableScaleIn: true })]);
    expect(saved.cost).toMatchObject({ monthlyAtMin: cents(LARGE * 2 * 730), monthlyAtMax: cents(LARGE * 8 * 730), budgetMonthly: 500, warning: expect.stringMatching(/maximum of 8 × ml\.m5\.large/) });
    // As Application Auto Scaling has it.
    expect(await target()).toMatchObject({ MinCapacity: 2, MaxCapacity: 8 });
    const [policy] = await policies();
    expect(policy?.TargetTrackingScalingPolicyConfiguration).toMatchObject({ TargetValue: 600, ScaleInCooldown: 900, ScaleOutCooldown: 120, DisableScaleIn: true });
    const journal = await world.ok<{ channel: string; outcome: string }[]>('journal.list', {});
    expect(journal.find((e) => e.channel === 'endpoints.setScaling')).toMatchObject({ outcome: 'success' });

    // Traffic well above 600 a minute per instance: Auto Scaling scales out, and the view shows it.
    world.sandbox.control.traffic.setRate({ endpointName: 'churn-prod', ratePerMinute: 6_000 });
    await world.advanceUntil(async () => (await world.ok<EndpointScaling>('endpoints.scaling', { endpointName: 'churn-prod' })).variants[0]!.activities.length > 0, 'a scaling activity', 30);
    const scaled = (await world.ok<EndpointScaling>('endpoints.scaling', { endpointName: 'churn-prod' })).variants[0]!;
    expect(scaled.activities[0]).toMatchObject({
      description: expect.stringMatching(/^Setting desired instance count to [3-8]\.$/),
      cause: expect.stringMatching(/AlarmHigh.* in state ALARM triggered policy churn-prod-invocations-target-tracking/),
    });
  });
});

describe('changing the instance type of an autoscaled variant', () => {
  it('AWS refuses it done the wrong way: an UpdateEndpoint (or a deploy) that changes the type while the scalable target is registered', async () => {
    await world.sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'churn-prod-config-xlarge',
        ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'churn-xgb-v3', InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 2 }],
      }),
    );
    const direct = await world.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-prod', EndpointConfigName: 'churn-prod-config-xlarge' })).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(direct?.name).toBe('ValidationException');
    expect(direct?.message).toMatch(/must be deregistered as scalable targets with AWS Application Auto Scaling before they can be removed or have their instance type updated/);

    // Through SageDeck's deploy, the same refusal lands on the instance type field.
    const deployed = await world.fail('endpoints.deploy', {
      endpointName: 'churn-prod',
      modelPackageArn: PACKAGE(3),
      instanceType: 'ml.m5.xlarge',
      instanceCount: 2,
      strategy: { type: 'allAtOnce', waitSeconds: 0 },
    });
    expect(deployed).toMatchObject({ code: 'ValidationException', fields: { instanceType: expect.stringMatching(/must be deregistered as scalable targets/) } });
    expect(await world.endpoint()).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-prod-config-v3' });
  });

  it('the guided change deregisters, updates to a copy of the config on the new type, and re-registers the same scaling once InService', async () => {
    expect((await world.fail('endpoints.changeInstanceType', { endpointName: 'churn-prod', variantName: 'AllTraffic', instanceType: 'ml.m5.large' })).fields).toMatchObject({
      instanceType: 'Already this type.',
    });
    expect((await world.fail('endpoints.changeInstanceType', { endpointName: 'churn-prod', variantName: 'Shadow', instanceType: 'ml.m5.xlarge' })).fields).toMatchObject({
      variantName: 'No such variant.',
    });
    // Destructive: the gate wants a confirmation first.
    expect((await world.request('endpoints.changeInstanceType', { endpointName: 'churn-prod', variantName: 'AllTraffic', instanceType: 'ml.m5.xlarge' })).ok).toBe(false);

    const result = await world.ok<InstanceTypeChangeResult>('endpoints.changeInstanceType', { endpointName: 'churn-prod', variantName: 'AllTraffic', instanceType: 'ml.m5.xlarge' });
    expect(result).toMatchObject({ endpointName: 'churn-prod', variantName: 'AllTraffic', scaling: 'pending', reRegister: { minCapacity: 1, maxCapacity: 4, policies: ['churn-prod-invocations-target-tracking'] } });
    // Deregistered (AWS deletes the policies with the target) while the update runs.
    expect(await target()).toBeUndefined();
    expect(await policies()).toEqual([]);
    const config = await world.sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: result.configName }));
    expect(config.ProductionVariants).toEqual([expect.objectContaining({ VariantName: 'AllTraffic', ModelName: 'churn-xgb-v3', InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 2 })]);
    expect((await world.endpoint()).EndpointStatus).toBe('Updating');
    // While it runs, looking at the scaling does not put it back yet.
    expect((await world.ok<EndpointScaling>('endpoints.scaling', { endpointName: 'churn-prod' })).variants[0]?.target).toBeUndefined();

    await world.advanceUntil(inService, 'the instance type change');
    expect((await world.endpoint()).EndpointConfigName).toBe(result.configName);
    // The next look at the endpoint's scaling re-registers what was there, policy included.
    const after = await world.ok<EndpointScaling>('endpoints.scaling', { endpointName: 'churn-prod' });
    expect(after.variants[0]).toMatchObject({ instanceType: 'ml.m5.xlarge', target: { minCapacity: 1, maxCapacity: 4 }, cost: { hourlyPrice: XLARGE } });
    expect(after.variants[0]?.policies).toEqual([expect.objectContaining({ policyName: 'churn-prod-invocations-target-tracking', targetValue: 750, scaleInCooldownSeconds: 600, scaleOutCooldownSeconds: 300 })]);
    expect(await target()).toMatchObject({ MinCapacity: 1, MaxCapacity: 4 });
    // Once only: a second look changes nothing.
    world.sandbox.control.resetCounters();
    await world.ok('endpoints.scaling', { endpointName: 'churn-prod' });
    expect(autoscalingWrites()).toEqual([]);

    const detail = await world.ok<EndpointDetail>('endpoints.describe', { endpointName: 'churn-prod' });
    expect(detail.history[0]).toMatchObject({ configName: result.configName, kind: 'instance-type-change', outcome: 'serving', previousConfigName: 'churn-prod-config-v3' });
    expect(detail.rollbackTarget?.configName).toBe('churn-prod-config-v3');
  });
});
