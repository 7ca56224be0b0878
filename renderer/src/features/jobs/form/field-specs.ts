import type { JobKind } from '../../../../../shared/domain/jobs';
import { PROCESSING_INSTANCE_TYPES, TRAINING_INSTANCE_TYPES } from '../../../../../shared/validation/instance-types';

/*
 * The start form as data: one entry per field of the kind's start input (shared/validation/
 * sagemaker.ts), so the form, the draft conversion and the tests agree on paths (`volumeSizeGb`,
 * `inputs.0.s3Uri`) with the zod schema and the host's `fields`.
 */

export type ScalarKind = 'text' | 'optional' | 'number' | 'instanceType' | 'map' | 'lines';

export interface ScalarField {
  path: string;
  label: string;
  kind: ScalarKind;
  description?: string;
  placeholder?: string;
}

export interface RowColumn {
  key: string;
  label: string;
  optional?: boolean;
  placeholder?: string;
}

export interface RowsField {
  path: 'inputs' | 'outputs' | 'metricDefinitions';
  label: string;
  columns: RowColumn[];
  description?: string;
}

export const FLAG_FIELDS = [
  { path: 'enableNetworkIsolation', label: 'Network isolation', description: 'The container makes no outbound network calls.' },
  { path: 'enableInterContainerTrafficEncryption', label: 'Encrypt traffic between instances', description: 'Slower for distributed jobs; protects data in transit.' },
] as const;

const common: ScalarField[] = [
  { path: 'name', label: 'Job name', kind: 'text', description: 'Unique in this account and region; letters, digits and hyphens.' },
  { path: 'roleArn', label: 'IAM role ARN', kind: 'text', placeholder: 'arn:aws:iam::111122223333:role/SageMakerRole' },
  { path: 'image', label: 'Container image', kind: 'text', placeholder: '111122223333.dkr.ecr.us-east-1.amazonaws.com/train:latest' },
  { path: 'instanceType', label: 'Instance type', kind: 'instanceType' },
  { path: 'instanceCount', label: 'Instance count', kind: 'number' },
  { path: 'volumeSizeGb', label: 'Volume size (GB)', kind: 'number' },
  { path: 'maxRuntimeSeconds', label: 'Maximum runtime (seconds)', kind: 'number', description: 'SageMaker stops the job after this long.' },
  { path: 'volumeKmsKeyId', label: 'Volume KMS key (optional)', kind: 'optional', description: 'Without one the volume uses an AWS-managed key.' },
  { path: 'outputKmsKeyId', label: 'Output KMS key (optional)', kind: 'optional' },
];

const tags: ScalarField = { path: 'tags', label: 'Tags', kind: 'map', description: 'One key=value per line.' };

export const SCALAR_FIELDS: Record<JobKind, ScalarField[]> = {
  training: [
    ...common,
    { path: 'outputS3Uri', label: 'Output S3 URI', kind: 'text', placeholder: 's3://bucket/models/' },
    { path: 'hyperParameters', label: 'Hyperparameters', kind: 'map', description: 'One key=value per line.' },
    tags,
  ],
  processing: [
    ...common,
    { path: 'entrypoint', label: 'Entrypoint (optional)', kind: 'lines', description: 'One argument per line, e.g. python3 then /opt/ml/processing/code/run.py.' },
    { path: 'arguments', label: 'Arguments (optional)', kind: 'lines', description: 'One per line.' },
    { path: 'environment', label: 'Environment variables', kind: 'map', description: 'One NAME=value per line.' },
    tags,
  ],
};

const processingChannel: RowColumn[] = [
  { key: 'name', label: 'Name' },
  { key: 's3Uri', label: 'S3 URI', placeholder: 's3://bucket/prefix/' },
  { key: 'localPath', label: 'Container path', placeholder: '/opt/ml/processing/input' },
];

export const ROW_FIELDS: Record<JobKind, RowsField[]> = {
  training: [
    {
      path: 'inputs',
      label: 'Input channels',
      columns: [
        { key: 'channelName', label: 'Channel', placeholder: 'train' },
        { key: 's3Uri', label: 'S3 URI', placeholder: 's3://bucket/prefix/' },
        { key: 'contentType', label: 'Content type', optional: true, placeholder: 'text/csv' },
      ],
    },
    {
      path: 'metricDefinitions',
      label: 'Metric definitions',
      description: 'How SageMaker finds metrics in the logs: a name and a regular expression with one group.',
      columns: [
        { key: 'name', label: 'Metric' },
        { key: 'regex', label: 'Regex', placeholder: 'loss=([0-9.]+)' },
      ],
    },
  ],
  processing: [
    { path: 'inputs', label: 'Inputs', columns: processingChannel },
    { path: 'outputs', label: 'Outputs', columns: processingChannel },
  ],
};

export const INSTANCE_TYPES: Record<JobKind, readonly string[]> = {
  training: TRAINING_INSTANCE_TYPES,
  processing: PROCESSING_INSTANCE_TYPES,
};
