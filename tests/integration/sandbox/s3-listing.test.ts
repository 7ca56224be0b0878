import {
  CreateBucketCommand,
  DeleteObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Error, startS3Sandbox, type S3Sandbox } from './s3-harness';

let env: S3Sandbox;
const Bucket = 'listing-bucket';
const KEYS = [
  'code/train.py',
  'processed/test/test.csv',
  'processed/train/train.csv',
  'processed/validation/validation.csv',
  'raw/customers.csv',
  'raw/usage/2026-01-01.csv',
  'raw/usage/2026-01-02.csv',
  'raw/usage/2026-01-03.csv',
  'readme.md',
  'with space/a b.txt',
];

beforeAll(async () => {
  env = await startS3Sandbox();
  await env.s3.send(new CreateBucketCommand({ Bucket }));
  // Written out of order: listings must sort.
  for (const Key of [...KEYS].reverse()) await env.s3.send(new PutObjectCommand({ Bucket, Key, Body: `body of ${Key}` }));
});
afterAll(async () => {
  await env.stop();
});

describe('S3 ListObjectsV2', () => {
  it('lists every key in key order with sizes and ETags', async () => {
    const listed = await env.s3.send(new ListObjectsV2Command({ Bucket }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual(KEYS);
    expect(listed.KeyCount).toBe(KEYS.length);
    expect(listed.IsTruncated).toBe(false);
    expect(listed.Contents?.[0]?.Size).toBe('body of code/train.py'.length);
    expect(listed.Contents?.[0]?.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(listed.Contents?.[0]?.Owner).toBeUndefined();
  });

  it('folds keys under a delimiter into common prefixes', async () => {
    const top = await env.s3.send(new ListObjectsV2Command({ Bucket, Delimiter: '/' }));
    expect(top.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['code/', 'processed/', 'raw/', 'with space/']);
    expect(top.Contents?.map((o) => o.Key)).toEqual(['readme.md']);
    const raw = await env.s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'raw/', Delimiter: '/' }));
    expect(raw.Contents?.map((o) => o.Key)).toEqual(['raw/customers.csv']);
    expect(raw.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['raw/usage/']);
    expect(raw.Prefix).toBe('raw/');
  });

  it('pages with max-keys and continuation tokens, counting common prefixes once', async () => {
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const page = await env.s3.send(new ListObjectsV2Command({ Bucket, Delimiter: '/', MaxKeys: 2, ContinuationToken: token }));
      pages.push([...(page.CommonPrefixes ?? []).map((p) => p.Prefix!), ...(page.Contents ?? []).map((o) => o.Key!)].sort());
      expect(page.KeyCount).toBeLessThanOrEqual(2);
      token = page.NextContinuationToken;
      expect(Boolean(token)).toBe(page.IsTruncated);
    } while (token);
    expect(pages.flat().sort()).toEqual(['code/', 'processed/', 'raw/', 'readme.md', 'with space/']);
    expect(pages).toHaveLength(3);
  });

  it('works with the SDK paginator', async () => {
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2({ client: env.s3, pageSize: 3 }, { Bucket })) keys.push(...(page.Contents ?? []).map((o) => o.Key!));
    expect(keys).toEqual(KEYS);
  });

  it('starts after a key, includes owners when asked, and URL-encodes with encoding-type=url', async () => {
    const after = await env.s3.send(new ListObjectsV2Command({ Bucket, StartAfter: 'raw/usage/2026-01-02.csv', FetchOwner: true }));
    expect(after.Contents?.map((o) => o.Key)).toEqual(['raw/usage/2026-01-03.csv', 'readme.md', 'with space/a b.txt']);
    expect(after.Contents?.[0]?.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    const encoded = await env.s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'with space/', EncodingType: 'url' }));
    expect(encoded.Contents?.map((o) => o.Key)).toEqual(['with%20space/a%20b.txt']);
    expect(encoded.Prefix).toBe('with%20space/');
  });

  it('orders keys by UTF-8 bytes, as S3 does, not by UTF-16 code units', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'unicode-bucket' }));
    for (const Key of ['\u{1F600}-emoji', '\uFFFD-replacement', 'z-ascii']) await env.s3.send(new PutObjectCommand({ Bucket: 'unicode-bucket', Key, Body: Key }));
    const listed = await env.s3.send(new ListObjectsV2Command({ Bucket: 'unicode-bucket' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['z-ascii', '\uFFFD-replacement', '\u{1F600}-emoji']);
  });

  it('refuses a continuation token it did not issue', async () => {
    const error = await s3Error(env.s3.send(new ListObjectsV2Command({ Bucket, ContinuationToken: 'bogus!' })));
    expect(error.name).toBe('InvalidArgument');
  });
});

describe('S3 ListObjects (v1)', () => {
  it('pages with Marker and NextMarker', async () => {
    const first = await env.s3.send(new ListObjectsCommand({ Bucket, Delimiter: '/', MaxKeys: 3 }));
    expect([...(first.CommonPrefixes ?? []).map((p) => p.Prefix)]).toEqual(['code/', 'processed/', 'raw/']);
    expect(first.IsTruncated).toBe(true);
    expect(first.NextMarker).toBe('raw/');
    const rest = await env.s3.send(new ListObjectsCommand({ Bucket, Delimiter: '/', Marker: first.NextMarker }));
    expect(rest.Contents?.map((o) => o.Key)).toEqual(['readme.md']);
    expect(rest.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['with space/']);
  });
});

describe('S3 ListObjectVersions', () => {
  const VBucket = 'versions-bucket';
  const ids: Record<string, string[]> = {};

  beforeAll(async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: VBucket }));
    await env.s3.send(new PutBucketVersioningCommand({ Bucket: VBucket, VersioningConfiguration: { Status: 'Enabled' } }));
    for (const [Key, count] of [['a.csv', 3], ['b.csv', 2], ['dir/c.csv', 1]] as const) {
      ids[Key] = [];
      for (let i = 0; i < count; i++) {
        env.clock.advance(1000);
        ids[Key]!.unshift((await env.s3.send(new PutObjectCommand({ Bucket: VBucket, Key, Body: `${Key} v${i + 1}` }))).VersionId!);
      }
    }
    env.clock.advance(1000);
    ids.marker = [(await env.s3.send(new DeleteObjectCommand({ Bucket: VBucket, Key: 'b.csv' }))).VersionId!];
  });

  it('lists versions newest first per key, with IsLatest and delete markers', async () => {
    const listed = await env.s3.send(new ListObjectVersionsCommand({ Bucket: VBucket }));
    expect(listed.Versions?.map((v) => [v.Key, v.VersionId, v.IsLatest])).toEqual([
      ['a.csv', ids['a.csv']![0], true],
      ['a.csv', ids['a.csv']![1], false],
      ['a.csv', ids['a.csv']![2], false],
      ['b.csv', ids['b.csv']![0], false],
      ['b.csv', ids['b.csv']![1], false],
      ['dir/c.csv', ids['dir/c.csv']![0], true],
    ]);
    expect(listed.DeleteMarkers?.map((m) => [m.Key, m.VersionId, m.IsLatest])).toEqual([['b.csv', ids.marker![0], true]]);
    expect(listed.Versions?.[0]?.Size).toBe('a.csv v3'.length);
  });

  it('pages with key-marker and version-id-marker through the middle of a key', async () => {
    const first = await env.s3.send(new ListObjectVersionsCommand({ Bucket: VBucket, MaxKeys: 2 }));
    expect(first.IsTruncated).toBe(true);
    expect(first.NextKeyMarker).toBe('a.csv');
    expect(first.NextVersionIdMarker).toBe(ids['a.csv']![1]);
    const second = await env.s3.send(
      new ListObjectVersionsCommand({ Bucket: VBucket, MaxKeys: 2, KeyMarker: first.NextKeyMarker, VersionIdMarker: first.NextVersionIdMarker }),
    );
    const entries = [...(second.Versions ?? []), ...(second.DeleteMarkers ?? [])].map((v) => v.VersionId);
    expect(entries.sort()).toEqual([ids['a.csv']![2], ids.marker![0]].sort());
    const afterKey = await env.s3.send(new ListObjectVersionsCommand({ Bucket: VBucket, KeyMarker: 'b.csv' }));
    expect(afterKey.Versions?.map((v) => v.Key)).toEqual(['dir/c.csv']);
  });

  it('groups versions under a delimiter into common prefixes', async () => {
    const listed = await env.s3.send(new ListObjectVersionsCommand({ Bucket: VBucket, Delimiter: '/' }));
    expect(listed.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['dir/']);
    expect(listed.Versions?.some((v) => v.Key === 'dir/c.csv')).toBe(false);
  });
});
