import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { HealthCheckSettings, TargetGroupView } from '../../../../../../shared/domain/load-balancers';
import { askNotificationPermissionOnce } from '../../../jobs/notifications/permission';
import { targetGroupHref } from '../../api-routes';
import { HealthSummary } from '../LoadBalancerState';
import { HealthCheckForm } from './HealthCheckForm';

/** The target groups the listeners send to: what they hold, their health, and how health is checked. */
export function TargetGroupsTab({ loadBalancer, groups }: { loadBalancer: string; groups: TargetGroupView[] }) {
  if (groups.length === 0) {
    return (
      <Box color="text-body-secondary" data-testid="target-groups-empty">
        No target groups: no listener forwards to one yet.
      </Box>
    );
  }
  return (
    <SpaceBetween size="l">
      {groups.map((group) => (
        <TargetGroup key={group.arn} loadBalancer={loadBalancer} group={group} />
      ))}
    </SpaceBetween>
  );
}

function TargetGroup({ loadBalancer, group }: { loadBalancer: string; group: TargetGroupView }) {
  const [editing, setEditing] = useState(false);
  const listening = group.protocol ? `${group.protocol}${group.port !== undefined ? `:${group.port}` : ''}` : '—';
  return (
    <div data-testid={`target-group-${group.name}`}>
      <Container
        header={
          <Header
            variant="h3"
            actions={
              // Opening the board is the user's own step towards its notifications: the moment to ask once.
              <Link href={targetGroupHref(loadBalancer, group.name)} onFollow={askNotificationPermissionOnce} data-testid={`target-group-board-${group.name}`}>
                Target health
              </Link>
            }
          >
            {group.name}
          </Header>
        }
      >
        <SpaceBetween size="m">
          <KeyValuePairs
            columns={4}
            items={[
              { label: 'Protocol and port', value: listening },
              { label: 'Target type', value: group.targetType },
              { label: 'Targets', value: <HealthSummary health={group.health} testId={`target-group-health-${group.name}`} /> },
              { label: 'Deregistration delay', value: group.deregistrationDelaySeconds !== undefined ? `${group.deregistrationDelaySeconds} s` : '—' },
            ]}
          />
          <section data-testid={`health-check-${group.name}`} aria-label={`Health check of ${group.name}`}>
            <Header
              variant="h3"
              actions={
                !editing && (
                  <Button data-testid="health-check-edit" onClick={() => setEditing(true)}>
                    Edit health check
                  </Button>
                )
              }
            >
              Health check
            </Header>
            {editing ? <HealthCheckForm group={group} onDone={() => setEditing(false)} /> : <HealthCheckSummary check={group.healthCheck} />}
          </section>
        </SpaceBetween>
      </Container>
    </div>
  );
}

function HealthCheckSummary({ check }: { check: HealthCheckSettings }) {
  const http = check.protocol !== 'TCP';
  return (
    <KeyValuePairs
      columns={4}
      items={[
        { label: 'Checks', value: check.enabled ? `${check.protocol} on ${check.port === 'traffic-port' ? 'the traffic port' : `port ${check.port}`}` : 'Off' },
        ...(http ? [{ label: 'Path', value: <code>{check.path ?? '/'}</code> }, { label: 'Success codes', value: check.matcher ?? '—' }] : []),
        { label: 'Interval', value: `${check.intervalSeconds} s` },
        { label: 'Timeout', value: `${check.timeoutSeconds} s` },
        { label: 'Healthy after', value: `${check.healthyThreshold} checks passed in a row` },
        { label: 'Unhealthy after', value: `${check.unhealthyThreshold} checks failed in a row` },
      ]}
    />
  );
}
