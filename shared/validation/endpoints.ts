import { z } from 'zod';
import { HOSTING_INSTANCE_TYPES } from './hosting-instance-types';
import { roleArnSchema } from './sagemaker';

/*
 * SageMaker hosting's patterns and ranges (service model 2017-07-24; TrafficRoutingConfig,
 * CapacitySize, BlueGreenUpdatePolicy in the API reference), so the deploy form gets a field-level
 * message before any call. AWS's own refusals still reach the same fields.
 */

const resourceName = (what: string) =>
  z
    .string()
    .min(1, `Enter ${what}.`)
    .max(63, `${what[0]?.toUpperCase()}${what.slice(1)} names are at most 63 characters.`)
    .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, 'Use letters, digits and hyphens; start and end with a letter or digit.');

export const endpointNameSchema = resourceName('an endpoint name');
export const endpointConfigNameSchema = resourceName('an endpoint config name');
export const variantNameSchema = resourceName('a variant name');

export const hostingInstanceTypeSchema = z
  .string()
  .refine((value) => HOSTING_INSTANCE_TYPES.includes(value), 'Not an instance type SageMaker hosts endpoints on (for example ml.m5.large).');

export const modelPackageArnSchema = z
  .string()
  .max(2048, 'Model package ARNs are at most 2048 characters.')
  .regex(/^arn:aws[a-z-]*:sagemaker:[a-z0-9-]{9,16}:\d{12}:model-package\/\S{1,2048}$/, 'Pick a model package version (its ARN).');

export const alarmNameSchema = z.string().min(1).max(255, 'Alarm names are at most 255 characters.');

/** WaitIntervalInSeconds and TerminationWaitInSeconds: 0–3600. */
const waitSeconds = z.number().int('Whole seconds.').min(0, 'At least 0.').max(3600, 'At most 3,600 seconds.');

const capacitySize = z
  .object({ type: z.enum(['INSTANCE_COUNT', 'CAPACITY_PERCENT']), value: z.number().int('A whole number.').min(1, 'At least 1.') })
  .strict();

export const strategySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('allAtOnce'), waitSeconds: waitSeconds.default(0) }).strict(),
  z.object({ type: z.literal('canary'), canarySize: capacitySize, waitSeconds }).strict(),
  z.object({ type: z.literal('linear'), stepSize: capacitySize, waitSeconds }).strict(),
]);

/** Share of the new fleet a CapacitySize moves (instances over the fleet's count, or a percentage). */
export function shareOf(size: { type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT'; value: number }, instanceCount: number): number {
  return size.type === 'INSTANCE_COUNT' ? size.value / Math.max(1, instanceCount) : size.value / 100;
}

/** Traffic steps of a strategy: 1 (all at once), 2 (canary) or ceil(1/step) (linear). */
export function stepCount(strategy: z.output<typeof strategySchema>, instanceCount: number): number {
  if (strategy.type === 'canary') return 2;
  if (strategy.type === 'linear') return Math.ceil(1 / shareOf(strategy.stepSize, instanceCount) - 1e-9);
  return 1;
}

export const deploySchema = z
  .object({
    endpointName: endpointNameSchema,
    modelPackageArn: modelPackageArnSchema,
    /** Deploy a version that is not Approved; needs `reason` (journalled with the request). */
    override: z.boolean().default(false),
    reason: z.string().trim().max(1024, 'At most 1,024 characters.').optional(),
    variantName: variantNameSchema.default('AllTraffic'),
    instanceType: hostingInstanceTypeSchema,
    instanceCount: z.number().int('A whole number.').min(1, 'At least 1.').max(1000, 'At most 1,000.'),
    strategy: strategySchema,
    terminationWaitSeconds: waitSeconds.default(0),
    /** MaximumExecutionTimeoutInSeconds: 600–28800, larger than every wait together. */
    maximumExecutionTimeoutSeconds: z.number().int('Whole seconds.').min(600, 'At least 600 seconds.').max(28800, 'At most 28,800 seconds.').optional(),
    rollbackAlarms: z.array(alarmNameSchema).max(10, 'At most 10 alarms.').default([]),
    /** Execution role of the new model; by default the role of the model the endpoint serves now. */
    roleArn: roleArnSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.override && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why this version is deployed without approval.' });
    }
    const s = input.strategy;
    if (s.type === 'canary') {
      // AWS: "Value must be less than or equal to 50% of the variant's total instance count."
      if (shareOf(s.canarySize, input.instanceCount) > 0.5) {
        ctx.addIssue({ code: 'custom', path: ['strategy', 'canarySize', 'value'], message: 'A canary is at most 50% of the new fleet.' });
      }
    }
    if (s.type === 'linear') {
      const share = shareOf(s.stepSize, input.instanceCount);
      if (share < 0.1 || share > 0.5) {
        ctx.addIssue({ code: 'custom', path: ['strategy', 'stepSize', 'value'], message: 'A linear step is 10–50% of the new fleet.' });
      }
    }
    if (input.maximumExecutionTimeoutSeconds !== undefined && (s.type !== 'linear' || shareOf(s.stepSize, input.instanceCount) >= 0.1)) {
      const waits = s.waitSeconds * stepCount(s, input.instanceCount) + input.terminationWaitSeconds;
      if (input.maximumExecutionTimeoutSeconds <= waits) {
        ctx.addIssue({
          code: 'custom',
          path: ['maximumExecutionTimeoutSeconds'],
          message: `Must exceed the deployment's waits (${waits.toLocaleString('en-US')} seconds).`,
        });
      }
    }
  });
export type DeployInput = z.input<typeof deploySchema>;

export const scalingPolicySchema = z
  .object({
    policyName: z.string().min(1).max(256).regex(/^[\p{L}\p{N}\p{P}\p{S} ]+$/u, 'Printable characters only.'),
    /** SageMakerVariantInvocationsPerInstance per minute per instance. */
    targetValue: z.number().positive('Above 0.').max(1e9),
    scaleInCooldownSeconds: z.number().int().min(0).max(86_400).default(300),
    scaleOutCooldownSeconds: z.number().int().min(0).max(86_400).default(300),
    disableScaleIn: z.boolean().default(false),
  })
  .strict();

export const setScalingSchema = z
  .object({
    endpointName: endpointNameSchema,
    variantName: variantNameSchema,
    minCapacity: z.number().int('A whole number.').min(1, 'At least 1 instance.'),
    maxCapacity: z.number().int('A whole number.').min(1, 'At least 1 instance.'),
    policy: scalingPolicySchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.maxCapacity < input.minCapacity) {
      ctx.addIssue({ code: 'custom', path: ['maxCapacity'], message: 'At least the minimum capacity.' });
    }
  });
export type SetScalingInput = z.input<typeof setScalingSchema>;

export const payloadContentTypeSchema = z.enum(['application/json', 'text/csv']);

export const invokeSchema = z
  .object({
    endpointName: endpointNameSchema,
    contentType: payloadContentTypeSchema,
    accept: payloadContentTypeSchema.optional(),
    /** InvokeEndpoint's payload quota is 6 MB; a test payload typed in a form is far smaller. */
    body: z.string().min(1, 'Enter a payload.').max(1_000_000, 'At most 1 MB from the console.'),
    targetVariant: variantNameSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.contentType !== 'application/json') return;
    try {
      JSON.parse(input.body);
    } catch {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'Not valid JSON.' });
    }
  });
