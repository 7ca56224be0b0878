import type { dataRequests, dataStreams, DownloadEvent } from '../../../../shared/contract/data';
import {
  POSTURE_CHECKS,
  type BucketDetail,
  type BucketPostureDetail,
  type BucketSummary,
  type ObjectSummary,
  type ObjectVersion,
  type PostureCheck,
  type PostureFinding,
  type PostureFix,
  type TransferState,
  type TransferSummary,
} from '../../../../shared/domain/data';
import type { WatchEvent } from '../../../../shared/domain/watch';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { base64ToBytes, bytesToBase64 } from '../../../../renderer/src/features/data/transfers/base64';
import { Listeners } from './listeners';

const NOW = '2026-11-26T12:00:00.000Z';

interface StoredVersion {
  versionId: string;
  isDeleteMarker: boolean;
  lastModified: string;
  bytes: Uint8Array;
  storageClass: string;
}

interface StoredBucket {
  detail: BucketDetail;
  /** Key → versions, newest first (one entry per key when unversioned). */
  objects: Map<string, StoredVersion[]>;
}

interface StoredTransfer {
  summary: TransferSummary;
  /** Bytes received per file, in the order they came. */
  received: Uint8Array[][];
}

/** Finding check for each fix, and how the check reads once fixed. */
const FIXED: Record<PostureFix, { check: PostureCheck; reason: string }> = {
  enableVersioning: {
    check: 'versioning',
    reason: 'Versioning is enabled: overwritten and deleted objects can be restored.',
  },
  enableEncryption: { check: 'encryption', reason: 'Default encryption: SSE-S3 (AES256).' },
  blockPublicAccess: { check: 'publicAccessBlock', reason: 'All four public access block settings are on.' },
  requireHttps: { check: 'bucketPolicy', reason: 'The bucket policy denies requests without HTTPS.' },
  enforceBucketOwner: { check: 'ownership', reason: 'ACLs are disabled: the bucket owner owns every object.' },
  enableLogging: { check: 'logging', reason: 'Server access logs go to another bucket.' },
};

/** Every check passing, as a bucket created with SageDeck's secure defaults reads. */
export function secureFindings(): PostureFinding[] {
  return POSTURE_CHECKS.map((check) => ({ check, status: 'pass', reason: `${check} is configured.` }));
}

/** A bucket that fails the fixable checks (each with its fix) and passes the rest. */
export function insecureFindings(): PostureFinding[] {
  const fixes = new Map(Object.entries(FIXED).map(([fix, { check }]) => [check, fix as PostureFix]));
  return POSTURE_CHECKS.map((check) => {
    const fix = fixes.get(check);
    return fix
      ? { check, status: 'warn', reason: `${check} is not configured.`, fix }
      : { check, status: 'pass', reason: `${check} is configured.` };
  });
}

const notFound = (what: string) =>
  new SageDeckError({ code: 'ResourceNotFound', message: `${what} does not exist.`, retryable: false });

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const encode = (content: string | Uint8Array) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

/**
 * buckets.*, objects.*, prefixes.*, transfers.*: buckets with findings (`addBucket`), objects with
 * versions per bucket (`putObject`, `deleteObject`), uploads that progress as chunks arrive and are
 * told to every transfers.watch, downloads of the stored bytes in `downloadChunkBytes` pieces.
 * Fixes turn their finding to pass; `failChunk` makes the next chunk of a file fail as S3 would.
 */
export class FakeData {
  buckets = new Map<string, StoredBucket>();
  bucketPageSize = 50;
  objectPageSize = 1000;
  downloadChunkBytes = 4;
  transfers = new Map<string, StoredTransfer>();
  /** Every chunk that reached the fake, in arrival order. */
  chunks: { transferId: string; fileIndex: number; offset: number; size: number }[] = [];
  drillReport: { mismatched: { key: string; expected: string; actual: string }[] } = { mismatched: [] };
  private readonly failingChunks = new Set<number>();
  private readonly watchers = new Listeners<WatchEvent<TransferSummary>>();
  private nextId = 1;
  private versionCounter = 1;

  addBucket(
    name: string,
    options: { findings?: PostureFinding[]; posture?: Partial<BucketPostureDetail>; region?: string } = {},
  ): void {
    const findings = options.findings ?? secureFindings();
    const versioned = findings.find((f) => f.check === 'versioning')?.status === 'pass';
    this.buckets.set(name, {
      detail: {
        name,
        region: options.region ?? 'us-east-1',
        createdAt: NOW,
        findings,
        posture: {
          versioning: versioned ? 'Enabled' : 'Never enabled',
          lifecycleRules: 0,
          replicationRules: 0,
          tags: {},
          ...options.posture,
        },
      },
      objects: new Map(),
    });
  }

  putObject(
    bucket: string,
    key: string,
    content: string | Uint8Array,
    lastModified = NOW,
    storageClass = 'STANDARD',
  ): string {
    const stored = this.bucket(bucket);
    const versionId = this.versioned(stored) ? `v${this.versionCounter++}` : 'null';
    const version: StoredVersion = {
      versionId,
      isDeleteMarker: false,
      lastModified,
      bytes: encode(content),
      storageClass,
    };
    const before = this.versioned(stored) ? (stored.objects.get(key) ?? []) : [];
    stored.objects.set(key, [version, ...before]);
    return versionId;
  }

  /** The bytes of the latest version, or undefined when deleted or never written. */
  content(bucket: string, key: string): string | undefined {
    const latest = this.bucket(bucket).objects.get(key)?.[0];
    return latest && !latest.isDeleteMarker ? new TextDecoder().decode(latest.bytes) : undefined;
  }

  /** The next chunk sent for this file fails, and with it the file and the transfer. */
  failChunk(fileIndex: number): void {
    this.failingChunks.add(fileIndex);
  }

  private bucket(name: string): StoredBucket {
    const stored = this.buckets.get(name);
    if (!stored) throw notFound(`Bucket ${name}`);
    return stored;
  }

  private versioned(stored: StoredBucket): boolean {
    return stored.detail.posture.versioning === 'Enabled';
  }

  private summary(stored: StoredBucket): BucketSummary {
    const { name, region, createdAt, findings } = stored.detail;
    return { name, ...(region ? { region } : {}), ...(createdAt ? { createdAt } : {}), findings };
  }

  private latest(bucket: string, key: string): StoredVersion {
    const version = this.bucket(bucket).objects.get(key)?.[0];
    if (!version || version.isDeleteMarker) throw notFound(`s3://${bucket}/${key}`);
    return version;
  }

  private transfer(id: string): StoredTransfer {
    const stored = this.transfers.get(id);
    if (!stored) throw notFound(`Transfer ${id}`);
    return stored;
  }

  private tell(summary: TransferSummary): void {
    this.watchers.send({ type: 'changes', added: [], updated: [structuredClone(summary)], removed: [] });
  }

  private setTransferState(stored: StoredTransfer, state: TransferState, error?: string): void {
    stored.summary.state = state;
    if (error) stored.summary.error = error;
    else delete stored.summary.error;
    if (state === 'done' || state === 'failed' || state === 'cancelled') stored.summary.endedAt = NOW;
  }

  readonly requests: RequestHandlersOf<typeof dataRequests> = {
    'buckets.list': async (input) => {
      const all = [...this.buckets.values()].map((stored) => this.summary(stored));
      const from = input.nextToken ? Number(input.nextToken) : 0;
      const to = from + this.bucketPageSize;
      return { items: all.slice(from, to), ...(to < all.length ? { nextToken: String(to) } : {}) };
    },
    'buckets.describe': async (input) => structuredClone(this.bucket(input.bucket).detail),
    'buckets.create': async (input) => {
      if (this.buckets.has(input.name)) {
        throw new SageDeckError({
          code: 'BucketAlreadyExists',
          message: 'The requested bucket name is not available.',
          fields: { name: 'This name is taken: bucket names are global across every AWS account.' },
          retryable: false,
        });
      }
      const warn = (check: PostureCheck, on: boolean): PostureFinding =>
        on
          ? { check, status: 'pass', reason: `${check} is configured.` }
          : { check, status: 'warn', reason: `${check} is off.` };
      this.addBucket(input.name, {
        findings: POSTURE_CHECKS.map((check) =>
          check === 'versioning'
            ? warn(check, input.versioning)
            : check === 'publicAccessBlock'
              ? warn(check, input.blockPublicAccess)
              : check === 'bucketPolicy'
                ? warn(check, input.httpsOnly)
                : check === 'logging'
                  ? warn(check, input.logging !== undefined)
                  : warn(check, true),
        ),
        posture: { tags: input.tags, ...(input.logging ? { logging: input.logging } : {}) },
      });
      return structuredClone(this.bucket(input.name).detail);
    },
    'buckets.fix': async (input) => {
      const stored = this.bucket(input.bucket);
      if (input.fix === 'enableLogging' && !input.loggingTarget) {
        throw new SageDeckError({
          code: 'InvalidInput',
          message: 'Choose where the logs go.',
          fields: { loggingTarget: 'Choose a bucket for the logs.' },
          retryable: false,
        });
      }
      const { check, reason } = FIXED[input.fix];
      stored.detail.findings = stored.detail.findings.map((finding) =>
        finding.check === check ? { check, status: 'pass', reason } : finding,
      );
      if (input.fix === 'enableVersioning') stored.detail.posture.versioning = 'Enabled';
      if (input.loggingTarget) stored.detail.posture.logging = input.loggingTarget;
      return structuredClone(stored.detail);
    },
    'objects.list': async (input) => {
      const stored = this.bucket(input.bucket);
      const folders = new Set<string>();
      const objects: ObjectSummary[] = [];
      for (const [key, versions] of [...stored.objects].sort(([a], [b]) => a.localeCompare(b))) {
        const latest = versions[0];
        if (!latest || latest.isDeleteMarker || !key.startsWith(input.prefix)) continue;
        const slash = key.indexOf('/', input.prefix.length);
        if (slash !== -1) folders.add(key.slice(0, slash + 1));
        else
          objects.push({
            key,
            size: latest.bytes.length,
            lastModified: latest.lastModified,
            storageClass: latest.storageClass,
          });
      }
      const entries = [...[...folders].map((folder) => ({ folder })), ...objects.map((object) => ({ object }))];
      const from = input.nextToken ? Number(input.nextToken) : 0;
      const to = from + this.objectPageSize;
      const page = entries.slice(from, to);
      return {
        bucket: input.bucket,
        prefix: input.prefix,
        folders: page.flatMap((entry) => ('folder' in entry ? [entry.folder] : [])),
        objects: page.flatMap((entry) => ('object' in entry ? [entry.object] : [])),
        ...(to < entries.length ? { nextToken: String(to) } : {}),
      };
    },
    'objects.describe': async (input) => {
      const versions = this.bucket(input.bucket).objects.get(input.key) ?? [];
      const version = input.versionId
        ? versions.find((v) => v.versionId === input.versionId)
        : this.latest(input.bucket, input.key);
      if (!version || version.isDeleteMarker) throw notFound(`s3://${input.bucket}/${input.key}`);
      return {
        bucket: input.bucket,
        key: input.key,
        size: version.bytes.length,
        lastModified: version.lastModified,
        contentType: 'text/csv',
        storageClass: version.storageClass,
        encryption: { algorithm: 'AES256' },
        ...(version.versionId !== 'null' ? { versionId: version.versionId } : {}),
        etag: `"etag-${version.versionId}"`,
        checksum: { algorithm: 'CRC64NVME', value: 'AAAAAAAAAAA=', type: 'FULL_OBJECT' },
        metadata: { source: 'fake' },
        tags: { dataset: 'churn' },
      };
    },
    'objects.delete': async (input) => {
      const stored = this.bucket(input.bucket);
      this.latest(input.bucket, input.key);
      if (!this.versioned(stored)) {
        stored.objects.delete(input.key);
        return { key: input.key, deleteMarker: false };
      }
      const versionId = `v${this.versionCounter++}`;
      const marker: StoredVersion = {
        versionId,
        isDeleteMarker: true,
        lastModified: NOW,
        bytes: new Uint8Array(),
        storageClass: 'STANDARD',
      };
      stored.objects.set(input.key, [marker, ...(stored.objects.get(input.key) ?? [])]);
      return { key: input.key, deleteMarker: true, versionId };
    },
    'objects.versions': async (input): Promise<ObjectVersion[]> => {
      const versions = this.bucket(input.bucket).objects.get(input.key);
      if (!versions) throw notFound(`s3://${input.bucket}/${input.key}`);
      return versions.map((v, index) => ({
        versionId: v.versionId,
        isLatest: index === 0,
        isDeleteMarker: v.isDeleteMarker,
        lastModified: v.lastModified,
        ...(v.isDeleteMarker ? {} : { size: v.bytes.length, etag: `"etag-${v.versionId}"` }),
      }));
    },
    'objects.restoreVersion': async (input) => {
      const version = this.bucket(input.bucket)
        .objects.get(input.key)
        ?.find((v) => v.versionId === input.versionId);
      if (!version || version.isDeleteMarker) throw notFound(`Version ${input.versionId} of ${input.key}`);
      const versionId = this.putObject(input.bucket, input.key, version.bytes, NOW, version.storageClass);
      return { key: input.key, versionId };
    },
    'objects.undelete': async (input) => {
      const stored = this.bucket(input.bucket);
      const versions = stored.objects.get(input.key) ?? [];
      if (!versions[0]?.isDeleteMarker)
        throw new SageDeckError({ code: 'InvalidInput', message: `${input.key} is not deleted.`, retryable: false });
      stored.objects.set(input.key, versions.slice(1));
      return { key: input.key, ...(versions[1] ? { versionId: versions[1].versionId } : {}) };
    },
    'prefixes.restore': async (input) => ({
      bucket: input.bucket,
      prefix: input.prefix,
      asOf: input.asOf,
      restored: 2,
      unchanged: 5,
      removed: 1,
      failed: [],
    }),
    'prefixes.drill': async (input) => ({
      bucket: input.bucket,
      prefix: input.prefix,
      asOf: input.asOf,
      scratchPrefix: input.scratchPrefix,
      objects: 7,
      verified: 7 - this.drillReport.mismatched.length,
      mismatched: this.drillReport.mismatched,
      unverifiable: [],
      failed: [],
      durationMs: 1200,
      passed: this.drillReport.mismatched.length === 0,
    }),
    'transfers.startUpload': async (input) => {
      this.bucket(input.bucket);
      const id = uuid(this.nextId++);
      const keys = input.files.map((file) => `${input.prefix}${file.relativePath}`);
      const bytesTotal = input.files.reduce((sum, file) => sum + file.size, 0);
      const summary: TransferSummary = {
        id,
        kind: 'upload',
        profile: 'sandbox',
        region: 'us-east-1',
        bucket: input.bucket,
        target: input.prefix,
        state: 'running',
        bytesTotal,
        bytesDone: 0,
        bytesPerSecond: 0,
        files: input.files.map((file, index) => ({
          key: keys[index]!,
          bytesTotal: file.size,
          bytesDone: 0,
          state: 'queued',
        })),
        partRetries: 0,
        startedAt: NOW,
      };
      this.transfers.set(id, { summary, received: input.files.map(() => []) });
      this.watchers.send({ type: 'changes', added: [structuredClone(summary)], updated: [], removed: [] });
      return { transferId: id, keys };
    },
    'transfers.uploadChunk': async (input) => {
      const stored = this.transfer(input.transferId);
      const file = stored.summary.files[input.fileIndex];
      if (!file) throw notFound(`File ${input.fileIndex}`);
      if (stored.summary.state === 'cancelled')
        throw new SageDeckError({ code: 'Cancelled', message: 'The upload was cancelled.', retryable: false });
      const bytes = base64ToBytes(input.data);
      this.chunks.push({
        transferId: input.transferId,
        fileIndex: input.fileIndex,
        offset: input.offset,
        size: bytes.length,
      });
      if (this.failingChunks.delete(input.fileIndex)) {
        file.state = 'failed';
        file.error = 'Part 1 failed: InternalError (S3 answered 500). Retry sends it again.';
        stored.summary.partRetries += 1;
        this.setTransferState(stored, 'failed', `${file.key} failed.`);
        this.tell(stored.summary);
        throw new SageDeckError({ code: 'InternalError', message: file.error, retryable: true });
      }
      stored.received[input.fileIndex]!.push(bytes);
      file.state = 'running';
      file.bytesDone += bytes.length;
      stored.summary.bytesDone += bytes.length;
      stored.summary.bytesPerSecond = 1024 * 1024;
      stored.summary.secondsLeft = Math.ceil(
        (stored.summary.bytesTotal - stored.summary.bytesDone) / stored.summary.bytesPerSecond,
      );
      this.tell(stored.summary);
      return { bytesAccepted: file.bytesDone };
    },
    'transfers.finishFile': async (input) => {
      const stored = this.transfer(input.transferId);
      const file = stored.summary.files[input.fileIndex];
      if (!file) throw notFound(`File ${input.fileIndex}`);
      const parts = stored.received[input.fileIndex]!;
      const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
      this.putObject(stored.summary.bucket, file.key, bytes);
      file.state = 'done';
      file.checksumVerified = true;
      if (stored.summary.files.every((f) => f.state === 'done')) this.setTransferState(stored, 'done');
      this.tell(stored.summary);
      return { key: file.key, checksumVerified: true };
    },
    'transfers.cancel': async (input) => {
      const stored = this.transfer(input.transferId);
      this.setTransferState(stored, 'cancelled');
      for (const file of stored.summary.files) if (file.state !== 'done') file.state = 'cancelled';
      this.tell(stored.summary);
      return structuredClone(stored.summary);
    },
    'transfers.retry': async (input) => {
      const stored = this.transfer(input.transferId);
      for (const file of stored.summary.files) {
        if (file.state !== 'failed') continue;
        file.state = 'running';
        delete file.error;
      }
      this.setTransferState(stored, 'running');
      delete stored.summary.endedAt;
      this.tell(stored.summary);
      return structuredClone(stored.summary);
    },
  };

  readonly streams: StreamHandlersOf<typeof dataStreams> = {
    'transfers.watch': (_input, emit) => {
      emit({ type: 'snapshot', items: [...this.transfers.values()].map((stored) => structuredClone(stored.summary)) });
      return this.watchers.add(emit);
    },
    'transfers.download': (input, emit, end) => {
      let open = true;
      void (async () => {
        const versions = this.bucket(input.bucket).objects.get(input.key) ?? [];
        const version = input.versionId
          ? versions.find((v) => v.versionId === input.versionId)
          : this.latest(input.bucket, input.key);
        if (!version) throw notFound(`s3://${input.bucket}/${input.key}`);
        const send = (event: DownloadEvent) => open && emit(event);
        send({
          type: 'meta',
          key: input.key,
          size: version.bytes.length,
          contentType: 'text/csv',
          versionId: version.versionId,
        });
        for (let offset = 0; offset < version.bytes.length; offset += this.downloadChunkBytes) {
          await Promise.resolve();
          send({
            type: 'chunk',
            offset,
            data: bytesToBase64(version.bytes.subarray(offset, offset + this.downloadChunkBytes)),
          });
        }
        send({ type: 'done', checksumVerified: true });
        if (open) end();
      })().catch((error: unknown) => open && end(error));
      return () => {
        open = false;
      };
    },
  };
}
