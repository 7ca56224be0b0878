import { randomBytes, randomUUID } from 'node:crypto';
import type { Where } from '../../types';

export const vaultArn = (w: Where, name: string) => `arn:aws:backup:${w.region}:${w.accountId}:backup-vault:${name}`;
export const planArn = (w: Where, id: string) => `arn:aws:backup:${w.region}:${w.accountId}:backup-plan:${id}`;
export const recoveryPointArn = (w: Where) => `arn:aws:backup:${w.region}:${w.accountId}:recovery-point:${randomUUID()}`;
/** AWS shows backup and restore job ids as upper-case UUIDs. */
export const jobId = () => randomUUID().toUpperCase();
export const uuid = () => randomUUID();
/** Plan version ids are opaque base64 strings (at least 32 characters). */
export const versionId = () => randomBytes(36).toString('base64url').slice(0, 48);
/** AWS Backup's default key for a vault without EncryptionKeyArn (the account's aws/backup key). */
export const defaultKeyArn = (w: Where) => `arn:aws:kms:${w.region}:${w.accountId}:key/${randomUUID()}`;

/** `arn:aws:s3:::bucket` → `S3`, anything else the sandbox cannot back up. */
export function resourceTypeOf(arn: string): string | undefined {
  if (arn.startsWith('arn:aws:s3:::')) return 'S3';
  return undefined;
}

export const bucketOf = (arn: string) => arn.slice('arn:aws:s3:::'.length);
