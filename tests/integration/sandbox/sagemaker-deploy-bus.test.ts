import { DescribeEndpointCommand, DescribeProcessingJobCommand, SageMakerClient, type CreateProcessingJobCommandInput } from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { createManualClock, type ManualClock } from '../../../electron/sandbox/clock';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { createSageMakerModule } from '../../../electron/sandbox/services/sagemaker';
import { AwsError, type SandboxBus, type ServiceModuleFactory } from '../../../electron/sandbox/types';
import { ROLE_ARN } from './sagemaker-deploy-harness';

const where = { accountId: '111122223333', region: 'us-east-1' };

function processingInput(name: string): CreateProcessingJobCommandInput {
  return {
    ProcessingJobName: name,
    RoleArn: ROLE_ARN,
    AppSpecification: { ImageUri: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3' },
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
  };
}

/** What other modules (Scheduler, Auto Scaling) get from SageMaker through the bus. */
describe('SageMaker on the sandbox bus', () => {
  let bus: SandboxBus = {};
  let sandbox: RunningSandbox;
  let clock: ManualClock;
  let sagemaker: SageMakerClient;
  // A module that only keeps a reference to the bus, as any consumer module would.
  const probe: ServiceModuleFactory = (env) => {
    bus = env.bus;
    return { services: [] };
  };

  beforeEach(async () => {
    clock = createManualClock();
    sandbox = await startSandbox({ clock, modules: [createLogsModule, createSageMakerModule, probe] });
    sagemaker = new SageMakerClient({ endpoint: sandbox.endpoint, region: 'us-east-1', credentials: sandbox.credentials, maxAttempts: 1 });
  });
  afterEach(async () => {
    sagemaker.destroy();
    await sandbox.stop();
  });

  it('starts a processing job exactly as CreateProcessingJob does', async () => {
    const arn = bus.processing?.start(where, processingInput('nightly-preprocess-1'));
    expect(arn).toBe('arn:aws:sagemaker:us-east-1:111122223333:processing-job/nightly-preprocess-1');
    const job = await sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: 'nightly-preprocess-1' }));
    expect(job.ProcessingJobStatus).toBe('InProgress');
    clock.advance(30 * 60_000);
    expect((await sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: 'nightly-preprocess-1' }))).ProcessingJobStatus).toBe('Completed');

    const duplicate = (() => {
      try {
        bus.processing?.start(where, processingInput('nightly-preprocess-1'));
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(duplicate).toBeInstanceOf(AwsError);
    expect((duplicate as AwsError).code).toBe('ResourceInUse');
    expect(() => bus.processing?.start(where, { ...processingInput('x'), ProcessingJobName: 'bad name!' })).toThrow(/validation error/);
  });

  it('shows and changes endpoint capacity for Auto Scaling', async () => {
    const { CreateModelCommand, CreateEndpointConfigCommand, CreateEndpointCommand } = await import('@aws-sdk/client-sagemaker');
    await sagemaker.send(new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: ROLE_ARN, PrimaryContainer: { Image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1' } }));
    await sagemaker.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'c', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }));
    await sagemaker.send(new CreateEndpointCommand({ EndpointName: 'e', EndpointConfigName: 'c' }));
    expect(bus.endpoints?.variant(where, 'e', 'AllTraffic')).toMatchObject({ endpointStatus: 'Creating', currentInstanceCount: 0, desiredInstanceCount: 1 });
    expect(() => bus.endpoints?.setDesiredInstanceCount(where, 'e', 'AllTraffic', 2)).toThrow('Cannot update in-progress endpoint');
    clock.advance(45_000);
    expect(bus.endpoints?.variant(where, 'e', 'AllTraffic')).toEqual({ endpointName: 'e', variantName: 'AllTraffic', endpointStatus: 'InService', instanceType: 'ml.m5.large', currentInstanceCount: 1, desiredInstanceCount: 1 });
    bus.endpoints?.setDesiredInstanceCount(where, 'e', 'AllTraffic', 3);
    expect((await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'e' }))).EndpointStatus).toBe('Updating');
    clock.advance(120_000);
    expect(bus.endpoints?.variant(where, 'e', 'AllTraffic')).toMatchObject({ endpointStatus: 'InService', currentInstanceCount: 3 });
    expect(bus.endpoints?.variant(where, 'e', 'Nope')).toBeUndefined();
  });
});
