import Link from '@cloudscape-design/components/link';
import type { ListenerActionView } from '../../../../../../shared/domain/load-balancers';
import { targetGroupHref } from '../../api-routes';

/** One action in words: "Forward to <group> (weight 80)" with each group linked to its target health board. */
export function ListenerAction({ loadBalancer, action }: { loadBalancer: string; action: ListenerActionView }) {
  if (action.type !== 'forward' || action.targetGroups.length === 0) return <span>{action.description ?? action.type}</span>;
  return (
    <span>
      Forward to{' '}
      {action.targetGroups.map((group, index) => (
        <span key={group.arn}>
          {index > 0 && ', '}
          <Link href={targetGroupHref(loadBalancer, group.name)}>{group.name}</Link>
          {group.weight !== undefined && action.targetGroups.length > 1 ? ` (weight ${group.weight})` : ''}
        </span>
      ))}
    </span>
  );
}

export function ListenerActions({ loadBalancer, actions }: { loadBalancer: string; actions: ListenerActionView[] }) {
  if (actions.length === 0) return <span>—</span>;
  return (
    <ul className="lb-actions">
      {actions.map((action, index) => (
        <li key={index}>
          <ListenerAction loadBalancer={loadBalancer} action={action} />
        </li>
      ))}
    </ul>
  );
}
