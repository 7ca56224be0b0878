import { CreateModelPackageCommand, DescribeTrainingJobCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { RegisterVersionInput } from '../../../../shared/contract/registry';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';

/** AWS's CustomerMetadataKey: 1..128 of letters, spaces, digits and `_.:/=+-@`. */
const METADATA_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
/** AWS keeps at most 50 customer metadata entries; one is the job's name. */
const MAX_METRICS = 49;

function refuse(message: string): SageDeckError {
  return new SageDeckError({ code: ErrorCodes.InvalidInput, message, fields: { trainingJob: message }, retryable: false });
}

/**
 * CreateModelPackage for a completed training job: its training image and model artifacts as the
 * inference container, its ARN as GeneratedBy (the lineage AWS's console shows), and its final
 * metrics as customer metadata so versions compare without downloading reports. Pending review.
 */
export async function registerVersion(client: SageMakerClient, input: RegisterVersionInput, signal: AbortSignal): Promise<{ arn: string; version: number }> {
  const job = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: input.trainingJob }), { abortSignal: signal });
  if (job.TrainingJobStatus !== 'Completed') {
    throw refuse(`${input.trainingJob} is ${job.TrainingJobStatus ?? 'not finished'}: only a completed training job has a model to register.`);
  }
  const image = job.AlgorithmSpecification?.TrainingImage;
  const artifacts = job.ModelArtifacts?.S3ModelArtifacts;
  if (!image) throw refuse(`${input.trainingJob} ran an algorithm resource, not an image: register it from the algorithm instead.`);
  if (!artifacts) throw refuse(`${input.trainingJob} left no model artifacts to register.`);
  const metrics = (job.FinalMetricDataList ?? [])
    .filter((metric) => metric.MetricName && METADATA_KEY.test(metric.MetricName) && metric.Value !== undefined)
    .slice(0, MAX_METRICS)
    .map((metric) => [metric.MetricName ?? '', String(metric.Value)]);
  const answer = await client.send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: input.group,
      ModelPackageDescription: input.description || `Registered from training job ${input.trainingJob}`,
      ModelApprovalStatus: 'PendingManualApproval',
      InferenceSpecification: { Containers: [{ Image: image, ModelDataUrl: artifacts }] },
      ...(job.TrainingJobArn ? { MetadataProperties: { GeneratedBy: job.TrainingJobArn } } : {}),
      CustomerMetadataProperties: { training_job: input.trainingJob, ...Object.fromEntries(metrics) },
    }),
    { abortSignal: signal },
  );
  const arn = answer.ModelPackageArn ?? '';
  return { arn, version: Number(/\/(\d+)$/.exec(arn)?.[1] ?? 0) };
}
