import { securitySectionHref } from '../security-routes';

/** `#/security/backups`: coverage of every bucket. */
export const backupsHref = () => securitySectionHref('backups');
/** `#/security/backups/bucket/<name>[?test=<id>]`: one bucket's recovery points, restore tests and the running one. */
export const bucketBackupsHref = (bucket: string, testId?: string) => securitySectionHref('backups', ['bucket', bucket], testId ? { test: testId } : undefined);

export type BackupsView = { view: 'coverage' } | { view: 'bucket'; bucket: string; testId?: string } | { view: 'unknown' };

export function backupsView(rest: string[], params: URLSearchParams): BackupsView {
  if (rest.length === 0) return { view: 'coverage' };
  if (rest[0] === 'bucket' && rest[1] && rest.length === 2) {
    const testId = params.get('test');
    return { view: 'bucket', bucket: rest[1], ...(testId ? { testId } : {}) };
  }
  return { view: 'unknown' };
}
