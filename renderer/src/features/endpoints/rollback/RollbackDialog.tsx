import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import type { RollbackPlan } from '../../../../../shared/domain/endpoints';
import { navigateHref } from '../../../app/hash-route';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { endpointHref } from '../endpoint-routes';
import { PlanTable } from './PlanTable';
import { targetLabel } from './plan-diff';
import { useConfirmationOpen } from './use-confirmation-open';
import { useWaitForEndpoint } from './use-wait-for-endpoint';

interface Props {
  endpointName: string;
  onClose: () => void;
}

/**
 * "Roll back to <previous version>": the plan (variants now and after) with one button; the gate
 * then asks for confirmation (the typed name on production). While an update runs, AWS would
 * refuse: the dialog says so and offers to wait for it to end. On success it opens the endpoint,
 * whose history shows the rollback.
 */
export default function RollbackDialog({ endpointName, onClose }: Props) {
  const plan = useSessionQuery('endpoints.rollbackPlan', { endpointName });
  const [waiting, setWaiting] = useState(false);
  const confirming = useConfirmationOpen();
  const rollback = useSageMutation('endpoints.rollback', {
    invalidate: ['endpoints.describe', 'endpoints.list', 'endpoints.rollbackPlan'],
    onSuccess: () => {
      onClose();
      navigateHref(endpointHref(endpointName));
    },
  });
  useWaitForEndpoint(endpointName, waiting, () => {
    setWaiting(false);
    void plan.refetch();
  });

  const ready: RollbackPlan | undefined = plan.data;
  const label = ready ? targetLabel(ready.after, ready.toConfigName) : undefined;
  const blocked = ready?.blockedReason;
  const footer = (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        {[
          <Button key="cancel" variant="link" onClick={onClose}>
            Cancel
          </Button>,
          ready && (
            <Button
              key="go"
              variant="primary"
              data-testid="rollback-submit"
              disabled={blocked !== undefined}
              loading={rollback.isPending}
              onClick={() => void rollback.run({ endpointName })}
            >
              Roll back to {label}
            </Button>
          ),
        ]}
      </SpaceBetween>
    </Box>
  );

  return (
    <Modal
      visible={!confirming}
      onDismiss={onClose}
      closeAriaLabel="Close without rolling back"
      header={label ? `Roll back ${endpointName} to ${label}` : `Roll back ${endpointName}`}
      footer={footer}
      size="large"
      data-testid="rollback-dialog"
    >
      <SpaceBetween size="m">
        {[
          plan.isPending && (
            <p key="loading" role="status">
              Reading what {endpointName} served before…
            </p>
          ),
          plan.isError && (
            <ErrorNotice
              key="error"
              error={plan.error}
              title={`No rollback for ${endpointName}`}
              action={
                <button type="button" className="button" onClick={() => void plan.refetch()}>
                  Try again
                </button>
              }
            />
          ),
          blocked && (
            <Alert
              key="blocked"
              type="warning"
              header="An update is in progress"
              data-testid="rollback-blocked"
              action={
                waiting ? undefined : (
                  <Button data-testid="rollback-wait" onClick={() => setWaiting(true)}>
                    Wait for it to finish
                  </Button>
                )
              }
            >
              {blocked} AWS refuses another update until it ends.
              {waiting && (
                <div>
                  <StatusIndicator type="loading">
                    Waiting for the update to end; the rollback can be confirmed then.
                  </StatusIndicator>
                </div>
              )}
            </Alert>
          ),
          ready && (
            <Box key="what" variant="p">
              {endpointName} goes from config <strong>{ready.fromConfigName}</strong> back to{' '}
              <strong>{ready.toConfigName}</strong>, a blue/green update: the current fleet serves until the previous
              one takes over, with no downtime.
            </Box>
          ),
          ready && <PlanTable key="plan" before={ready.before} after={ready.after} testId="rollback-plan" />,
          rollback.error !== undefined && (
            <ErrorNotice key="failed" error={rollback.error} title={`${endpointName} could not be rolled back`} />
          ),
        ]}
      </SpaceBetween>
    </Modal>
  );
}
