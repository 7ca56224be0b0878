import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useCallback, useMemo, useState } from 'react';
import type { TargetGroupView, TargetHealthRow } from '../../../../../../shared/domain/load-balancers';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { LiveUpdatesNotice } from '../../../live/LiveUpdatesNotice';
import { useLiveList } from '../../../live/use-live-list';
import { useSageMutation } from '../../../live/use-sage-mutation';
import { targetGroupHref } from '../../api-routes';
import { RegisterTargetsForm } from './RegisterTargetsForm';
import { raiseTargetAlert, targetAlert } from './target-alerts';
import { healthLine, unhealthyFirst } from './target-order';
import type { TargetTransition } from './target-transitions';
import { TargetReasonCell, TargetStateCell } from './TargetStateCell';
import { TargetToasts, type TargetToast } from './TargetToasts';
import { TransitionStrip } from './TransitionStrip';
import { useTargetNews } from './use-target-news';

// A target failing while the window is hidden is exactly what the notification is for.
const FOLLOW = { followWhileHidden: true };
const keyOfRow = (row: TargetHealthRow) => row.key;
const CHANGES_TARGETS = ['loadBalancers.targets', 'loadBalancers.describe', 'loadBalancers.list'] as const;

/** The live table of one target group's targets, with register, deregister and the recent changes. */
export function TargetBoard({ loadBalancer, group }: { loadBalancer: string; group: TargetGroupView }) {
  const targets = useLiveList('loadBalancers.targets', 'loadBalancers.watchTargets', { list: { targetGroupArn: group.arn }, watch: { targetGroupArn: group.arn } }, keyOfRow, FOLLOW);
  const rows = useMemo(() => unhealthyFirst(targets.items), [targets.items]);
  const [toasts, setToasts] = useState<TargetToast[]>([]);
  const onUnhealthy = useCallback(
    (transition: TargetTransition) =>
      raiseTargetAlert(targetAlert(transition, group.name, targetGroupHref(loadBalancer, group.name)), `target/${group.arn}/${transition.key}`, (alert) =>
        setToasts((current) => [...current.slice(-4), { ...alert, id: `${transition.key}/${transition.at}` }]),
      ),
    [loadBalancer, group.name, group.arn],
  );
  const recent = useTargetNews(targets.items, targets.updates.state === 'live', onUnhealthy);
  const [chosen, setChosen] = useState<TargetHealthRow[]>([]);
  // A chosen target that left the group cannot be deregistered again.
  const selected = chosen.filter((row) => targets.items.some((item) => item.key === row.key));
  const [registering, setRegistering] = useState(false);
  const deregister = useSageMutation('loadBalancers.deregisterTargets', { invalidate: CHANGES_TARGETS, onSuccess: () => setChosen([]) });

  const state = targets.isPending ? 'loading' : targets.error ? 'error' : 'ready';
  const deregisterSelected = () => {
    deregister.reset();
    void deregister.run({ targetGroupArn: group.arn, targets: selected.map((row) => ({ id: row.id, ...(row.port !== undefined ? { port: row.port } : {}) })) });
  };

  return (
    <div data-testid="target-health-board" data-state={state}>
      <SpaceBetween size="l">
        {targets.error ? (
          <ErrorNotice
            error={targets.error}
            title={`The targets of ${group.name} could not be read`}
            action={
              <button type="button" className="button" onClick={targets.refetch}>
                Try again
              </button>
            }
          />
        ) : (
          <Table<TargetHealthRow>
            variant="container"
            items={rows}
            trackBy="key"
            loading={targets.isPending}
            loadingText="Loading targets"
            wrapLines
            selectionType="multi"
            selectedItems={selected}
            onSelectionChange={({ detail }) => setChosen(detail.selectedItems)}
            ariaLabels={{
              selectionGroupLabel: 'Targets to deregister',
              allItemsSelectionLabel: () => 'Select every target',
              itemSelectionLabel: (_, row) => `Select ${row.id}${row.port !== undefined ? ` port ${row.port}` : ''}`,
            }}
            header={
              <Header
                variant="h1"
                description={
                  // The description is a <p>: inline content only.
                  <span className="lb-board-summary">
                    <span data-testid="target-health-summary">{targets.isPending ? 'Reading target health…' : healthLine(targets.items)}</span>
                    <LiveUpdatesNotice updates={targets.updates} testId="target-health-updates" />
                  </span>
                }
                actions={
                  <SpaceBetween direction="horizontal" size="xs">
                    <Button data-testid="deregister-targets" disabled={selected.length === 0} loading={deregister.isPending} onClick={deregisterSelected}>
                      Deregister{selected.length > 0 ? ` ${selected.length}` : ''}
                    </Button>
                    <Button variant="primary" data-testid="register-targets" disabled={registering} onClick={() => setRegistering(true)}>
                      Register targets
                    </Button>
                  </SpaceBetween>
                }
              >
                Targets of {group.name}
              </Header>
            }
            columnDefinitions={[
              {
                id: 'target',
                header: 'Target',
                isRowHeader: true,
                cell: (row) => (
                  <span data-testid={`target-row-${row.id}`} data-state={row.state}>
                    <code>{row.id}</code>
                  </span>
                ),
              },
              { id: 'port', header: 'Port', cell: (row) => row.port ?? '—' },
              { id: 'zone', header: 'Availability Zone', cell: (row) => row.availabilityZone ?? '—' },
              { id: 'state', header: 'State', cell: (row) => <TargetStateCell row={row} /> },
              { id: 'reason', header: 'Reason', cell: (row) => <TargetReasonCell row={row} /> },
              { id: 'checkPort', header: 'Health-check port', cell: (row) => row.healthCheckPort ?? 'Traffic port' },
            ]}
            empty={
              <Box textAlign="center" color="inherit" data-testid="targets-empty">
                <Box variant="strong" color="inherit">
                  No targets registered
                </Box>
                <Box variant="p" color="inherit">
                  The load balancer has nowhere to send this group's traffic. Register targets to start.
                </Box>
              </Box>
            }
          />
        )}
        {deregister.error !== undefined && <ErrorNotice error={deregister.error} title="The targets could not be deregistered" />}
        {registering && (
          <Container header={<Header variant="h2">Register targets</Header>}>
            <RegisterTargetsForm group={group} onDone={() => setRegistering(false)} />
          </Container>
        )}
        <TransitionStrip transitions={recent} />
      </SpaceBetween>
      <TargetToasts toasts={toasts} onDismiss={(id) => setToasts((current) => current.filter((toast) => toast.id !== id))} />
    </div>
  );
}
