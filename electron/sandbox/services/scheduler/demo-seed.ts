import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import type { Where } from '../../types';
import { DEMO_BUCKET, demoRole, sklearnImage } from '../sagemaker/seed/demo-constants';
import { CREATE_PROCESSING_JOB_TARGET, DEFAULT_GROUP, type ScheduleRecord } from './model';
import { scheduleArn } from './store';

const DAY_MS = 86_400_000;

/** The nightly preprocessing the demo's two weeks of `churn-preprocess-<day>` jobs came from. */
export function demoSchedule(where: Where, now: number): ScheduleRecord {
  const template: CreateProcessingJobRequest = {
    // AWS passes the input as given: only the execution id makes each night's job name unique.
    ProcessingJobName: 'churn-preprocess-<aws.scheduler.execution-id>',
    RoleArn: demoRole(where),
    AppSpecification: {
      ImageUri: sklearnImage(where),
      ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/preprocess.py'],
      ContainerArguments: ['--run-date', '<aws.scheduler.scheduled-time>', '--train-test-split-ratio', '0.3'],
    },
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
    ProcessingInputs: [
      { InputName: 'raw', S3Input: { S3Uri: `${DEMO_BUCKET}/raw/customers.csv`, LocalPath: '/opt/ml/processing/input/raw', S3DataType: 'S3Prefix' } },
      { InputName: 'usage', S3Input: { S3Uri: `${DEMO_BUCKET}/raw/usage/`, LocalPath: '/opt/ml/processing/input/usage', S3DataType: 'S3Prefix' } },
      { InputName: 'code', S3Input: { S3Uri: `${DEMO_BUCKET}/code/preprocess.py`, LocalPath: '/opt/ml/processing/input/code', S3DataType: 'S3Prefix' } },
    ],
    ProcessingOutputConfig: {
      Outputs: [
        { OutputName: 'train', S3Output: { S3Uri: `${DEMO_BUCKET}/processed/train/`, LocalPath: '/opt/ml/processing/output/train', S3UploadMode: 'EndOfJob' } },
        { OutputName: 'validation', S3Output: { S3Uri: `${DEMO_BUCKET}/processed/validation/`, LocalPath: '/opt/ml/processing/output/validation', S3UploadMode: 'EndOfJob' } },
      ],
    },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    Tags: [
      { Key: 'project', Value: 'churn' },
      { Key: 'schedule', Value: 'daily' },
    ],
  };
  const createdMs = now - (now % DAY_MS) - 15 * DAY_MS;
  const name = 'churn-nightly-preprocess';
  return {
    name,
    groupName: DEFAULT_GROUP,
    arn: scheduleArn(where, DEFAULT_GROUP, name),
    description: 'Nightly churn feature preprocessing (SageMaker processing job at 02:00 UTC)',
    expression: 'cron(0 2 * * ? *)',
    timeZone: 'UTC',
    state: 'ENABLED',
    flexibleTimeWindow: { Mode: 'OFF' },
    target: {
      Arn: CREATE_PROCESSING_JOB_TARGET,
      RoleArn: `arn:aws:iam::${where.accountId}:role/SageDeckDemoSchedulerRole`,
      Input: JSON.stringify(template),
      RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 },
    },
    actionAfterCompletion: 'NONE',
    createdMs,
    modifiedMs: createdMs,
    invocations: [],
  };
}
