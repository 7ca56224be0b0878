import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateEndpointConfigCommand,
  DescribeEndpointCommand,
  SageMakerServiceException,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  type DeploymentConfig,
} from '@aws-sdk/client-sagemaker';
import { DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { InvokeEndpointCommand } from '@aws-sdk/client-sagemaker-runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTE, hostModel, imageV, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

const ENDPOINT_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-ep';

async function failure(promise: Promise<unknown>): Promise<SageMakerServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SageMakerServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('UpdateEndpoint blue/green deployments', () => {
  let s: HostingSandbox;
  beforeEach(async () => {
    s = await startHostingSandbox();
    await hostModel(s, { model: 'churn-v1', config: 'churn-config-v1', endpoint: 'churn-ep' }, { tag: '1.5-1', instances: 2 });
    await hostModel(s, { model: 'churn-v2', config: 'churn-config-v2' }, { tag: '1.7-1', instances: 2 });
  });
  afterEach(async () => {
    await s.stop();
  });

  const describeEp = () => s.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-ep' }));

  it('rolls a canary back when its rollback alarm trips during the bake', async () => {
    await s.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'churn-ep-5xx',
        Namespace: 'AWS/SageMaker',
        MetricName: 'Invocation5XXErrors',
        Dimensions: [
          { Name: 'EndpointName', Value: 'churn-ep' },
          { Name: 'VariantName', Value: 'AllTraffic' },
        ],
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 5,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      }),
    );
    s.sandbox.control.traffic.start({ endpointName: 'churn-ep' });
    s.sandbox.control.traffic.setRate({ endpointName: 'churn-ep', ratePerMinute: 1000 });
    // The new model answers a fifth of its requests with 500s; the old one is healthy.
    s.sandbox.control.traffic.setFault({ endpointName: 'churn-ep', variantName: 'AllTraffic', errorRate: 0.2, newFleetOnly: true });

    const deployment: DeploymentConfig = {
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'CANARY', CanarySize: { Type: 'INSTANCE_COUNT', Value: 1 }, WaitIntervalInSeconds: 600 },
        TerminationWaitInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: 3600,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'churn-ep-5xx' }] },
    };
    const started = s.clock.now();
    expect((await s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v2', DeploymentConfig: deployment }))).EndpointArn).toBe(ENDPOINT_ARN);

    let described = await describeEp();
    expect(described.EndpointStatus).toBe('Updating');
    expect(described.EndpointConfigName).toBe('churn-config-v1');
    expect(described.PendingDeploymentSummary).toMatchObject({ EndpointConfigName: 'churn-config-v2', StartTime: new Date(started) });
    expect(described.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status).toBe('Creating');

    // The new fleet comes up and takes the canary's share: one instance of two, half the traffic.
    s.advance(90_000);
    described = await describeEp();
    const pending = described.PendingDeploymentSummary?.ProductionVariants?.[0];
    expect(pending?.VariantStatus?.[0]?.Status).toBe('Baking');
    expect(pending?.VariantStatus?.[0]?.StatusMessage).toContain('50% of traffic');
    expect(pending?.DeployedImages?.[0]?.SpecifiedImage).toBe(imageV('1.7-1'));

    // Within the 10-minute bake, the errors trip the alarm and traffic goes back to the old fleet.
    s.advance(4 * MINUTE);
    described = await describeEp();
    expect(described.EndpointStatus).toBe('InService');
    expect(described.EndpointConfigName).toBe('churn-config-v1');
    expect(described.PendingDeploymentSummary).toBeUndefined();
    expect(described.FailureReason).toContain('churn-ep-5xx');
    expect(described.FailureReason).toContain('ALARM');
    expect(described.LastDeploymentConfig).toEqual(deployment);
    expect(described.ProductionVariants?.[0]).toMatchObject({ CurrentInstanceCount: 2, DesiredInstanceCount: 2 });
    expect(described.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(imageV('1.5-1'));

    // Served by the old model again: no new-fleet errors once the alarm's minute has passed.
    const invoked = await s.runtime.send(new InvokeEndpointCommand({ EndpointName: 'churn-ep', ContentType: 'text/csv', Body: Buffer.from('12,70.5,1,12') }));
    expect(invoked.InvokedProductionVariant).toBe('AllTraffic');
  });

  it('completes a linear deployment step by step, retaining the running instance count', async () => {
    await s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'churn-ep', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 4 }] }));
    s.advance(2 * MINUTE);
    expect((await describeEp()).ProductionVariants?.[0]?.CurrentInstanceCount).toBe(4);

    const deployment: DeploymentConfig = {
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'LINEAR', LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 25 }, WaitIntervalInSeconds: 60 },
        TerminationWaitInSeconds: 30,
        MaximumExecutionTimeoutInSeconds: 1800,
      },
    };
    await s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v2', DeploymentConfig: deployment, RetainAllVariantProperties: true }));
    s.advance(90_000);
    const shares: string[] = [];
    for (let step = 0; step < 4; step++) {
      const message = (await describeEp()).PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.StatusMessage ?? '';
      shares.push(/(\d+)% of traffic/.exec(message)?.[1] ?? message);
      s.advance(60_000);
    }
    expect(shares).toEqual(['25', '50', '75', '100']);
    expect((await describeEp()).PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status).toBe('Deleting');
    s.advance(30_000);

    const done = await describeEp();
    expect(done.EndpointStatus).toBe('InService');
    expect(done.EndpointConfigName).toBe('churn-config-v2');
    expect(done.FailureReason).toBeUndefined();
    expect(done.LastDeploymentConfig).toEqual(deployment);
    // RetainAllVariantProperties: four instances as before, not the config's two.
    expect(done.ProductionVariants?.[0]).toMatchObject({ CurrentInstanceCount: 4, DesiredInstanceCount: 4 });
    expect(done.ProductionVariants?.[0]?.DeployedImages?.[0]?.SpecifiedImage).toBe(imageV('1.7-1'));
    const streams = await s.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/sagemaker/Endpoints/churn-ep' }));
    // Two original instances, two added by the capacity change, four of the new fleet.
    expect(streams.logStreams).toHaveLength(8);

    // RetainDeploymentConfig reuses the last configuration: back to v1, linear again (the default
    // would move all traffic at once).
    await s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v1', RetainDeploymentConfig: true }));
    s.advance(90_000);
    expect((await describeEp()).PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.StatusMessage).toContain(' 25% of traffic');
  });

  it('retains variant properties except the excluded ones', async () => {
    await s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'churn-ep', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 3, DesiredWeight: 5 }] }));
    s.advance(2 * MINUTE);
    await s.sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: 'churn-ep',
        EndpointConfigName: 'churn-config-v2',
        RetainAllVariantProperties: true,
        ExcludeRetainedVariantProperties: [{ VariantPropertyType: 'DesiredInstanceCount' }],
      }),
    );
    s.advance(90_000);
    // The weight the endpoint ran with is kept; the instance count comes from the new config (2).
    expect((await describeEp()).ProductionVariants?.[0]).toMatchObject({ CurrentWeight: 5, DesiredWeight: 5, CurrentInstanceCount: 2, DesiredInstanceCount: 2 });
  });

  it('refuses an update while the endpoint is updating', async () => {
    await s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v2' }));
    const refused = await failure(s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v1' })));
    expect(refused.name).toBe('ValidationException');
    expect(refused.message).toBe(`Cannot update in-progress endpoint "${ENDPOINT_ARN}".`);
    const weights = await failure(s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'churn-ep', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredWeight: 2 }] })));
    expect(weights.message).toBe(`Cannot update in-progress endpoint "${ENDPOINT_ARN}".`);
    // The default deployment: all at once, no bake, done once the new fleet is up.
    s.advance(90_000);
    expect((await describeEp())).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-config-v2' });
  });

  it('changes weights and capacities with UpdateEndpointWeightsAndCapacities', async () => {
    await s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'churn-ep', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 3, DesiredWeight: 2 }] }));
    let described = await describeEp();
    expect(described.EndpointStatus).toBe('Updating');
    expect(described.ProductionVariants?.[0]).toMatchObject({ CurrentInstanceCount: 2, DesiredInstanceCount: 3, CurrentWeight: 1, DesiredWeight: 2 });
    expect(described.ProductionVariants?.[0]?.VariantStatus?.[0]).toMatchObject({ Status: 'Updating', StatusMessage: 'Updating the instance count from 2 to 3.' });
    s.advance(2 * MINUTE);
    described = await describeEp();
    expect(described.EndpointStatus).toBe('InService');
    expect(described.ProductionVariants?.[0]).toMatchObject({ CurrentInstanceCount: 3, DesiredInstanceCount: 3, CurrentWeight: 2, DesiredWeight: 2 });
    expect(described.ProductionVariants?.[0]?.VariantStatus).toBeUndefined();
    const streams = await s.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/sagemaker/Endpoints/churn-ep' }));
    expect(streams.logStreams).toHaveLength(3);

    const unknown = await failure(s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'churn-ep', DesiredWeightsAndCapacities: [{ VariantName: 'Shadow', DesiredInstanceCount: 1 }] })));
    expect(unknown.message).toBe(`The variant name(s) [Shadow] is/are not present in the endpoint "${ENDPOINT_ARN}".`);
    const missing = await failure(s.sagemaker.send(new UpdateEndpointWeightsAndCapacitiesCommand({ EndpointName: 'nope', DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 1 }] })));
    expect(missing.message).toBe('Could not find endpoint "arn:aws:sagemaker:us-east-1:111122223333:endpoint/nope".');
  });

  it("checks DeploymentConfig against AWS's ranges and rules", async () => {
    const update = (config: DeploymentConfig) => failure(s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-v2', DeploymentConfig: config })));
    const ranges = await update({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 3601 },
        TerminationWaitInSeconds: -1,
        MaximumExecutionTimeoutInSeconds: 599,
      },
    });
    expect(ranges.message).toBe(
      "3 validation errors detected: Value '3601' at 'deploymentConfig.blueGreenUpdatePolicy.trafficRoutingConfiguration.waitIntervalInSeconds' failed to satisfy constraint: Member must have value less than or equal to 3600; " +
        "Value '-1' at 'deploymentConfig.blueGreenUpdatePolicy.terminationWaitInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 0; " +
        "Value '599' at 'deploymentConfig.blueGreenUpdatePolicy.maximumExecutionTimeoutInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 600",
    );
    const canary = await update({ BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY', CanarySize: { Type: 'INSTANCE_COUNT', Value: 2 }, WaitIntervalInSeconds: 60 } } });
    expect(canary.message).toContain('CanarySize must be less than or equal to 50%');
    const linear = await update({ BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'LINEAR', LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 60 }, WaitIntervalInSeconds: 60 } } });
    expect(linear.message).toContain('LinearStepSize must be between 10% and 50%');
    const alarm = await update({ AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'no-such-alarm' }] } });
    expect(alarm.message).toContain('no-such-alarm');
    expect((await describeEp()).EndpointStatus).toBe('InService');
  });

  it('rolls back when the deployment outlives MaximumExecutionTimeoutInSeconds', async () => {
    await s.sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: 'churn-ep',
        EndpointConfigName: 'churn-config-v2',
        DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 540 }, MaximumExecutionTimeoutInSeconds: 600 } },
      }),
    );
    // Provisioning (90 s) plus the 540 s bake does not fit in 600 s.
    s.advance(599_000);
    expect((await describeEp()).EndpointStatus).toBe('Updating');
    s.advance(1_000);
    const described = await describeEp();
    expect(described).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-config-v1' });
    expect(described.FailureReason).toContain('MaximumExecutionTimeoutInSeconds (600 seconds)');
  });

  it('rolls back when the new model cannot be hosted', async () => {
    await s.sagemaker.send(
      new CreateEndpointConfigCommand({ EndpointConfigName: 'churn-config-bad', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'churn-v2', InstanceType: 'ml.m5.large', InitialInstanceCount: 2 }] }),
    );
    const { CreateModelCommand } = await import('@aws-sdk/client-sagemaker');
    await s.sagemaker.send(new CreateModelCommand({ ModelName: 'churn-bad', ExecutionRoleArn: 'arn:aws:iam::111122223333:role/R', PrimaryContainer: { Image: imageV('invalid-tag') } }));
    await s.sagemaker.send(
      new CreateEndpointConfigCommand({ EndpointConfigName: 'churn-config-broken', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'churn-bad', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }),
    );
    await s.sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'churn-ep', EndpointConfigName: 'churn-config-broken' }));
    s.advance(90_000);
    const described = await describeEp();
    expect(described).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-config-v1' });
    expect(described.FailureReason).toContain('Failed to pull image');
  });
});
