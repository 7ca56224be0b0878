import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { Run } from '../../../../../shared/domain/experiments';
import { formatNumber } from '../runs/run-format';
import { scale, scatterPoints } from './scatter-points';

const WIDTH = 560;
const HEIGHT = 300;
const PAD = { left: 64, right: 16, top: 16, bottom: 48 };
const INSET = 16;

const option = (name: string) => ({ value: name, label: name });

/** A parameter against a metric, one dot per run; a table says the same to screen readers. */
export function ScatterView({
  runs,
  parameters,
  metrics,
}: {
  runs: readonly Run[];
  parameters: readonly string[];
  metrics: readonly string[];
}) {
  const [parameter, setParameter] = useState(parameters[0]);
  const [metric, setMetric] = useState(metrics[0]);
  if (!parameter || !metric)
    return <Box color="text-body-secondary">A scatter needs runs with both parameters and metrics.</Box>;
  const data = scatterPoints(runs, parameter, metric);
  const xs = data.points.map((point) => point.x);
  const ys = data.points.map((point) => point.y);
  // Dots keep clear of the axes: the extremes sit INSET inside the plot, not on its edge.
  const toX = scale(xs, PAD.left + INSET, WIDTH - PAD.right - INSET);
  const toY = scale(ys, HEIGHT - PAD.bottom - INSET, PAD.top + INSET);
  const xTicks = data.categories
    ? data.categories.map((label, index) => ({ at: index, label }))
    : [...new Set([Math.min(...xs), Math.max(...xs)])].map((at) => ({ at, label: formatNumber(at) }));
  const yTicks = [...new Set([Math.min(...ys), Math.max(...ys)])];
  const title = `${metric} by ${parameter}`;

  return (
    <SpaceBetween size="s">
      <SpaceBetween direction="horizontal" size="m">
        <FormField label="Parameter (across)">
          <Select
            selectedOption={option(parameter)}
            onChange={({ detail }) => setParameter(detail.selectedOption.value)}
            options={parameters.map(option)}
            filteringType="auto"
            data-testid="scatter-parameter"
          />
        </FormField>
        <FormField label="Metric (up)">
          <Select
            selectedOption={option(metric)}
            onChange={({ detail }) => setMetric(detail.selectedOption.value)}
            options={metrics.map(option)}
            filteringType="auto"
            data-testid="scatter-metric"
          />
        </FormField>
      </SpaceBetween>
      {data.points.length === 0 ? (
        <Box color="text-body-secondary">
          No run has both {parameter} and {metric}.
        </Box>
      ) : (
        <figure className="experiments-scatter" data-testid="compare-scatter">
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={`Scatter of ${title}, ${data.points.length} runs; the table below lists the values`}
          >
            <line
              className="experiments-scatter-axis"
              x1={PAD.left}
              y1={HEIGHT - PAD.bottom}
              x2={WIDTH - PAD.right}
              y2={HEIGHT - PAD.bottom}
            />
            <line
              className="experiments-scatter-axis"
              x1={PAD.left}
              y1={PAD.top}
              x2={PAD.left}
              y2={HEIGHT - PAD.bottom}
            />
            {xTicks.map((tick) => (
              <text key={tick.label} x={toX(tick.at)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
                {tick.label}
              </text>
            ))}
            {yTicks.map((tick) => (
              <text key={tick} x={PAD.left - 6} y={toY(tick) + 4} textAnchor="end">
                {formatNumber(tick)}
              </text>
            ))}
            <text
              x={(PAD.left + WIDTH - PAD.right) / 2}
              y={HEIGHT - 8}
              textAnchor="middle"
              className="experiments-scatter-title"
            >
              {parameter}
            </text>
            <text
              x={14}
              y={(PAD.top + HEIGHT - PAD.bottom) / 2}
              textAnchor="middle"
              transform={`rotate(-90 14 ${(PAD.top + HEIGHT - PAD.bottom) / 2})`}
              className="experiments-scatter-title"
            >
              {metric}
            </text>
            {data.points.map((point) => (
              <circle
                key={point.run}
                cx={toX(point.x)}
                cy={toY(point.y)}
                r={5}
                className="experiments-scatter-dot"
                data-testid={`scatter-point-${point.run}`}
              >
                <title>{`${point.run}: ${parameter} ${point.xLabel}, ${metric} ${formatNumber(point.y)}`}</title>
              </circle>
            ))}
          </svg>
          <table className="sr-only">
            <caption>{title}, one row per run</caption>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">{parameter}</th>
                <th scope="col">{metric}</th>
              </tr>
            </thead>
            <tbody>
              {data.points.map((point) => (
                <tr key={point.run}>
                  <th scope="row">{point.run}</th>
                  <td>{point.xLabel}</td>
                  <td>{formatNumber(point.y)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.missing.length > 0 && (
            <figcaption className="experiments-muted">
              Not plotted (no {parameter} or {metric}): {data.missing.join(', ')}
            </figcaption>
          )}
        </figure>
      )}
    </SpaceBetween>
  );
}
