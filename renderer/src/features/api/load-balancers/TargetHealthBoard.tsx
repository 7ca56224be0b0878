import './load-balancers.css';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { apiHomeHref, loadBalancerHref, targetGroupHref } from '../api-routes';
import { TargetBoard } from './board/TargetBoard';

/**
 * The target health board of one target group behind a load balancer, live.
 * `#/api/load-balancers/<lb>/target-groups/<tg>`: the group is found by name in the load balancer's
 * description (AWS addresses it by ARN), then its targets follow the watcher.
 */
export default function TargetHealthBoard({ loadBalancer, targetGroup }: { loadBalancer: string; targetGroup: string }) {
  const detail = useSessionQuery('loadBalancers.describe', { name: loadBalancer });
  const group = detail.data?.targetGroups.find((candidate) => candidate.name === targetGroup);
  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'APIs and load balancers', href: apiHomeHref() },
        { text: loadBalancer, href: loadBalancerHref(loadBalancer, 'target-groups') },
        { text: targetGroup, href: targetGroupHref(loadBalancer, targetGroup) },
      ]}
    />
  );
  if (detail.isPending) {
    return (
      <div data-testid="target-health-board" data-state="loading">
        {crumbs}
        <p role="status">Loading {targetGroup}…</p>
      </div>
    );
  }
  if (detail.isError || !group) {
    return (
      <div data-testid="target-health-board" data-state={detail.isError ? 'error' : 'missing'}>
        {crumbs}
        <ErrorNotice
          error={detail.isError ? detail.error : new Error(`No listener of ${loadBalancer} forwards to a target group named ${targetGroup}.`)}
          title={detail.isError ? `${loadBalancer} could not be read` : `${targetGroup} is not behind ${loadBalancer}`}
          action={
            <SpaceBetween direction="horizontal" size="xs">
              {detail.isError && (
                <button type="button" className="button" onClick={() => void detail.refetch()}>
                  Try again
                </button>
              )}
              <a href={loadBalancerHref(loadBalancer, 'target-groups')}>The target groups of {loadBalancer}</a>
            </SpaceBetween>
          }
        />
      </div>
    );
  }
  return (
    <SpaceBetween size="l">
      {crumbs}
      <TargetBoard loadBalancer={loadBalancer} group={group} />
    </SpaceBetween>
  );
}
