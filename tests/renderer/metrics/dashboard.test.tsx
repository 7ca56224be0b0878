import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { churnProd, churnProdDetail } from '../endpoints/fixtures';
import { preloadEndpointChunks, renderEndpoints } from '../endpoints/endpoints-app';
import { metricChart, metricDashboard } from '../support/fake-areas/metrics';

const P99_ALARM = { alarmName: 'churn-prod-model-latency-p99', value: 100, state: 'ALARM' as const };

async function openChurnProd(setup: Parameters<typeof renderEndpoints>[1] = {}) {
  return renderEndpoints('#/endpoints/churn-prod', { endpoints: [churnProd()], details: { 'churn-prod': churnProdDetail() }, ...setup });
}

describe('endpoint dashboard', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await preloadEndpointChunks();
    await import('../../../renderer/src/features/endpoints/metrics/EndpointDashboard');
  }, 60_000);

  it('shows the six charts on the endpoint page with the p99 alarm\'s threshold on the latency chart, from one request', async () => {
    const { host } = await renderEndpoints('#/endpoints', {});
    host.endpoints.endpoints = [churnProd()];
    host.endpoints.details.set('churn-prod', churnProdDetail());
    host.metrics.dashboards.set(
      'churn-prod',
      metricDashboard({
        'model-latency': metricChart('model-latency', { value: (i) => (i < 50 ? 40 : 160), thresholds: [P99_ALARM] }),
        cpu: metricChart('cpu', { value: () => null, note: 'No CPUUtilization under /aws/sagemaker/Endpoints in this range.' }),
      }),
    );
    window.location.hash = '#/endpoints/churn-prod';
    const dashboard = await screen.findByTestId('endpoint-dashboard');
    await waitFor(() => expect(dashboard.dataset.state).toBe('ready'));
    for (const id of ['invocations', 'model-latency', 'overhead-latency', 'errors', 'cpu', 'memory']) expect(within(dashboard).getByTestId(`metric-chart-${id}`)).toBeTruthy();
    expect(host.callsTo('metrics.endpoint')).toHaveLength(1);
    expect(host.callsTo('metrics.endpoint')[0]?.input).toEqual({ endpointName: 'churn-prod', range: { kind: 'relative', minutes: 180 } });

    const latency = within(dashboard).getByTestId('metric-chart-model-latency');
    const threshold = within(latency).getByTestId('chart-threshold-churn-prod-model-latency-p99');
    expect(threshold.dataset.state).toBe('ALARM');
    expect(threshold.textContent).toBe('churn-prod-model-latency-p99: 100 ms · in alarm');
    // What a screen reader gets instead of the canvas: the chart named with its latest values, and a table.
    expect(within(latency).getByRole('img').getAttribute('aria-label')).toBe(
      'Model latency, latest: p50 160 ms; p90 320 ms; p99 480 ms; threshold churn-prod-model-latency-p99 at 100 ms',
    );
    const table = within(latency).getByRole('table', { name: 'Model latency: values in the range shown' });
    expect(within(table).getByRole('row', { name: /p99/ }).textContent).toBe('p99480 ms120 ms480 ms');
    // A chart the endpoint does not publish says why, instead of an empty canvas.
    const cpu = within(dashboard).getByTestId('metric-chart-cpu');
    expect(cpu.dataset.state).toBe('empty');
    expect(within(cpu).getByRole('note').textContent).toMatch(/No CPUUtilization/);
  });

  it('asks again for the range chosen, once, on Refresh, and shows CloudWatch\'s notes', async () => {
    const { host } = await openChurnProd();
    host.metrics.dashboards.set('churn-prod', metricDashboard({}, ['CloudWatch returned part of the data (PartialData): choose a shorter range to see all of it.']));
    const dashboard = await screen.findByTestId('endpoint-dashboard');
    await waitFor(() => expect(dashboard.dataset.state).toBe('ready'));
    fireEvent.click(within(dashboard).getByRole('radio', { name: '1 w' }));
    await waitFor(() => expect(host.callsTo('metrics.endpoint')).toHaveLength(2));
    expect(host.callsTo('metrics.endpoint')[1]?.input).toEqual({ endpointName: 'churn-prod', range: { kind: 'relative', minutes: 10_080 } });
    expect(await within(dashboard).findByText(/PartialData/)).toBeTruthy();
    // Refresh asks again now, for the same range.
    fireEvent.click(screen.getByRole('button', { name: 'Refresh the metrics' }));
    await waitFor(() => expect(host.callsTo('metrics.endpoint')).toHaveLength(3));
    expect(host.callsTo('metrics.endpoint')[2]?.input).toEqual(host.callsTo('metrics.endpoint')[1]?.input);
  });

  it('says when the metrics could not be read, and reads them again on Try again', async () => {
    const { host } = await renderEndpoints('#/endpoints', {});
    host.endpoints.endpoints = [churnProd()];
    host.endpoints.details.set('churn-prod', churnProdDetail());
    host.failNext('metrics.endpoint', { code: 'AccessDenied', message: 'User is not authorized to perform: cloudwatch:GetMetricData' });
    window.location.hash = '#/endpoints/churn-prod';
    const dashboard = await screen.findByTestId('endpoint-dashboard');
    const alert = await within(dashboard).findByRole('alert');
    expect(alert.textContent).toMatch(/The metrics of churn-prod could not be read/);
    expect(alert.textContent).toMatch(/cloudwatch:GetMetricData/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(dashboard.dataset.state).toBe('ready'));
    expect(within(dashboard).getByTestId('metric-chart-invocations')).toBeTruthy();
  });

  it('reads the dashboard again every minute, one request each time', async () => {
    // Only the interval is simulated: React Query's refetch timer. Everything else runs as usual.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { host } = await openChurnProd();
      const dashboard = await screen.findByTestId('endpoint-dashboard');
      await waitFor(() => expect(dashboard.dataset.state).toBe('ready'));
      expect(host.callsTo('metrics.endpoint')).toHaveLength(1);
      host.metrics.dashboards.set('churn-prod', metricDashboard({ 'model-latency': metricChart('model-latency', { thresholds: [P99_ALARM] }) }));
      act(() => vi.advanceTimersByTime(60_000));
      await waitFor(() => expect(within(dashboard).queryByTestId('chart-threshold-churn-prod-model-latency-p99')).not.toBeNull());
      expect(host.callsTo('metrics.endpoint')).toHaveLength(2);
      act(() => vi.advanceTimersByTime(60_000));
      await waitFor(() => expect(host.callsTo('metrics.endpoint')).toHaveLength(3));
      expect(host.callsTo('metrics.endpoint').every((call) => JSON.stringify(call.input) === JSON.stringify(host.callsTo('metrics.endpoint')[0]?.input))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
