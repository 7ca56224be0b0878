import type { CreateTrainingJobRequest } from '@aws-sdk/client-sagemaker';
import type { TrainingPlan } from '../base/records';

/** Simulated phase lengths: a default job takes about five and a half minutes end to end. */
export const TRAINING_TIMINGS = {
  startingMs: 60_000,
  downloadingMs: 45_000,
  epochMs: 2_000,
  uploadingMs: 20_000,
  defaultRounds: 100,
  maxRounds: 2_000,
} as const;

/**
 * Decides at creation how a job will play out. Failures follow from the request itself, so a user
 * can provoke them on purpose (documented in the sandbox README):
 * - a training image containing "invalid" cannot be pulled (fails while downloading);
 * - an eval_metric of auc without a `validation` channel fails when the first round is evaluated.
 */
export function planTraining(input: CreateTrainingJobRequest): TrainingPlan {
  const requested = Number(input.HyperParameters?.num_round);
  const rounds = Number.isInteger(requested) && requested > 0 ? Math.min(requested, TRAINING_TIMINGS.maxRounds) : TRAINING_TIMINGS.defaultRounds;
  const plan: TrainingPlan = {
    rounds,
    epochMs: TRAINING_TIMINGS.epochMs,
    startingMs: TRAINING_TIMINGS.startingMs,
    downloadingMs: TRAINING_TIMINGS.downloadingMs,
    uploadingMs: TRAINING_TIMINGS.uploadingMs,
  };
  const image = input.AlgorithmSpecification?.TrainingImage ?? '';
  const channels = (input.InputDataConfig ?? []).map((c) => c.ChannelName);
  const evalMetric = input.HyperParameters?.eval_metric ?? '';
  if (image.toLowerCase().includes('invalid')) {
    plan.failure = {
      phase: 'Downloading',
      afterRounds: 0,
      reason: `ClientError: Failed to pull training image ${image}: the repository does not exist or the role cannot read it. Check the image URI and the role's ECR permissions.`,
    };
  } else if (evalMetric.split(',').includes('auc') && !channels.includes('validation')) {
    plan.failure = {
      phase: 'Training',
      afterRounds: 0,
      reason: "AlgorithmError: framework error: metric 'validation:auc' not found in the evaluation results. eval_metric auc needs a 'validation' channel, exit code: 2",
    };
  }
  return plan;
}
