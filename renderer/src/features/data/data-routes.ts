import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The Data area's addresses:
 *   `#/data`                                               the buckets with their posture
 *   `#/data/new`                                           create a bucket with secure defaults
 *   `#/data/bucket/<name>[?prefix=<p>]`                    browse a bucket at a prefix (a partial name searches)
 *   `#/data/bucket/<name>/posture`                         the bucket's full posture, with fixes
 *   `#/data/bucket/<name>/object?key=<k>[&versionId=<v>][&tab=versions]`  one object
 *   `#/data/bucket/<name>/restore?prefix=<p>`              restore drill and point-in-time restore of a prefix
 *   `#/data?uri=s3://<bucket>/<key-or-prefix>`             what jobs and the registry link to
 */
export type DataView =
  | { view: 'buckets' }
  | { view: 'new' }
  | { view: 'browse'; bucket: string; prefix: string }
  | { view: 'posture'; bucket: string }
  | { view: 'object'; bucket: string; key: string; versionId: string | undefined; tab: ObjectTab }
  | { view: 'restore'; bucket: string; prefix: string }
  | { view: 'uri'; uri: string }
  | { view: 'unknown' };

export type ObjectTab = 'details' | 'versions';

export function dataView(route: Pick<Route, 'path' | 'params'>): DataView {
  const [first, bucket, screen, ...rest] = route.path;
  const param = (key: string) => route.params.get(key) ?? undefined;
  const uri = param('uri');
  if (first === undefined) return uri ? { view: 'uri', uri } : { view: 'buckets' };
  if (first === 'new' && bucket === undefined) return { view: 'new' };
  if (first !== 'bucket' || bucket === undefined || rest.length > 0) return { view: 'unknown' };
  if (screen === undefined) return { view: 'browse', bucket, prefix: param('prefix') ?? '' };
  if (screen === 'posture') return { view: 'posture', bucket };
  if (screen === 'restore') return { view: 'restore', bucket, prefix: param('prefix') ?? '' };
  const key = param('key');
  if (screen === 'object' && key) {
    return {
      view: 'object',
      bucket,
      key,
      versionId: param('versionId'),
      tab: param('tab') === 'versions' ? 'versions' : 'details',
    };
  }
  return { view: 'unknown' };
}

const withPrefix = (prefix: string) => (prefix ? { prefix } : undefined);

export const bucketsHref = () => hrefFor('data');
export const newBucketHref = () => hrefFor('data', ['new']);
export const browseHref = (bucket: string, prefix = '') => hrefFor('data', ['bucket', bucket], withPrefix(prefix));
export const postureHref = (bucket: string) => hrefFor('data', ['bucket', bucket, 'posture']);
export const restoreHref = (bucket: string, prefix: string) =>
  hrefFor('data', ['bucket', bucket, 'restore'], withPrefix(prefix));
export const objectHref = (bucket: string, key: string, options: { versionId?: string; tab?: ObjectTab } = {}) =>
  hrefFor('data', ['bucket', bucket, 'object'], {
    key,
    ...(options.versionId ? { versionId: options.versionId } : {}),
    ...(options.tab === 'versions' ? { tab: 'versions' } : {}),
  });
/** An S3 URI as jobs show it; the Data area resolves it to the prefix or the object. */
export const s3UriHref = (uri: string) => hrefFor('data', [], { uri });

/** The folder part of a prefix (up to its last `/`) and what follows it (a partial name being searched). */
export function splitPrefix(prefix: string): { folder: string; partial: string } {
  const slash = prefix.lastIndexOf('/');
  return { folder: prefix.slice(0, slash + 1), partial: prefix.slice(slash + 1) };
}

/** The last segment of a key or folder, as a file manager names it. */
export function baseName(keyOrFolder: string): string {
  const trimmed = keyOrFolder.endsWith('/') ? keyOrFolder.slice(0, -1) : keyOrFolder;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
