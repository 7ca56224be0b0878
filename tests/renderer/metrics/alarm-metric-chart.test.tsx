import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { QueryClientProvider } from '@tanstack/react-query';
import { ServicesProvider } from '../../../renderer/src/app/services';
import { queryClient } from '../../../renderer/src/features/query-client';
import { appReady, preloadChunks } from '../support/app-ready';
import { metricChart } from '../support/fake-areas/metrics';
import { installColorScheme } from '../support/media-query';
import { renderApp } from '../support/render-app';

/** The chart alone, as the alarm page embeds it, on the services and query cache of a running app (a session is open). */
async function renderAlarmChart(setup: (host: ReturnType<typeof renderApp>['host']) => void, alarmName: string) {
  // uPlot reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  const { AlarmMetricChart } = await import('../../../renderer/src/features/metrics/AlarmMetricChart');
  const app = renderApp();
  await appReady();
  setup(app.host);
  render(
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={app.services}>
        <AlarmMetricChart alarmName={alarmName} />
      </ServicesProvider>
    </QueryClientProvider>,
  );
  return app;
}

describe('alarm metric chart', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    if (typeof window.matchMedia !== 'function') installColorScheme(false);
    await Promise.all([preloadChunks(), import('../../../renderer/src/features/metrics/AlarmMetricChart'), import('@cloudscape-design/components/container')]);
  }, 60_000);

  it('draws the alarm\'s metric with its threshold line labelled, in the alarm\'s unit', async () => {
    const { host } = await renderAlarmChart((h) => {
      h.metrics.alarmCharts.set(
        'churn-prod-5xx-errors',
        metricChart('alarm', { title: 'Invocation5XXErrors Sum (churn-prod/AllTraffic)', labels: ['Sum'], value: (i) => (i > 55 ? 9 : 0), thresholds: [{ alarmName: 'churn-prod-5xx-errors', value: 5, state: 'ALARM' }] }),
      );
    }, 'churn-prod-5xx-errors');
    const chart = await screen.findByTestId('alarm-metric-chart');
    await waitFor(() => expect(chart.dataset.state).toBe('ready'));
    expect(within(chart).getByRole('heading', { name: 'Invocation5XXErrors Sum (churn-prod/AllTraffic)' })).toBeTruthy();
    expect(within(chart).getByTestId('chart-threshold-churn-prod-5xx-errors').textContent).toBe('churn-prod-5xx-errors: 5 · in alarm');
    expect(host.callsTo('metrics.alarm')[0]?.input).toEqual({ name: 'churn-prod-5xx-errors', range: { kind: 'relative', minutes: 180 } });
  });

  it('says where the metric crossed the threshold, on the side the alarm breaches, and not when it stayed on the safe side', async () => {
    await renderAlarmChart((h) => {
      h.metrics.alarmCharts.set(
        'churn-prod-5xx-errors',
        metricChart('alarm', { labels: ['Sum'], value: (i) => (i === 30 ? 9 : 1), thresholds: [{ alarmName: 'churn-prod-5xx-errors', value: 5, state: 'OK', breachesWhen: 'above' }] }),
      );
    }, 'churn-prod-5xx-errors');
    const chart = await screen.findByTestId('alarm-metric-chart');
    await waitFor(() => expect(chart.dataset.state).toBe('ready'));
    const spiked = within(chart).getByTestId('chart-threshold-churn-prod-5xx-errors');
    expect(spiked.dataset.crossed).toBe('true');
    expect(spiked.textContent).toBe('churn-prod-5xx-errors: 5 · OK · crossed: peak 9 in this range');
  });

  it('says nothing crossed when a low-value alarm\'s metric stayed above its line', async () => {
    await renderAlarmChart((h) => {
      h.metrics.alarmCharts.set(
        'churn-prod-invocations-low',
        metricChart('alarm', { labels: ['Sum'], value: () => 120, thresholds: [{ alarmName: 'churn-prod-invocations-low', value: 100, state: 'OK', breachesWhen: 'below' }] }),
      );
    }, 'churn-prod-invocations-low');
    const chart = await screen.findByTestId('alarm-metric-chart');
    await waitFor(() => expect(chart.dataset.state).toBe('ready'));
    const steady = within(chart).getByTestId('chart-threshold-churn-prod-invocations-low');
    expect(steady.dataset.crossed).toBe('false');
    expect(steady.textContent).toBe('churn-prod-invocations-low: 100 · OK');
  });

  it('says so when the alarm is gone', async () => {
    await renderAlarmChart(() => undefined, 'deleted-alarm');
    const chart = await screen.findByTestId('alarm-metric-chart');
    expect((await within(chart).findByRole('alert')).textContent).toMatch(/No alarm named deleted-alarm/);
  });
});
