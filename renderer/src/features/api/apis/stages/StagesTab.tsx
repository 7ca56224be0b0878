import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { ApiDetail, StageSettingsView } from '../../../../../../shared/domain/apis';
import { formatTime } from '../../../jobs/job-format';
import { CopyableText } from '../CopyableText';
import { throttlingWords, yesNo } from '../resources/method-words';
import { UsagePlans } from './UsagePlans';

/** Each deployed stage with its settings, and what to fix first (its warnings) above them. */
export function StagesTab({ api }: { api: ApiDetail }) {
  if (api.stages.length === 0) {
    return <Box data-testid="api-stages-none">Not deployed to a stage: callers cannot reach this API yet.</Box>;
  }
  return (
    <SpaceBetween size="l">
      {api.stages.map((stage) => (
        <StageSettings key={stage.name} apiName={api.summary.name} stage={stage} />
      ))}
      <UsagePlans api={api} />
    </SpaceBetween>
  );
}

function StageSettings({ apiName, stage }: { apiName: string; stage: StageSettingsView }) {
  const variables = Object.entries(stage.variables);
  return (
    <div data-testid={`stage-${stage.name}`}>
      <Container header={<Header variant="h2" description={stage.description}>{`Stage ${stage.name}`}</Header>}>
        <SpaceBetween size="m">
          {stage.warnings.map((warning) => (
            <Alert key={warning} type="warning" data-testid="stage-warning">
              {warning}
            </Alert>
          ))}
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Invoke URL', value: <CopyableText text={stage.invokeUrl} what={`the invoke URL of ${apiName} ${stage.name}`} testId={`stage-url-${stage.name}`} /> },
              { label: 'Deployment', value: stage.deploymentId ?? '—' },
              { label: 'Last updated', value: stage.lastUpdatedAt ? formatTime(stage.lastUpdatedAt) : '—' },
              { label: 'Throttling', value: throttlingWords(stage.throttling) },
              { label: 'Execution logging', value: stage.loggingLevel && stage.loggingLevel !== 'OFF' ? stage.loggingLevel : 'Off' },
              { label: 'Detailed metrics', value: yesNo(stage.metricsEnabled) },
              { label: 'Full request and response logs (data trace)', value: yesNo(stage.dataTraceEnabled) },
              { label: 'Caching', value: stage.cachingEnabled ? 'On' : stage.cacheClusterEnabled ? 'Cache cluster on, caching off' : 'Off' },
              { label: 'Access logs', value: stage.accessLogDestination ? <code className="api-copyable">{stage.accessLogDestination}</code> : 'Off' },
              { label: 'X-Ray tracing', value: yesNo(stage.tracingEnabled) },
              {
                label: 'Stage variables',
                value:
                  variables.length === 0 ? 'None' : (
                    <ul className="api-plain-list">
                      {variables.map(([name, value]) => (
                        <li key={name}>
                          <code>{name}</code> = <code>{value}</code>
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          {stage.methodOverrides.length > 0 && (
            <Table
              variant="embedded"
              header={<Header variant="h3">Per-method settings</Header>}
              items={stage.methodOverrides}
              trackBy="key"
              columnDefinitions={[
                { id: 'key', header: 'Method', isRowHeader: true, cell: (override) => <code>{override.key}</code> },
                { id: 'throttling', header: 'Throttling', cell: (override) => throttlingWords(override.throttling) },
                { id: 'logging', header: 'Execution logging', cell: (override) => override.loggingLevel ?? 'As the stage' },
              ]}
            />
          )}
        </SpaceBetween>
      </Container>
    </div>
  );
}
