import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SchedulerClient, SchedulerServiceException } from '@aws-sdk/client-scheduler';
import type { ManualClock } from '../../../electron/sandbox/clock';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { createCloudWatchModule } from '../../../electron/sandbox/services/cloudwatch';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { createSageMakerModule } from '../../../electron/sandbox/services/sagemaker';
import { createSchedulerModule } from '../../../electron/sandbox/services/scheduler';
import { runAwsCli, startTestSandbox } from './support';

/** Scheduler with the real SageMaker (its processing jobs are the target), Logs and CloudWatch. */
export interface SchedulerSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  scheduler: SchedulerClient;
  sagemaker: SageMakerClient;
  cloudwatch: CloudWatchClient;
  aws(...args: string[]): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startSchedulerSandbox(): Promise<SchedulerSandbox> {
  const env = await startTestSandbox({ modules: [createLogsModule, createSageMakerModule, createCloudWatchModule, createSchedulerModule] });
  const scheduler = new SchedulerClient({ ...env.config, maxAttempts: 1 });
  const sagemaker = new SageMakerClient({ ...env.config, maxAttempts: 1 });
  const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
  return {
    sandbox: env.sandbox,
    clock: env.clock,
    scheduler,
    sagemaker,
    cloudwatch,
    async aws(...args) {
      const result = await runAwsCli(args, { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });
      if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed: ${result.stderr}`);
      return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as unknown);
    },
    async stop() {
      scheduler.destroy();
      sagemaker.destroy();
      cloudwatch.destroy();
      await env.stop();
    },
  };
}

export async function schedulerError(promise: Promise<unknown>): Promise<SchedulerServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SchedulerServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export const ROLE = 'arn:aws:iam::111122223333:role/SageDeckSchedulerRole';
export const PROCESSING_TARGET = 'arn:aws:scheduler:::aws-sdk:sagemaker:createProcessingJob';

/** The context attribute that makes each run's job name unique (AWS passes the name as given). */
export const EXECUTION_ID = '<aws.scheduler.execution-id>';

/** A CreateProcessingJob request template, as the universal target's Input. */
export function processingTemplate(name = `nightly-preprocess-${EXECUTION_ID}`): string {
  return JSON.stringify({
    ProcessingJobName: name,
    RoleArn: 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole',
    AppSpecification: { ImageUri: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3', ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/preprocess.py'] },
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
    ProcessingInputs: [{ InputName: 'raw', S3Input: { S3Uri: 's3://sagedeck-demo-churn-data/raw/usage/', LocalPath: '/opt/ml/processing/input/raw', S3DataType: 'S3Prefix' } }],
    ProcessingOutputConfig: { Outputs: [{ OutputName: 'train', S3Output: { S3Uri: 's3://sagedeck-demo-churn-data/processed/train/', LocalPath: '/opt/ml/processing/output/train', S3UploadMode: 'EndOfJob' } }] },
    Environment: { SCHEDULED_TIME: '<aws.scheduler.scheduled-time>' },
  });
}
