import { z } from 'zod';
import { SCRATCH_BUCKET_PREFIX } from '../domain/backups';
import { bucketNameSchema } from './s3';

export { bucketNameSchema };

/** An AWS Backup recovery point ARN: arn:<partition>:backup:<region>:<account>:recovery-point:<id>. */
export const recoveryPointArnSchema = z
  .string()
  .max(1024)
  .regex(/^arn:aws[a-z-]*:backup:[a-z0-9-]+:\d{12}:recovery-point:.+$/, 'Choose one of the bucket’s recovery points (an AWS Backup recovery point ARN).');

/** Only buckets a restore test created may be deleted from the Backups section. */
export const scratchBucketSchema = bucketNameSchema.refine((name) => name.startsWith(SCRATCH_BUCKET_PREFIX) && name.length > SCRATCH_BUCKET_PREFIX.length, {
  message: `Only restore-test scratch buckets (${SCRATCH_BUCKET_PREFIX}…) can be deleted here.`,
});

/** A restore test's id: the restore job id AWS gave (a UUID-like string). */
export const testIdSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9-]+$/, 'A restore test id holds letters, digits and hyphens.');

export const restoreTestSchema = z.object({ bucket: bucketNameSchema, recoveryPointArn: recoveryPointArnSchema }).strict();
export type RestoreTestInput = z.infer<typeof restoreTestSchema>;
