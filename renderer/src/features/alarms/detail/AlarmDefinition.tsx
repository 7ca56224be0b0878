import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import type { ReactNode } from 'react';
import type { AlarmSummary } from '../../../../../shared/domain/alarms';
import { COMPARISON_SYMBOLS, MISSING_DATA_LABELS, metricText, thresholdText } from '../alarm-format';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div data-testid={testId}>{children}</div>
    </div>
  );
}

function Actions({ arns }: { arns: string[] }) {
  if (arns.length === 0) return <>None</>;
  return (
    <>
      {arns.map((arn) => (
        <code key={arn} className="alarm-arn">
          {arn}
        </code>
      ))}
    </>
  );
}

/** What the alarm watches and when it fires, as PutMetricAlarm would put it. */
export function AlarmDefinition({ alarm }: { alarm: AlarmSummary }) {
  const { metric } = alarm;
  return (
    <ColumnLayout columns={2} variant="text-grid">
      <Fact label="Metric" testId="alarm-def-metric">
        {metric ? metricText(metric) : 'Metric math or a composite alarm: SageDeck shows its state only.'}
      </Fact>
      <Fact label="Dimensions">
        {metric?.dimensions.length ? metric.dimensions.map((d) => `${d.name}=${d.value}`).join(', ') : '—'}
      </Fact>
      <Fact label="Condition" testId="alarm-def-condition">
        {alarm.threshold !== undefined && alarm.comparison
          ? `${metric?.statistic ?? 'Value'} ${COMPARISON_SYMBOLS[alarm.comparison]} ${thresholdText(alarm.threshold, metric?.unit)}`
          : '—'}
      </Fact>
      <Fact label="Evaluation" testId="alarm-def-evaluation">
        {alarm.evaluationPeriods !== undefined
          ? `${alarm.datapointsToAlarm ?? alarm.evaluationPeriods} of ${alarm.evaluationPeriods} periods`
          : '—'}
      </Fact>
      <Fact label="Missing data">{alarm.treatMissingData ? MISSING_DATA_LABELS[alarm.treatMissingData] : '—'}</Fact>
      <Fact label="Actions" testId="alarm-def-actions-enabled">
        {alarm.actionsEnabled ? 'Enabled' : 'Disabled: AWS runs no action on state changes'}
      </Fact>
      <Fact label="On ALARM">
        <Actions arns={alarm.alarmActions} />
      </Fact>
      <Fact label="On OK">
        <Actions arns={alarm.okActions} />
      </Fact>
      {alarm.description && <Fact label="Description">{alarm.description}</Fact>}
      <Fact label="ARN">
        <code className="alarm-arn">{alarm.arn}</code>
      </Fact>
    </ColumnLayout>
  );
}
