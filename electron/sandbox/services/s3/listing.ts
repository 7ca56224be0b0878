import type {
  ListObjectsOutput,
  ListObjectsRequest,
  ListObjectsV2Output,
  ListObjectsV2Request,
  ListObjectVersionsOutput,
  ListObjectVersionsRequest,
  ObjectStorageClass,
} from '@aws-sdk/client-s3';
import { ownerOf, requireBucket, type Handler } from './context';
import { invalidArgument } from './errors';
import type { Bucket, ObjectVersion } from './state';

/** ListObjectsV2, ListObjects (v1) and ListObjectVersions: key order, delimiters, pagination. */

const BEYOND_SURROGATES = /[\uD800-\uFFFF]/;

/**
 * S3 orders keys by their UTF-8 bytes. JavaScript's string order (UTF-16 code units) agrees
 * except where surrogate pairs meet U+E000..U+FFFF, so only such keys pay for the byte compare.
 */
export const byKey = (a: string, b: string): number => {
  if (BEYOND_SURROGATES.test(a) || BEYOND_SURROGATES.test(b)) return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
  return a < b ? -1 : a > b ? 1 : 0;
};

export function maxKeysOf(value: number | undefined, name = 'max-keys'): number {
  if (value === undefined) return 1000;
  if (value < 0) throw invalidArgument(`Argument ${name} must be an integer between 0 and 2147483647`, name, String(value));
  return Math.min(value, 1000);
}

/** encoding-type=url: S3 percent-encodes keys and prefixes in the answer (but keeps '/'). */
export function encoderFor(encodingType: string | undefined): (text: string | undefined) => string | undefined {
  if (encodingType === undefined) return (text) => text;
  if (encodingType !== 'url') throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', encodingType);
  return (text) => (text === undefined ? undefined : encodeURIComponent(text).replace(/%2F/g, '/'));
}

/** A position in key order: after `key`, and past everything under it when it was a common prefix. */
interface Marker {
  key: string;
  prefix?: boolean;
}

const isPast = (key: string, marker: Marker | undefined) =>
  !marker || (byKey(key, marker.key) > 0 && !(marker.prefix && key.startsWith(marker.key)));

export const commonPrefixOf = (key: string, prefix: string, delimiter: string | undefined) => {
  if (!delimiter) return undefined;
  const at = key.indexOf(delimiter, prefix.length);
  return at < 0 ? undefined : key.slice(0, at + delimiter.length);
};

type Entry = { kind: 'key'; key: string } | { kind: 'prefix'; prefix: string };

/** Walks keys in order from a marker, folding keys under a delimiter into common prefixes. */
function walkKeys(keys: string[], prefix: string, delimiter: string | undefined, marker: Marker | undefined, limit: number) {
  const entries: Entry[] = [];
  let truncated = false;
  let lastPrefix: string | undefined;
  for (const key of keys) {
    if (!key.startsWith(prefix) || !isPast(key, marker)) continue;
    const common = commonPrefixOf(key, prefix, delimiter);
    if (common !== undefined && common === lastPrefix) continue;
    if (entries.length >= limit) {
      truncated = true;
      break;
    }
    if (common !== undefined) {
      lastPrefix = common;
      entries.push({ kind: 'prefix', prefix: common });
    } else {
      entries.push({ kind: 'key', key });
    }
  }
  return { entries, truncated };
}

const sortedKeys = (bucket: Bucket) => [...bucket.objects.keys()].sort(byKey);

/** Keys whose current version is an object (not a delete marker). */
const liveKeys = (bucket: Bucket) => sortedKeys(bucket).filter((key) => !bucket.objects.get(key)?.[0]?.deleteMarker);

function objectEntry(version: ObjectVersion, withOwner: boolean, accountId: string, encode: (t: string) => string | undefined) {
  return {
    Key: encode(version.key),
    LastModified: new Date(version.lastModified),
    ETag: version.etag,
    ChecksumAlgorithm: version.checksum ? [version.checksum.algorithm] : undefined,
    ChecksumType: version.checksum?.type,
    Size: version.body.length,
    StorageClass: version.storageClass as ObjectStorageClass,
    Owner: withOwner ? ownerOf(accountId) : undefined,
  };
}

const encodeToken = (marker: Marker) => Buffer.from(JSON.stringify(marker)).toString('base64url');

function decodeToken(token: string): Marker {
  try {
    const marker = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Marker;
    if (typeof marker.key === 'string') return marker;
  } catch {
    // fall through to S3's answer for a token it did not issue
  }
  throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
}

const lastMarker = (entries: Entry[]): Marker | undefined => {
  const last = entries[entries.length - 1];
  if (!last) return undefined;
  return last.kind === 'key' ? { key: last.key } : { key: last.prefix, prefix: true };
};

export const listObjectsV2: Handler<ListObjectsV2Request & { Bucket: string }, ListObjectsV2Output> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  const limit = maxKeysOf(input.MaxKeys);
  const encode = encoderFor(input.EncodingType);
  const prefix = input.Prefix ?? '';
  const fromToken = input.ContinuationToken ? decodeToken(input.ContinuationToken) : undefined;
  const startAfter = input.StartAfter ? { key: input.StartAfter } : undefined;
  const marker = fromToken && startAfter ? (byKey(fromToken.key, startAfter.key) >= 0 ? fromToken : startAfter) : (fromToken ?? startAfter);
  const { entries, truncated } = walkKeys(liveKeys(bucket), prefix, input.Delimiter, marker, limit);
  const next = truncated ? lastMarker(entries) : undefined;
  const contents = entries.flatMap((e) => (e.kind === 'key' ? [e.key] : []));
  const prefixes = entries.flatMap((e) => (e.kind === 'prefix' ? [e.prefix] : []));
  return {
    IsTruncated: truncated,
    Contents: contents.length > 0 ? contents.map((key) => objectEntry(bucket.objects.get(key)![0]!, input.FetchOwner === true, bucket.accountId, encode)) : undefined,
    Name: bucket.name,
    Prefix: encode(prefix),
    Delimiter: encode(input.Delimiter),
    MaxKeys: limit,
    CommonPrefixes: prefixes.length > 0 ? prefixes.map((p) => ({ Prefix: encode(p) })) : undefined,
    EncodingType: input.EncodingType,
    KeyCount: entries.length,
    ContinuationToken: input.ContinuationToken,
    NextContinuationToken: next ? encodeToken(next) : undefined,
    StartAfter: encode(input.StartAfter),
  };
};

export const listObjects: Handler<ListObjectsRequest & { Bucket: string }, ListObjectsOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  const limit = maxKeysOf(input.MaxKeys);
  const encode = encoderFor(input.EncodingType);
  const prefix = input.Prefix ?? '';
  const marker = input.Marker ? { key: input.Marker, prefix: commonPrefixOf(input.Marker, prefix, input.Delimiter) === input.Marker } : undefined;
  const { entries, truncated } = walkKeys(liveKeys(bucket), prefix, input.Delimiter, marker, limit);
  const next = truncated ? lastMarker(entries) : undefined;
  const contents = entries.flatMap((e) => (e.kind === 'key' ? [e.key] : []));
  const prefixes = entries.flatMap((e) => (e.kind === 'prefix' ? [e.prefix] : []));
  return {
    IsTruncated: truncated,
    Marker: encode(input.Marker ?? ''),
    NextMarker: next && input.Delimiter ? encode(next.key) : undefined,
    Contents: contents.length > 0 ? contents.map((key) => objectEntry(bucket.objects.get(key)![0]!, true, bucket.accountId, encode)) : undefined,
    Name: bucket.name,
    Prefix: encode(prefix),
    Delimiter: encode(input.Delimiter),
    MaxKeys: limit,
    CommonPrefixes: prefixes.length > 0 ? prefixes.map((p) => ({ Prefix: encode(p) })) : undefined,
    EncodingType: input.EncodingType,
  };
};

export const listObjectVersions: Handler<ListObjectVersionsRequest & { Bucket: string }, ListObjectVersionsOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  const limit = maxKeysOf(input.MaxKeys);
  const encode = encoderFor(input.EncodingType);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter;
  if (input.VersionIdMarker && !input.KeyMarker) {
    throw invalidArgument('A version-id marker cannot be specified without a key marker.', 'version-id-marker', input.VersionIdMarker);
  }
  const keyMarker = input.KeyMarker;
  const markerIsPrefix = keyMarker !== undefined && commonPrefixOf(keyMarker, prefix, delimiter) === keyMarker;

  type Item = { kind: 'version'; version: ObjectVersion; latest: boolean } | { kind: 'prefix'; prefix: string };
  const items: Item[] = [];
  let truncated = false;
  let lastPrefix: string | undefined;
  outer: for (const key of sortedKeys(bucket)) {
    if (!key.startsWith(prefix)) continue;
    if (keyMarker !== undefined) {
      const order = byKey(key, keyMarker);
      if (order < 0 || (order === 0 && !input.VersionIdMarker)) continue;
      if (markerIsPrefix && key.startsWith(keyMarker)) continue;
    }
    const common = commonPrefixOf(key, prefix, delimiter);
    if (common !== undefined) {
      if (common === lastPrefix) continue;
      if (items.length >= limit) {
        truncated = true;
        break;
      }
      lastPrefix = common;
      items.push({ kind: 'prefix', prefix: common });
      continue;
    }
    const versions = bucket.objects.get(key) ?? [];
    let start = 0;
    if (key === keyMarker && input.VersionIdMarker) {
      const at = versions.findIndex((v) => v.versionId === input.VersionIdMarker);
      if (at < 0) throw invalidArgument('Invalid version id specified', 'version-id-marker', input.VersionIdMarker);
      start = at + 1;
    }
    for (let i = start; i < versions.length; i++) {
      if (items.length >= limit) {
        truncated = true;
        break outer;
      }
      items.push({ kind: 'version', version: versions[i]!, latest: i === 0 });
    }
  }
  const last = items[items.length - 1];
  const owner = ownerOf(bucket.accountId);
  const versions = items.flatMap((item) => (item.kind === 'version' && !item.version.deleteMarker ? [item] : []));
  const markers = items.flatMap((item) => (item.kind === 'version' && item.version.deleteMarker ? [item] : []));
  const prefixes = items.flatMap((item) => (item.kind === 'prefix' ? [item.prefix] : []));
  return {
    IsTruncated: truncated,
    KeyMarker: encode(keyMarker ?? ''),
    VersionIdMarker: input.VersionIdMarker ?? '',
    NextKeyMarker: truncated && last ? encode(last.kind === 'version' ? last.version.key : last.prefix) : undefined,
    NextVersionIdMarker: truncated && last?.kind === 'version' ? last.version.versionId : undefined,
    Versions:
      versions.length > 0
        ? versions.map(({ version, latest }) => ({
            ...objectEntry(version, true, bucket.accountId, encode),
            StorageClass: 'STANDARD' as const,
            VersionId: version.versionId,
            IsLatest: latest,
          }))
        : undefined,
    DeleteMarkers:
      markers.length > 0
        ? markers.map(({ version, latest }) => ({
            Owner: owner,
            Key: encode(version.key),
            VersionId: version.versionId,
            IsLatest: latest,
            LastModified: new Date(version.lastModified),
          }))
        : undefined,
    Name: bucket.name,
    Prefix: encode(prefix),
    Delimiter: encode(delimiter),
    MaxKeys: limit,
    CommonPrefixes: prefixes.length > 0 ? prefixes.map((p) => ({ Prefix: encode(p) })) : undefined,
    EncodingType: input.EncodingType,
  };
};
