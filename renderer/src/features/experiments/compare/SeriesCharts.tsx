import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { useMemo } from 'react';
import type { Run } from '../../../../../shared/domain/experiments';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useDarkMode } from '../../jobs/detail/use-dark-mode';
import { useSessionQuery } from '../../use-session-query';
import type { StepLine } from './align-steps';
import { StepSeriesChart } from './StepSeriesChart';

/** The training runs' metrics per step, one chart per metric with every run overlaid. */
export function SeriesCharts({ runs }: { runs: readonly Run[] }) {
  const dark = useDarkMode();
  const training = runs.flatMap((run) =>
    run.source?.kind === 'training' ? [{ run: run.arn, trainingJob: run.source.name }] : [],
  );
  const others = runs.filter((run) => run.source?.kind !== 'training');
  const series = useSessionQuery('experiments.series', { runs: training }, { enabled: training.length > 0 });
  const charts = useMemo(() => {
    const byMetric = new Map<string, StepLine[]>();
    for (const one of series.data?.series ?? []) {
      const run = runs.find((candidate) => candidate.arn === one.run);
      if (!run || one.points.length === 0) continue;
      const lines = byMetric.get(one.metric) ?? [];
      lines.push({ label: run.displayName || run.name, points: one.points });
      byMetric.set(one.metric, lines);
    }
    return [...byMetric].sort(([a], [b]) => a.localeCompare(b));
  }, [series.data, runs]);

  const notices = [
    others.length > 0 &&
      `${others.map((run) => run.name).join(', ')} ${others.length === 1 ? 'is not a training run' : 'are not training runs'}: no per-step values.`,
    series.data?.notice,
  ].filter(Boolean);
  return (
    <div data-testid="compare-series" data-state={series.isPending && training.length > 0 ? 'loading' : 'ready'}>
      {notices.length > 0 && (
        <Alert type="info" data-testid="compare-series-notice">
          {notices.join(' ')}
        </Alert>
      )}
      {series.error ? (
        <ErrorNotice error={series.error} title="The metric series could not be read from CloudWatch" />
      ) : training.length > 0 && series.isPending ? (
        <p role="status">Loading the metric series…</p>
      ) : charts.length === 0 ? (
        <Box color="text-body-secondary">No per-step metric values for these runs.</Box>
      ) : (
        <div className="ts-chart-grid">
          {charts.map(([metric, lines]) => (
            <StepSeriesChart
              key={metric}
              title={metric}
              lines={lines}
              dark={dark}
              testId={`compare-series-${metric}`}
            />
          ))}
        </div>
      )}
    </div>
  );
}
