import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { groupHref, groupsHref } from './registry-routes';

/** Model registry › group › `last` (the screen the user is on). */
export function RegistryCrumbs({ group, last }: { group: string; last?: string }) {
  const items = [{ text: 'Model registry', href: groupsHref() }, { text: group, href: last ? groupHref(group) : '#' }];
  return <BreadcrumbGroup ariaLabel="Breadcrumbs" items={last ? [...items, { text: last, href: '#' }] : items} />;
}
