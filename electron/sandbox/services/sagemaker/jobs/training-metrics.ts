import type { ServiceEnv, Where } from '../../../types';
import type { TrainingJobRecord } from '../base/records';

/** Where SageMaker publishes a training job's algorithm metrics (AWS docs: "Monitor Amazon SageMaker AI with Amazon CloudWatch", training job metrics). */
export const TRAINING_METRICS_NAMESPACE = '/aws/sagemaker/TrainingJobs';

/** The `Host` dimension AWS gives training metrics: `<job name>/algo-<n>`, 1-based. */
export function trainingHost(jobName: string, host = 0): string {
  return `${jobName}/algo-${host + 1}`;
}

/**
 * Publishes one round's metrics as SageMaker does: the names of AlgorithmSpecification's
 * MetricDefinitions (the regexes are not applied to log text here, the curve's values are used);
 * a built-in algorithm (no MetricDefinitions given) publishes all of its metrics. Only algo-1
 * reports them, as the container on the first host is the one printing the evaluation.
 */
export function publishTrainingRound(env: ServiceEnv, where: Where, job: TrainingJobRecord, entries: { name: string; value: number }[], now: number): void {
  const sink = env.bus.metrics;
  if (!sink) return;
  const defined = job.request.AlgorithmSpecification?.MetricDefinitions?.map((definition) => definition.Name);
  for (const entry of entries) {
    if (defined && defined.length > 0 && !defined.includes(entry.name)) continue;
    sink.put(where, {
      namespace: TRAINING_METRICS_NAMESPACE,
      metricName: entry.name,
      dimensions: { Host: trainingHost(job.name) },
      value: entry.value,
      unit: 'None',
      timestamp: now,
    });
  }
}
