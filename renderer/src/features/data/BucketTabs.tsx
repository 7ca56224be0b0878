import type { ReactNode } from 'react';
import Header from '@cloudscape-design/components/header';
import { bucketsHref, browseHref, postureHref } from './data-routes';

/** The bucket's name and its two pages (objects, posture) as links that keep their address. */
export function BucketTabs({
  bucket,
  current,
  actions,
}: {
  bucket: string;
  current: 'objects' | 'posture';
  actions?: ReactNode;
}) {
  const tab = (page: 'objects' | 'posture', label: string, href: string) => (
    <a href={href} className="data-tab" aria-current={current === page ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <div>
      <a className="data-secondary-link" href={bucketsHref()}>
        All buckets
      </a>
      <Header variant="h1" actions={actions}>
        {bucket}
      </Header>
      <nav className="data-tabs" aria-label={`Pages of ${bucket}`}>
        {tab('objects', 'Objects', browseHref(bucket))}
        {tab('posture', 'Posture and fixes', postureHref(bucket))}
      </nav>
    </div>
  );
}
