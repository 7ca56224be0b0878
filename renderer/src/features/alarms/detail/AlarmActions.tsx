import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import type { AlarmSummary } from '../../../../../shared/domain/alarms';
import { navigateHref } from '../../../app/hash-route';
import { askNotificationPermissionOnce } from '../../jobs/notifications/permission';
import { useSageMutation } from '../../live/use-sage-mutation';
import { boardHref } from '../alarm-routes';
import { useMute } from '../notifications/muted-alarms';

const INVALIDATES = ['alarms.list', 'alarms.history'] as const;

/** Maintenance on one alarm: actions off and on (disabling is confirmed by the host), edit, delete, mute. */
export function AlarmActions({ alarm, onEdit, editing }: { alarm: AlarmSummary; onEdit: () => void; editing: boolean }) {
  const names = [alarm.name];
  const disable = useSageMutation('alarms.disableActions', { invalidate: INVALIDATES });
  const enable = useSageMutation('alarms.enableActions', { invalidate: INVALIDATES });
  const remove = useSageMutation('alarms.delete', { invalidate: INVALIDATES, onSuccess: () => navigateHref(boardHref()) });
  const toggle = alarm.actionsEnabled ? disable : enable;
  const managed = alarm.managedBy === 'autoscaling';
  const [muted, setMuted] = useMute(alarm.name);
  const failed = [disable, enable, remove].find((mutation) => mutation.formError !== undefined);

  return (
    <SpaceBetween size="xs">
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <Button
          data-testid="alarm-actions-toggle"
          loading={toggle.isPending}
          onClick={() => {
            askNotificationPermissionOnce();
            void toggle.run({ names });
          }}
        >
          {alarm.actionsEnabled ? 'Disable actions' : 'Enable actions'}
        </Button>
        <Button data-testid="alarm-edit" disabled={managed || editing} onClick={onEdit}>
          Edit
        </Button>
        <Button data-testid="alarm-delete" disabled={managed} loading={remove.isPending} onClick={() => void remove.run({ names })}>
          Delete
        </Button>
        <Toggle
          data-testid="alarm-mute"
          checked={muted}
          onChange={({ detail }) => {
            askNotificationPermissionOnce();
            setMuted(detail.checked);
          }}
        >
          Mute notifications for this alarm
        </Toggle>
      </SpaceBetween>
      {managed && (
        <span className="alarm-note" data-testid="alarm-managed-note">
          Application Auto Scaling made this alarm for a target-tracking policy and replaces it when the policy changes:
          change the endpoint&apos;s scaling policy instead of editing or deleting it.
        </span>
      )}
      {failed && (
        <div role="alert" className="alarm-error" data-testid="alarm-action-error">
          {failed.formError}
        </div>
      )}
    </SpaceBetween>
  );
}
