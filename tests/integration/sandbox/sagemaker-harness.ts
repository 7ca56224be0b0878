import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { SageMakerClient, SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { SageMakerRuntimeClient, SageMakerRuntimeServiceException } from '@aws-sdk/client-sagemaker-runtime';
import { createManualClock, type ManualClock } from '../../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { createSageMakerModule } from '../../../electron/sandbox/services/sagemaker';
import type { SeedKind } from '../../../electron/sandbox/types';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** A sandbox serving SageMaker, SageMaker Runtime and CloudWatch Logs on a free port and a manual clock. */
export interface SageMakerSandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  sagemaker: SageMakerClient;
  runtime: SageMakerRuntimeClient;
  logs: CloudWatchLogsClient;
  sagemakerIn(region: string): SageMakerClient;
  stop(): Promise<void>;
}

export const ROLE_ARN = 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole';

export async function startSageMakerSandbox(seed: SeedKind = 'empty'): Promise<SageMakerSandbox> {
  const clock = createManualClock();
  const sandbox = await startSandbox({ clock, modules: [createLogsModule, createSageMakerModule], seed });
  const destroyers: (() => void)[] = [];
  const config = (region: string) => ({ endpoint: sandbox.endpoint, region, credentials: sandbox.credentials, maxAttempts: 1 });
  const sagemakerIn = (region: string) => {
    const client = new SageMakerClient(config(region));
    destroyers.push(() => client.destroy());
    return client;
  };
  const runtime = new SageMakerRuntimeClient(config('us-east-1'));
  const logs = new CloudWatchLogsClient({ ...config('us-east-1'), disableHostPrefix: true });
  destroyers.push(() => runtime.destroy(), () => logs.destroy());
  return {
    sandbox,
    clock,
    sagemaker: sagemakerIn('us-east-1'),
    runtime,
    logs,
    sagemakerIn,
    async stop() {
      destroyers.forEach((destroy) => destroy());
      await sandbox.stop();
    },
  };
}

/** The service error a failed SDK call threw (SageMaker or Runtime). */
export async function serviceError(promise: Promise<unknown>): Promise<SageMakerServiceException | SageMakerRuntimeServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SageMakerServiceException || error instanceof SageMakerRuntimeServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** A valid CreateTrainingJob request; tests override what they exercise. */
export function trainingJobInput(name: string, overrides: Record<string, unknown> = {}) {
  return {
    TrainingJobName: name,
    RoleArn: ROLE_ARN,
    AlgorithmSpecification: { TrainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', TrainingInputMode: 'File' as const },
    HyperParameters: { objective: 'binary:logistic', eval_metric: 'auc', eta: '0.1', max_depth: '5', num_round: '10' },
    InputDataConfig: [
      { ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix' as const, S3Uri: 's3://sagedeck-demo-churn-data/processed/train/' } } },
      { ChannelName: 'validation', DataSource: { S3DataSource: { S3DataType: 'S3Prefix' as const, S3Uri: 's3://sagedeck-demo-churn-data/processed/validation/' } } },
    ],
    OutputDataConfig: { S3OutputPath: 's3://sagedeck-demo-churn-data/models' },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge' as const, InstanceCount: 1, VolumeSizeInGB: 30 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    ...overrides,
  };
}
