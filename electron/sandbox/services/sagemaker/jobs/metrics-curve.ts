import { unitFrom } from '../base/hash';

export interface EpochMetrics {
  trainLogloss: number;
  validationLogloss: number;
  validationAuc: number;
}

export interface Curve {
  seed: string;
  /** How fast the curves flatten, in rounds. */
  tau: number;
  finalAuc: number;
  finalLoss: number;
}

function numberParam(params: Record<string, string> | undefined, name: string, fallback: number): number {
  const value = Number(params?.[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * A believable XGBoost learning curve for a job: decided by its name and hyperparameters, so the
 * same job always reports the same numbers. Learning rate near 0.1 and depth near 5 do best, which
 * gives a tuning experiment something to find.
 */
export function curveFor(jobName: string, hyperParameters: Record<string, string> | undefined): Curve {
  const eta = numberParam(hyperParameters, 'eta', 0.2);
  const depth = numberParam(hyperParameters, 'max_depth', 6);
  const fit = Math.max(0, 1 - Math.abs(Math.log(eta / 0.1)) / 2.5) * 0.6 + Math.max(0, 1 - Math.abs(depth - 5) / 6) * 0.4;
  const luck = unitFrom(`${jobName}:luck`) - 0.5;
  const quality = Math.min(1, Math.max(0, fit + luck * 0.15));
  return {
    seed: jobName,
    tau: Math.max(4, 1.4 / Math.max(eta, 0.01)),
    finalAuc: 0.78 + 0.12 * quality,
    finalLoss: 0.28 + 0.14 * (1 - quality),
  };
}

/** Metrics after round `round` (0-based): improving overall, with a little jitter per round. */
export function metricsAt(curve: Curve, round: number): EpochMetrics {
  const progress = 1 - Math.exp(-(round + 1) / curve.tau);
  const jitter = (unitFrom(`${curve.seed}:${round}`) - 0.5) * 0.004;
  const trainLogloss = 0.6931 - (0.6931 - curve.finalLoss) * progress + jitter;
  const validationAuc = 0.5 + (curve.finalAuc - 0.5) * progress - jitter;
  return {
    trainLogloss: round5(trainLogloss),
    validationLogloss: round5(trainLogloss + 0.015 + 0.02 * progress),
    validationAuc: round5(Math.min(0.999, validationAuc)),
  };
}

export function epochLine(round: number, m: EpochMetrics): string {
  return `[${round}]#011train-logloss:${m.trainLogloss.toFixed(5)}#011validation-logloss:${m.validationLogloss.toFixed(5)}#011validation-auc:${m.validationAuc.toFixed(5)}`;
}

/** Metric names as SageMaker's built-in XGBoost reports them in FinalMetricDataList. */
export function metricEntries(m: EpochMetrics): { name: string; value: number }[] {
  return [
    { name: 'train:logloss', value: m.trainLogloss },
    { name: 'validation:logloss', value: m.validationLogloss },
    { name: 'validation:auc', value: m.validationAuc },
  ];
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
