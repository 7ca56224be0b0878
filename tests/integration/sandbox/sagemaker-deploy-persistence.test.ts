import { DescribeScalableTargetsCommand, RegisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';
import { DescribeEndpointCommand, UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from './support';
import { MINUTE, hostModel, startHostingSandbox, type HostingSandbox } from './sagemaker-deploy-harness';

describe('a deployment in progress across a restart with --data-dir', () => {
  let dir: ReturnType<typeof tempDir>;
  const running: HostingSandbox[] = [];
  beforeEach(() => {
    dir = tempDir('sagedeck-deploy-');
  });
  afterEach(async () => {
    for (const s of running.splice(0)) await s.stop();
    dir.remove();
  });

  it('resumes the bake and completes, with the scalable target still registered', async () => {
    const first = await startHostingSandbox('empty', dir.path);
    running.push(first);
    await hostModel(first, { model: 'churn-v1', config: 'churn-config-v1', endpoint: 'churn-ep' }, { tag: '1.5-1' });
    await hostModel(first, { model: 'churn-v2', config: 'churn-config-v2' }, { tag: '1.7-1' });
    await first.autoscaling.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'sagemaker', ResourceId: 'endpoint/churn-ep/variant/AllTraffic', ScalableDimension: 'sagemaker:variant:DesiredInstanceCount', MinCapacity: 1, MaxCapacity: 4 }));
    await first.sagemaker.send(
      new UpdateEndpointCommand({
        EndpointName: 'churn-ep',
        EndpointConfigName: 'churn-config-v2',
        DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY', CanarySize: { Type: 'CAPACITY_PERCENT', Value: 50 }, WaitIntervalInSeconds: 300 } } },
      }),
    );
    first.advance(2 * MINUTE);
    await running.splice(0)[0]?.stop();

    const second = await startHostingSandbox('empty', dir.path);
    running.push(second);
    const describe = () => second.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-ep' }));
    const resumed = await describe();
    expect(resumed.EndpointStatus).toBe('Updating');
    expect(resumed.PendingDeploymentSummary?.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status).toBe('Baking');
    expect((await second.autoscaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker' }))).ScalableTargets).toHaveLength(1);

    second.advance(15 * MINUTE);
    expect(await describe()).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'churn-config-v2' });
  });
});
