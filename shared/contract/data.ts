import { z } from 'zod';
import type {
  BucketDetail,
  BucketPage,
  DeleteOutcome,
  DrillReport,
  ObjectDetail,
  ObjectListing,
  ObjectVersion,
  PrefixRestoreReport,
  RestoreOutcome,
  TransferSummary,
} from '../domain/data';
import { POSTURE_FIXES } from '../domain/data';
import type { WatchEvent } from '../domain/watch';
import { bucketNameSchema, keyPrefixSchema, objectKeySchema, versionIdSchema } from '../validation/s3';
import type { DATA_REQUESTS, DATA_STREAMS } from './data.channels';
import { request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** Largest chunk of file bytes in one `transfers.uploadChunk` (base64 keeps it under the socket's 8 MiB frame). */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
/** Files in one upload: a dataset folder, not a whole disk. */
export const MAX_UPLOAD_FILES = 10_000;

const bucketRef = z.object({ bucket: bucketNameSchema }).strict();
const objectRef = z.object({ bucket: bucketNameSchema, key: objectKeySchema }).strict();
const objectTarget = (input: { bucket: string; key: string }) => `s3://${input.bucket}/${input.key}`;
const prefixTarget = (input: { bucket: string; prefix: string }) => `s3://${input.bucket}/${input.prefix}`;
const isoTime = z.iso.datetime({ offset: true, message: 'Enter a date and time, e.g. 2026-12-05T09:00:00Z.' });
const tags = z
  .record(z.string().min(1).max(128), z.string().max(256))
  .refine((record) => Object.keys(record).length <= 50, 'At most 50 tags.');

export const createBucketSchema = z
  .object({
    name: bucketNameSchema,
    encryption: z.discriminatedUnion('type', [
      z.object({ type: z.literal('SSE-S3') }).strict(),
      z.object({ type: z.literal('SSE-KMS'), kmsKeyId: z.string().max(2048).optional() }).strict(),
    ]),
    versioning: z.boolean(),
    blockPublicAccess: z.boolean(),
    httpsOnly: z.boolean(),
    logging: z.object({ targetBucket: bucketNameSchema, targetPrefix: keyPrefixSchema }).strict().optional(),
    tags,
  })
  .strict();
export type CreateBucketInput = z.infer<typeof createBucketSchema>;

export const startUploadSchema = z
  .object({
    bucket: bucketNameSchema,
    prefix: keyPrefixSchema,
    files: z
      .array(z.object({ relativePath: objectKeySchema, size: z.number().int().min(0).max(5 * 1024 ** 4) }).strict())
      .min(1, 'Choose at least one file.')
      .max(MAX_UPLOAD_FILES, `At most ${MAX_UPLOAD_FILES.toLocaleString('en-US')} files in one upload.`),
  })
  .strict();
export type StartUploadInput = z.infer<typeof startUploadSchema>;

const transferRef = z.object({ transferId: z.string().uuid() }).strict();

export const dataRequests = {
  /** A page of buckets (ListBuckets), each with its posture findings. */
  'buckets.list': request({
    input: z.object({ nextToken: z.string().max(8192).optional() }).strict(),
    output: returns<BucketPage>(),
  }),
  'buckets.describe': request({ input: bucketRef, output: returns<BucketDetail>() }),
  'buckets.create': request({
    input: createBucketSchema,
    output: returns<BucketDetail>(),
    mutation: { action: 'Create bucket', target: (input) => input.name, destructive: false },
  }),
  /** One posture fix; changes who can reach the data, so it is confirmed. */
  'buckets.fix': request({
    input: z
      .object({ bucket: bucketNameSchema, fix: z.enum(POSTURE_FIXES), loggingTarget: z.object({ targetBucket: bucketNameSchema, targetPrefix: keyPrefixSchema }).strict().optional() })
      .strict(),
    output: returns<BucketDetail>(),
    mutation: { action: 'Fix bucket posture', target: (input) => input.bucket, destructive: true },
  }),
  /** One page of a prefix: its folders and objects (ListObjectsV2 with `/` as delimiter). */
  'objects.list': request({
    input: z.object({ bucket: bucketNameSchema, prefix: keyPrefixSchema, nextToken: z.string().max(8192).optional() }).strict(),
    output: returns<ObjectListing>(),
  }),
  'objects.describe': request({
    input: objectRef.extend({ versionId: versionIdSchema.optional() }).strict(),
    output: returns<ObjectDetail>(),
  }),
  'objects.delete': request({
    input: objectRef,
    output: returns<DeleteOutcome>(),
    mutation: { action: 'Delete object', target: objectTarget, destructive: true },
  }),
  /** The object's versions and delete markers, newest first. */
  'objects.versions': request({ input: objectRef, output: returns<ObjectVersion[]>() }),
  /** Copies the chosen version over the latest: the old content becomes the newest version. */
  'objects.restoreVersion': request({
    input: objectRef.extend({ versionId: versionIdSchema }).strict(),
    output: returns<RestoreOutcome>(),
    mutation: { action: 'Restore object version', target: objectTarget, destructive: true },
  }),
  /** Removes the delete marker that hides the object, so its last version is current again. */
  'objects.undelete': request({
    input: objectRef,
    output: returns<RestoreOutcome>(),
    mutation: { action: 'Undelete object', target: objectTarget, destructive: false },
  }),
  /** Puts every object under the prefix back as it was at `asOf` (versioned buckets). */
  'prefixes.restore': request({
    input: z.object({ bucket: bucketNameSchema, prefix: keyPrefixSchema, asOf: isoTime }).strict(),
    output: returns<PrefixRestoreReport>(),
    mutation: { action: 'Restore prefix to a point in time', target: prefixTarget, destructive: true },
  }),
  /** Restores the prefix as of `asOf` into a scratch prefix and checks every object's checksum against its version. */
  'prefixes.drill': request({
    input: z.object({ bucket: bucketNameSchema, prefix: keyPrefixSchema, asOf: isoTime, scratchPrefix: keyPrefixSchema.refine((p) => p.length > 0, 'Name a scratch prefix.') }).strict(),
    output: returns<DrillReport>(),
    mutation: { action: 'Run restore drill', target: prefixTarget, destructive: false },
  }),
  /** Opens an upload: keys are `prefix + relativePath`; the renderer then sends each file's bytes in order. */
  'transfers.startUpload': request({
    input: startUploadSchema,
    output: returns<{ transferId: string; keys: string[] }>(),
    mutation: { action: 'Upload files', target: (input) => `s3://${input.bucket}/${input.prefix}`, destructive: false },
  }),
  /**
   * The next bytes of one file (base64, at most UPLOAD_CHUNK_BYTES decoded), at its offset. Answers
   * once core has room for more, so the renderer never runs ahead of S3.
   */
  'transfers.uploadChunk': request({
    input: z
      .object({ transferId: z.string().uuid(), fileIndex: z.number().int().min(0), offset: z.number().int().min(0), data: z.string().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4 + 4) })
      .strict(),
    output: returns<{ bytesAccepted: number }>(),
  }),
  /** The file's last byte was sent: complete its upload and verify its checksum. */
  'transfers.finishFile': request({
    input: z.object({ transferId: z.string().uuid(), fileIndex: z.number().int().min(0) }).strict(),
    output: returns<{ key: string; checksumVerified: boolean }>(),
  }),
  'transfers.cancel': request({ input: transferRef, output: returns<TransferSummary>() }),
  /** Sends the failed parts of a failed upload again (core kept their bytes). */
  'transfers.retry': request({ input: transferRef, output: returns<TransferSummary>() }),
} satisfies Record<(typeof DATA_REQUESTS)[number], AnyRequestSpec>;

export type DownloadEvent =
  | { type: 'meta'; key: string; size: number; contentType?: string; versionId?: string }
  | { type: 'chunk'; offset: number; data: string }
  | { type: 'done'; checksumVerified: boolean };

export const dataStreams = {
  /** Every transfer of this run of SageDeck (all profiles), snapshot first, then progress. */
  'transfers.watch': stream({ input: z.object({}).strict(), event: returns<WatchEvent<TransferSummary>>() }),
  /** One object's bytes in order (base64 chunks), for a save in the renderer, with progress as they come. */
  'transfers.download': stream({
    input: objectRef.extend({ versionId: versionIdSchema.optional() }).strict(),
    event: returns<DownloadEvent>(),
    sessionScoped: true,
  }),
} satisfies Record<(typeof DATA_STREAMS)[number], AnyStreamSpec>;

export const dataChannelsMatch: [
  SameKeys<keyof typeof dataRequests, (typeof DATA_REQUESTS)[number]>,
  SameKeys<keyof typeof dataStreams, (typeof DATA_STREAMS)[number]>,
] = [true, true];
