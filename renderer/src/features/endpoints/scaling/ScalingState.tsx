import Box from '@cloudscape-design/components/box';
import type { VariantScaling } from '../../../../../shared/domain/endpoints';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { formatTime } from '../endpoint-format';

const seconds = (value: number | undefined) => (value === undefined ? '-' : `${value} s`);

/** The variant's policies as Application Auto Scaling holds them. */
export function PoliciesTable({ scaling }: { scaling: VariantScaling }) {
  if (scaling.policies.length === 0)
    return <Box color="text-body-secondary">No scaling policy: the capacity stays where it is set.</Box>;
  return (
    <PlainTable
      caption="Scaling policies"
      columns={['Policy', 'Metric', 'Target value', 'Scale-in cooldown', 'Scale-out cooldown', 'Scale-in']}
      testId="scaling-policies"
    >
      {scaling.policies.map((policy) => (
        <tr key={policy.policyName}>
          <th scope="row">
            {policy.policyName}
            <Box variant="small">{policy.policyType}</Box>
          </th>
          <td>{policy.metric ?? '-'}</td>
          <td>{policy.targetValue ?? '-'}</td>
          <td>{seconds(policy.scaleInCooldownSeconds)}</td>
          <td>{seconds(policy.scaleOutCooldownSeconds)}</td>
          <td>{policy.disableScaleIn ? 'Disabled' : 'Enabled'}</td>
        </tr>
      ))}
    </PlainTable>
  );
}

/** What Application Auto Scaling did lately, newest first, with its own words for why. */
export function ActivitiesTable({ scaling }: { scaling: VariantScaling }) {
  if (scaling.activities.length === 0)
    return <Box color="text-body-secondary">No scaling activity recorded recently.</Box>;
  return (
    <PlainTable
      caption="Recent scaling activities"
      columns={['Started', 'What', 'Why', 'Status']}
      testId="scaling-activities"
    >
      {scaling.activities.map((activity) => (
        <tr key={activity.activityId}>
          <th scope="row">
            <time dateTime={activity.startedAt}>{formatTime(activity.startedAt)}</time>
          </th>
          <td>{activity.description}</td>
          <td>{activity.cause}</td>
          <td>
            {activity.status}
            {activity.statusMessage && <Box variant="small">{activity.statusMessage}</Box>}
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
