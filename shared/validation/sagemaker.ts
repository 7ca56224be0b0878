import { z } from 'zod';
import { PROCESSING_INSTANCE_TYPES, TRAINING_INSTANCE_TYPES } from './instance-types';

/*
 * SageMaker's own patterns and ranges (service model 2017-07-24), so bad input gets a field-level
 * message before any call. AWS's patterns are unanchored in the model; they apply to the whole value.
 */

export const jobNameSchema = z
  .string()
  .min(1, 'Enter a job name.')
  .max(63, 'Job names are at most 63 characters.')
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 'Use letters, digits and hyphens; start and end with a letter or digit.');

export const s3UriSchema = z
  .string()
  .max(1024, 'S3 URIs are at most 1024 characters.')
  .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/, 'Enter an S3 URI such as s3://bucket/prefix/.');

export const roleArnSchema = z
  .string()
  .min(20, 'Enter the ARN of an IAM role SageMaker can assume.')
  .max(2048, 'Role ARNs are at most 2048 characters.')
  .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/, 'Enter a role ARN such as arn:aws:iam::111122223333:role/SageMakerRole.');

export const imageSchema = z
  .string()
  .min(1, 'Enter the container image URI.')
  .max(255, 'Image URIs are at most 255 characters.')
  .regex(/^\S+$/, 'Image URIs have no spaces.');

export const kmsKeySchema = z
  .string()
  .max(2048, 'KMS key ids are at most 2048 characters.')
  .regex(/^[a-zA-Z0-9:/_-]*$/, 'Enter a KMS key id, alias or ARN.');

const positiveInt = (what: string, min: number, max?: number) => {
  const base = z.number({ message: `Enter ${what}.` }).int(`${what[0]?.toUpperCase()}${what.slice(1)} is a whole number.`).min(min, `At least ${min}.`);
  return max === undefined ? base : base.max(max, `At most ${max.toLocaleString('en-US')}.`);
};

export const trainingInstanceTypeSchema = z
  .string()
  .refine((value) => TRAINING_INSTANCE_TYPES.includes(value), 'Not an instance type SageMaker trains on (for example ml.m5.xlarge).');
export const processingInstanceTypeSchema = z
  .string()
  .refine((value) => PROCESSING_INSTANCE_TYPES.includes(value), 'Not an instance type SageMaker processes on (for example ml.m5.xlarge).');

const tagsSchema = z
  .record(
    z.string().min(1).max(128).regex(/^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, 'Tag keys use letters, digits, spaces and _.:/=+-@ and do not start with aws:.'),
    z.string().max(256).regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, 'Tag values use letters, digits, spaces and _.:/=+-@.'),
  )
  .refine((tags) => Object.keys(tags).length <= 50, 'At most 50 tags.');

/** What both kinds of job share: where they run, for how long, how their data is protected. */
const jobBase = {
  name: jobNameSchema,
  roleArn: roleArnSchema,
  image: imageSchema,
  volumeSizeGb: positiveInt('a volume size in GB', 1, 16384),
  volumeKmsKeyId: kmsKeySchema.optional(),
  outputKmsKeyId: kmsKeySchema.optional(),
  enableNetworkIsolation: z.boolean().default(false),
  enableInterContainerTrafficEncryption: z.boolean().default(false),
  tags: tagsSchema.default({}),
};

export const trainingJobInputSchema = z
  .object({
    kind: z.literal('training'),
    ...jobBase,
    instanceType: trainingInstanceTypeSchema,
    instanceCount: positiveInt('an instance count', 1, 100),
    maxRuntimeSeconds: positiveInt('a maximum runtime in seconds', 1, 2_419_200),
    inputs: z
      .array(
        z
          .object({
            channelName: z.string().min(1, 'Name the channel.').max(64).regex(/^[A-Za-z0-9.\-_]+$/, 'Channel names use letters, digits and .-_ only.'),
            s3Uri: s3UriSchema,
            contentType: z.string().max(256).optional(),
          })
          .strict(),
      )
      .min(1, 'Add at least one input channel.')
      .max(20, 'At most 20 input channels.'),
    outputS3Uri: s3UriSchema,
    hyperParameters: z
      .record(z.string().min(1, 'Name the hyperparameter.').max(256, 'Keys are at most 256 characters.'), z.string().max(2500, 'Values are at most 2500 characters.'))
      .refine((map) => Object.keys(map).length <= 100, 'At most 100 hyperparameters.')
      .default({}),
    metricDefinitions: z
      .array(z.object({ name: z.string().min(1).max(255), regex: z.string().min(1).max(500) }).strict())
      .max(40, 'At most 40 metric definitions.')
      .default([]),
  })
  .strict();

const processingPath = z.string().min(1, 'Enter a path inside the container.').max(256).regex(/^\/opt\/ml\/processing\//, 'Container paths start with /opt/ml/processing/.');

export const processingJobInputSchema = z
  .object({
    kind: z.literal('processing'),
    ...jobBase,
    instanceType: processingInstanceTypeSchema,
    instanceCount: positiveInt('an instance count', 1, 100),
    maxRuntimeSeconds: positiveInt('a maximum runtime in seconds', 1, 777_600),
    entrypoint: z.array(z.string().min(1).max(256)).max(100).default([]),
    arguments: z.array(z.string().max(256)).max(100).default([]),
    environment: z
      .record(z.string().max(256).regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'Variable names use letters, digits and _ and do not start with a digit.'), z.string().max(256))
      .refine((map) => Object.keys(map).length <= 100, 'At most 100 variables.')
      .default({}),
    inputs: z
      .array(z.object({ name: z.string().min(1, 'Name the input.').max(256), s3Uri: s3UriSchema, localPath: processingPath }).strict())
      .max(10, 'At most 10 inputs.'),
    outputs: z
      .array(z.object({ name: z.string().min(1, 'Name the output.').max(256), s3Uri: s3UriSchema, localPath: processingPath }).strict())
      .max(10, 'At most 10 outputs.'),
  })
  .strict();

export const jobStartSchema = z.discriminatedUnion('kind', [trainingJobInputSchema, processingJobInputSchema]);
export type JobStartInput = z.input<typeof jobStartSchema>;
export type TrainingJobInput = z.output<typeof trainingJobInputSchema>;
export type ProcessingJobInput = z.output<typeof processingJobInputSchema>;
