import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { navigateHref } from '../../../app/hash-route';
import { browseHref, splitPrefix } from '../data-routes';

/** bucket / folder / folder, each a link; a partial name being searched shows as the last crumb. */
export function PrefixBreadcrumbs({ bucket, prefix }: { bucket: string; prefix: string }) {
  const { folder, partial } = splitPrefix(prefix);
  const segments = folder.split('/').filter(Boolean);
  const items = [
    { text: bucket, href: browseHref(bucket) },
    ...segments.map((segment, index) => ({
      text: segment,
      href: browseHref(bucket, `${segments.slice(0, index + 1).join('/')}/`),
    })),
    ...(partial ? [{ text: `keys starting with “${partial}”`, href: browseHref(bucket, prefix) }] : []),
  ];
  return (
    <BreadcrumbGroup
      items={items}
      ariaLabel="Folders"
      onFollow={(event) => {
        event.preventDefault();
        navigateHref(event.detail.href);
      }}
    />
  );
}
