import type { ServiceEnv, Where } from '../../../types';
import type { ProcessingJobRecord } from '../base/records';

/** `s3://bucket/key` → parts; undefined for other schemes (https inputs are not checked). */
function parseS3(uri: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/u.exec(uri);
  return match ? { bucket: match[1] ?? '', key: match[2] ?? '' } : undefined;
}

/**
 * Why a processing job cannot download its inputs, or undefined when it can. SageMaker lists
 * every S3 input before the container starts and fails the job with a ClientError when a prefix
 * (or manifest) holds nothing; the sentence is the one AWS gives for an empty input data source
 * ("No S3 objects found under S3 URL … given in input data source. Please ensure …"). Without an
 * S3 module in this sandbox nothing can be checked and the inputs are taken as present.
 */
export function missingInputReason(env: ServiceEnv, where: Where, job: ProcessingJobRecord): string | undefined {
  const objects = env.bus.objects;
  if (!objects) return undefined;
  for (const input of job.request.ProcessingInputs ?? []) {
    const uri = input.S3Input?.S3Uri;
    const parts = uri === undefined ? undefined : parseS3(uri);
    if (!uri || !parts) continue;
    if (!objects.hasPrefix(where, parts.bucket, parts.key)) return noObjectsReason(uri, where.region, job.request.RoleArn ?? '');
  }
  return undefined;
}

/** The FailureReason of a job whose input `uri` holds no objects. */
export function noObjectsReason(uri: string, region: string, roleArn: string): string {
  const bucket = parseS3(uri)?.bucket ?? '';
  return (
    `ClientError: No S3 objects found under S3 URL "${uri}" given in input data source. ` +
    `Please ensure that the bucket exists in the selected region (${region}), that objects exist under that S3 prefix, ` +
    `and that the role "${roleArn}" has "s3:ListBucket" permissions on bucket "${bucket}".`
  );
}
