import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect } from 'react';
import { parseS3Uri } from '../../../../../shared/validation/s3';
import { useClient } from '../../../app/services';
import { browseHref, bucketsHref, objectHref } from '../data-routes';

/** Replaces the address, so Back skips this hop instead of bouncing into it again. */
const replaceHref = (href: string) => window.location.replace(href);

/**
 * `#/data?uri=s3://bucket/path` from a job or the registry: a prefix (ending in `/`, or naming no
 * object) opens the browser there, an object opens its page.
 */
export function UriLanding({ uri }: { uri: string }) {
  const client = useClient();
  const target = parseS3Uri(uri);
  useEffect(() => {
    if (!target) return;
    const { bucket, key } = target;
    if (key === '' || key.endsWith('/')) {
      replaceHref(browseHref(bucket, key));
      return;
    }
    let current = true;
    client.request('objects.describe', { bucket, key }).then(
      () => current && replaceHref(objectHref(bucket, key)),
      () => current && replaceHref(browseHref(bucket, `${key}/`)),
    );
    return () => {
      current = false;
    };
  }, [client, target?.bucket, target?.key]); // eslint-disable-line react-hooks/exhaustive-deps -- the parsed parts, not the object
  if (!target) {
    return (
      <div className="empty-state" role="alert">
        <p>{uri} is not an S3 URI SageDeck can open.</p>
        <a href={bucketsHref()}>Back to the buckets</a>
      </div>
    );
  }
  return <StatusIndicator type="loading">Opening {uri}</StatusIndicator>;
}
