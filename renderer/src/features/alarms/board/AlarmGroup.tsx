import Badge from '@cloudscape-design/components/badge';
import Link from '@cloudscape-design/components/link';
import type { AlarmSummary } from '../../../../../shared/domain/alarms';
import type { ResourceGroup } from '../../../../../shared/domain/alarms-board';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { formatAgo, formatTime, KIND_LABELS } from '../alarm-format';
import { alarmHref } from '../alarm-routes';
import { AlarmState } from '../AlarmState';
import { resourceHref } from './group-link';

/** The marks an alarm carries besides its state, in words. */
export function AlarmMarks({ alarm }: { alarm: AlarmSummary }) {
  return (
    <>
      {!alarm.actionsEnabled && (
        <Badge color="grey" data-testid={`alarm-actions-off-${alarm.name}`}>
          Actions disabled
        </Badge>
      )}{' '}
      {alarm.managedBy === 'autoscaling' && <Badge color="blue">Managed by Auto Scaling</Badge>}
    </>
  );
}

export function Since({ iso, now }: { iso: string; now: number }) {
  return (
    <time dateTime={iso} title={formatTime(iso)}>
      {formatAgo(iso, now)}
    </time>
  );
}

/** One resource and its alarms, worst state first; the heading links to the resource's own screen. */
export function AlarmGroup({ group, now }: { group: ResourceGroup<AlarmSummary>; now: number }) {
  const { resource, alarms } = group;
  const href = resourceHref(resource, alarms);
  const heading = `${KIND_LABELS[resource.kind]} ${resource.name}`;
  return (
    <section className="alarm-group" data-testid={`alarm-group-${resource.kind}-${resource.name}`} aria-label={heading}>
      <h2 className="alarm-group-heading">
        <span className="alarm-group-kind">{KIND_LABELS[resource.kind]}</span>{' '}
        {href ? <Link href={href}>{resource.name}</Link> : resource.name}
      </h2>
      <PlainTable caption={`Alarms on ${heading}`} columns={['Alarm', 'State', 'Changed', 'Reason', '']}>
        {alarms.map((alarm) => (
          <tr key={alarm.name} data-testid={`alarm-row-${alarm.name}`} data-state={alarm.state}>
            <th scope="row">
              <Link href={alarmHref(alarm.name)}>{alarm.name}</Link>
            </th>
            <td>
              <AlarmState state={alarm.state} testId={`alarm-state-${alarm.name}`} />
            </td>
            <td>
              <Since iso={alarm.stateUpdatedAt} now={now} />
            </td>
            <td className="alarm-reason">{alarm.stateReason}</td>
            <td>
              <AlarmMarks alarm={alarm} />
            </td>
          </tr>
        ))}
      </PlainTable>
    </section>
  );
}
