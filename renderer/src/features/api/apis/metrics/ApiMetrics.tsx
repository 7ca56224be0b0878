import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { ApiDetail } from '../../../../../../shared/domain/apis';
import type { MetricRange } from '../../../../../../shared/domain/metrics';
import { DEFAULT_RANGE } from '../../../../components/charts/metric-range';
import { useMetricQuery } from '../../../metrics/use-metric-query';
import { MetricDashboardPanel } from '../../../metrics/MetricDashboardPanel';

/** One stage's AWS/ApiGateway metrics (requests, 4XX/5XX, latency, integration latency): one GetMetricData per refresh. */
export default function ApiMetrics({ api }: { api: ApiDetail }) {
  const [stageName, setStageName] = useState(() => api.stages[0]?.name);
  const [range, setRange] = useState<MetricRange>(DEFAULT_RANGE);
  if (!stageName) return <p data-testid="api-dashboard-none">Not deployed to a stage yet: API Gateway publishes metrics per stage.</p>;
  return (
    <SpaceBetween size="m">
      <FormField label="Stage">
        <Select
          selectedOption={{ value: stageName, label: stageName }}
          onChange={({ detail }) => setStageName(detail.selectedOption.value)}
          options={api.stages.map((stage) => ({ value: stage.name, label: stage.name }))}
          ariaLabel="Stage"
          data-testid="api-dashboard-stage"
        />
      </FormField>
      <StageDashboard apiName={api.summary.name} stageName={stageName} range={range} onRangeChange={setRange} />
    </SpaceBetween>
  );
}

interface StageDashboardProps {
  apiName: string;
  stageName: string;
  range: MetricRange;
  onRangeChange: (range: MetricRange) => void;
}

function StageDashboard({ apiName, stageName, range, onRangeChange }: StageDashboardProps) {
  const query = useMetricQuery('metrics.api', { apiName, stageName, range });
  return <MetricDashboardPanel query={query} range={range} onRangeChange={onRangeChange} what={`the metrics of ${apiName} ${stageName}`} testId="api-dashboard" />;
}
