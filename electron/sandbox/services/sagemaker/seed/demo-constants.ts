import type { Where } from '../base/arn';

export const DEMO_BUCKET = 's3://sagedeck-demo-churn-data';
export const DAY_MS = 86_400_000;

export function demoRole(where: Where): string {
  return `arn:aws:iam::${where.accountId}:role/SageDeckDemoSageMakerRole`;
}

/** SageMaker's own XGBoost and scikit-learn images live in this registry account. */
export function xgboostImage(where: Where): string {
  return `683313688378.dkr.ecr.${where.region}.amazonaws.com/sagemaker-xgboost:1.7-1`;
}

export function sklearnImage(where: Where): string {
  return `683313688378.dkr.ecr.${where.region}.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3`;
}

/** 2026-01-05 */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** churn-xgb-2026-01-05-0930-001 */
export function trainingJobName(ms: number, sequence: number): string {
  const iso = new Date(ms).toISOString();
  return `churn-xgb-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}-${String(sequence).padStart(3, '0')}`;
}

export function startOfDay(ms: number): number {
  return ms - (ms % DAY_MS);
}
