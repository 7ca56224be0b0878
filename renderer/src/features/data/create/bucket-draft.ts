import { createBucketSchema, type CreateBucketInput } from '../../../../../shared/contract/data';
import { zodFieldErrors, type FieldErrors } from '../../live/field-errors';

export interface TagRow {
  key: string;
  value: string;
}

/** What the form holds: every control's text as typed, so nothing is lost on bad input. */
export interface BucketDraft {
  name: string;
  encryption: 'SSE-S3' | 'SSE-KMS';
  kmsKeyId: string;
  versioning: boolean;
  blockPublicAccess: boolean;
  httpsOnly: boolean;
  logging: boolean;
  logBucket: string;
  logPrefix: string;
  tags: TagRow[];
}

/** Secure by default: every protection on; logging needs a destination, so it starts off. */
export const SECURE_DEFAULTS: BucketDraft = {
  name: '',
  encryption: 'SSE-S3',
  kmsKeyId: '',
  versioning: true,
  blockPublicAccess: true,
  httpsOnly: true,
  logging: false,
  logBucket: '',
  logPrefix: '',
  tags: [],
};

export function draftToInput(draft: BucketDraft): CreateBucketInput {
  const kmsKeyId = draft.kmsKeyId.trim();
  return {
    name: draft.name.trim(),
    encryption:
      draft.encryption === 'SSE-KMS' ? { type: 'SSE-KMS', ...(kmsKeyId ? { kmsKeyId } : {}) } : { type: 'SSE-S3' },
    versioning: draft.versioning,
    blockPublicAccess: draft.blockPublicAccess,
    httpsOnly: draft.httpsOnly,
    ...(draft.logging
      ? {
          logging: {
            targetBucket: draft.logBucket.trim(),
            targetPrefix: draft.logPrefix || `access-logs/${draft.name.trim()}/`,
          },
        }
      : {}),
    tags: Object.fromEntries(
      draft.tags.filter((row) => row.key.trim() || row.value).map((row) => [row.key.trim(), row.value]),
    ),
  };
}

/** The request, or the messages per field the host would send back for it. */
export function checkDraft(draft: BucketDraft): { input: CreateBucketInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const keys = draft.tags.map((row) => row.key.trim()).filter(Boolean);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) errors.tags = `The tag ${duplicate} is there twice.`;
  if (draft.tags.some((row) => !row.key.trim() && row.value)) errors.tags = 'Every tag needs a key.';
  const parsed = createBucketSchema.safeParse(draftToInput(draft));
  if (!parsed.success) Object.assign(errors, { ...zodFieldErrors(parsed.error), ...errors });
  return Object.keys(errors).length > 0 ? { errors } : { input: parsed.data! };
}
