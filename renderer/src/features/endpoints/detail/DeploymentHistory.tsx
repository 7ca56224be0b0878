import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { DeploymentHistoryEntry, DeploymentSettings } from '../../../../../shared/domain/endpoints';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { callerName, formatTime, OUTCOME_LABEL, OUTCOME_TYPE } from '../endpoint-format';
import { VersionLink } from '../VersionLink';

const KIND_LABEL = {
  deploy: 'Deployed',
  rollback: 'Rollback',
  'instance-type-change': 'Instance type change',
} as const;

export function strategyText(settings: DeploymentSettings | undefined): string {
  if (!settings) return '-';
  const { strategy } = settings;
  const size = (s: { type: string; value: number }) =>
    s.type === 'CAPACITY_PERCENT' ? `${s.value}%` : `${s.value} instance${s.value === 1 ? '' : 's'}`;
  const bake = strategy.waitSeconds > 0 ? `, bake ${strategy.waitSeconds} s` : '';
  const base =
    strategy.type === 'canary'
      ? `Canary ${size(strategy.canarySize)}${bake}`
      : strategy.type === 'linear'
        ? `Linear steps of ${size(strategy.stepSize)}${bake}`
        : `All at once${bake}`;
  return settings.rollbackAlarms.length > 0 ? `${base}; auto-rollback on ${settings.rollbackAlarms.join(', ')}` : base;
}

function When({ entry }: { entry: DeploymentHistoryEntry }) {
  const from = entry.servedFrom ?? entry.createdAt;
  if (!from) return <>not known</>;
  return (
    <>
      <time dateTime={from}>{formatTime(from)}</time>
      {entry.servedUntil && (
        <>
          {' until '}
          <time dateTime={entry.servedUntil}>{formatTime(entry.servedUntil)}</time>
        </>
      )}
      {!entry.servedFrom && <Box variant="small"> (config created; when it started serving is not recorded)</Box>}
    </>
  );
}

/**
 * Every endpoint config the endpoint served, newest first: which model version, when, who deployed
 * it, how and how it ended. Configs created outside SageDeck show what AWS still says about them.
 */
export function DeploymentHistory({ history }: { history: DeploymentHistoryEntry[] }) {
  if (history.length === 0) return <Box color="text-body-secondary">No deployment recorded yet.</Box>;
  return (
    <PlainTable
      caption="Deployment history, newest first"
      columns={['Config', 'Model version', 'When', 'By', 'How', 'How it ended']}
      testId="endpoint-history"
    >
      {history.map((entry) => (
        <tr
          key={`${entry.configName}|${entry.servedFrom ?? entry.createdAt ?? ''}`}
          data-testid={`history-${entry.configName}`}
          data-outcome={entry.outcome}
        >
          <th scope="row">
            {entry.configName}
            {!entry.createdBySageDeck && <Box variant="small">created outside SageDeck</Box>}
          </th>
          <td>
            {entry.variants.map((variant) => (
              <div key={variant.variantName}>
                <VersionLink version={variant.modelVersion} modelName={variant.modelName} />
                {entry.variants.length > 1 ? ` (${variant.variantName})` : ''}
                {variant.instanceType ? ` on ${variant.instanceType} × ${variant.instanceCount ?? '?'}` : ''}
              </div>
            ))}
          </td>
          <td>
            <When entry={entry} />
          </td>
          <td title={entry.deployedBy}>{callerName(entry.deployedBy)}</td>
          <td>
            {entry.kind ? KIND_LABEL[entry.kind] : 'Not known'}
            <Box variant="small">{strategyText(entry.settings)}</Box>
            {entry.overrideReason && <Box variant="small">Not approved, deployed because: {entry.overrideReason}</Box>}
          </td>
          <td>
            <StatusIndicator type={OUTCOME_TYPE[entry.outcome]}>{OUTCOME_LABEL[entry.outcome]}</StatusIndicator>
            {entry.outcomeDetail && <Box variant="small">{entry.outcomeDetail}</Box>}
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
