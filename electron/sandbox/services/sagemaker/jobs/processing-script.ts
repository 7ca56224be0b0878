import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import { hash32 } from '../base/hash';
import type { ProcessingPlan } from '../base/records';

export const PROCESSING_TIMINGS = {
  /** Instances launching and the image being pulled before the container logs anything. */
  startingMs: 90_000,
  stepMs: 15_000,
} as const;

/** What a preprocessing container prints, one entry per step. */
export function preprocessLines(job: string, input: CreateProcessingJobRequest | Omit<CreateProcessingJobRequest, 'Tags'>): string[] {
  const rows = 7000 + (hash32(job) % 400);
  const dropped = 5 + (hash32(`${job}:dropped`) % 20);
  const kept = rows - dropped;
  const train = Math.round(kept * 0.7);
  const validation = Math.round(kept * 0.15);
  const source = input.ProcessingInputs?.[0]?.S3Input?.S3Uri ?? 's3://input';
  const outputs = input.ProcessingOutputConfig?.Outputs ?? [];
  return [
    `Received arguments Namespace(train_test_split_ratio=0.3, input=${source})`,
    `Reading input data from /opt/ml/processing/input (${source})`,
    `Loaded ${rows} rows x 21 columns`,
    `Dropping ${dropped} rows with missing total_charges`,
    'Encoding 16 categorical columns (one-hot), scaling 3 numeric columns',
    `Splitting data into train (${train}), validation (${validation}) and test (${kept - train - validation}) sets`,
    ...outputs.map((o) => `Writing ${o.OutputName} to ${o.S3Output?.LocalPath ?? '/opt/ml/processing/output'} -> ${o.S3Output?.S3Uri ?? ''}`),
    'Preprocessing complete',
  ];
}

/** A job whose image contains "invalid" fails after its first step, like a container that crashes. */
export function planProcessing(input: CreateProcessingJobRequest): ProcessingPlan {
  const plan: ProcessingPlan = { startingMs: PROCESSING_TIMINGS.startingMs, stepMs: PROCESSING_TIMINGS.stepMs };
  const image = input.AppSpecification?.ImageUri ?? '';
  if (image.toLowerCase().includes('invalid')) {
    plan.failure = {
      afterSteps: 1,
      reason: 'AlgorithmError: See job logs for more information',
      exitMessage: `ModuleNotFoundError: No module named 'sklearn' (image ${image})`,
    };
  }
  return plan;
}
