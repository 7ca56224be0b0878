import type { ProcessingJobSummary, TrainingJob, TrainingJobSummary } from '@aws-sdk/client-sagemaker';
import { JOB_STATUSES, type JobStatus, type JobSummary } from '../../../../shared/domain/jobs';
import { assignDefined, iso } from './job-fields';

/** An endpoint that answers a status AWS does not list is shown as in progress rather than dropped. */
export function jobStatus(value: string | undefined): JobStatus {
  return (JOB_STATUSES as readonly string[]).includes(value ?? '') ? (value as JobStatus) : 'InProgress';
}

/** What every row has, whichever API listed it. */
function row(
  kind: JobSummary['kind'],
  name: string | undefined,
  arn: string | undefined,
  status: string | undefined,
  created: Date | undefined,
): JobSummary {
  return { kind, name: name ?? '', arn: arn ?? '', status: jobStatus(status), createdAt: iso(created) ?? '' };
}

export function fromTrainingSummary(job: TrainingJobSummary): JobSummary {
  return assignDefined(
    row('training', job.TrainingJobName, job.TrainingJobArn, job.TrainingJobStatus, job.CreationTime),
    {
      secondaryStatus: job.SecondaryStatus,
      endedAt: iso(job.TrainingEndTime),
    },
  );
}

export function fromProcessingSummary(job: ProcessingJobSummary): JobSummary {
  return assignDefined(
    row('processing', job.ProcessingJobName, job.ProcessingJobArn, job.ProcessingJobStatus, job.CreationTime),
    {
      endedAt: iso(job.ProcessingEndTime),
      failureReason: job.FailureReason,
    },
  );
}

/**
 * Search returns whole training jobs, so one call per page carries what a list row shows beyond
 * the List API's summary: instance type and count, and the final value of its validation metric
 * (or, without one, of the first metric the job reported).
 */
export function fromSearchedTrainingJob(job: TrainingJob): JobSummary {
  const summary = assignDefined(
    row('training', job.TrainingJobName, job.TrainingJobArn, job.TrainingJobStatus, job.CreationTime),
    {
      secondaryStatus: job.SecondaryStatus,
      endedAt: iso(job.TrainingEndTime),
      failureReason: job.FailureReason,
      instanceType: job.ResourceConfig?.InstanceType,
      instanceCount: job.ResourceConfig?.InstanceCount,
    },
  );
  // Without a tuning objective in the record, the validation metric is what people compare runs by.
  const metrics = job.FinalMetricDataList ?? [];
  const objective = metrics.find((m) => m.MetricName?.startsWith('validation')) ?? metrics[0];
  if (objective?.MetricName !== undefined && objective.Value !== undefined)
    summary.objectiveMetric = { name: objective.MetricName, value: objective.Value };
  return summary;
}
