import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointSummary } from '../support/fake-areas/endpoints';
import { alarmSummary, recommendedAlarms } from '../support/fake-areas/alarms';
import { preloadEndpointChunks } from '../endpoints/endpoints-app';
import { preloadAlarmChunks, renderAlarms } from './alarms-app';

const threshold = (kind: string, variant = 'AllTraffic') => screen.getByTestId(`recommend-threshold-${kind}-${variant}`).querySelector('input')!;
const checkbox = (kind: string, variant = 'AllTraffic') =>
  within(screen.getByTestId(`recommend-row-${kind}-${variant}`)).getByRole('checkbox') as HTMLInputElement;

describe('recommended alarms', { timeout: 20_000 }, () => {
  beforeAll(() => Promise.all([preloadAlarmChunks(), preloadEndpointChunks()]), 60_000);

  it('is opened from the endpoint page', async () => {
    await renderAlarms('#/endpoints/churn-prod', {
      setup: (host) => {
        host.endpoints.endpoints = [endpointSummary('churn-prod')];
        host.alarms.recommendations.set('churn-prod', recommendedAlarms('churn-prod'));
      },
    });
    fireEvent.click(await screen.findByTestId('endpoint-action-alarms'));
    await waitFor(() => expect(window.location.hash).toBe('#/alarms/recommend/churn-prod'));
    expect(await screen.findByTestId('recommend-form')).toBeTruthy();
  });

  it('preselects the missing ones, marks the existing one, and creates what was chosen with the typed thresholds and topic', async () => {
    const { host } = await renderAlarms('#/alarms/recommend/churn-prod', {
      alarms: [alarmSummary('churn-prod-AllTraffic-cpu')],
      recommendations: { 'churn-prod': recommendedAlarms('churn-prod', ['AllTraffic', 'Canary']) },
    });
    await screen.findByTestId('recommend-form');
    expect(checkbox('latencyP99').checked).toBe(true);
    expect(checkbox('cpu').checked).toBe(false);
    expect(screen.getByTestId('recommend-row-cpu-AllTraffic').textContent).toContain('Exists — creating overwrites it');
    expect(threshold('latencyP99').value).toBe('500');
    expect(screen.getByTestId('recommend-row-latencyP99-AllTraffic').textContent).toContain('ms');

    fireEvent.change(threshold('latencyP99'), { target: { value: '750' } });
    for (const kind of ['errors5xx', 'zeroInvocations', 'cpu']) fireEvent.click(checkbox(kind, 'Canary'));
    fireEvent.click(checkbox('errors5xx'));
    fireEvent.click(checkbox('zeroInvocations'));
    fireEvent.change(
      within(screen.getByTestId('recommend-row-latencyP99-Canary')).getByRole('textbox', { name: /Name of/ }),
      { target: { value: 'canary-latency' } },
    );
    fireEvent.change(screen.getByTestId('recommend-topic').querySelector('input')!, { target: { value: 'arn:aws:sns:us-east-1:123456789012:ml-alerts' } });
    fireEvent.click(screen.getByTestId('recommend-create'));

    const created = await screen.findByTestId('recommend-created');
    expect(host.callsTo('alarms.createRecommended').map((call) => call.input)).toEqual([
      {
        endpointName: 'churn-prod',
        alarms: [
          { kind: 'latencyP99', variantName: 'AllTraffic', name: 'churn-prod-AllTraffic-model-latency-p99', threshold: 750 },
          { kind: 'latencyP99', variantName: 'Canary', name: 'canary-latency', threshold: 500 },
        ],
        snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:ml-alerts',
      },
    ]);
    expect(within(created).getByRole('link', { name: 'canary-latency' }).getAttribute('href')).toBe('#/alarms/alarm/canary-latency');
    expect(checkbox('latencyP99').checked).toBe(false);
    expect(host.journal.entries.some((entry) => entry.channel === 'alarms.createRecommended' && entry.target === 'churn-prod')).toBe(true);
  });

  it('keeps a bad threshold or topic on its field and sends nothing', async () => {
    const { host } = await renderAlarms('#/alarms/recommend/churn-prod', { recommendations: { 'churn-prod': recommendedAlarms('churn-prod') } });
    await screen.findByTestId('recommend-form');
    fireEvent.change(threshold('cpu'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('recommend-topic').querySelector('input')!, { target: { value: 'alerts' } });
    fireEvent.click(screen.getByTestId('recommend-create'));
    const row = screen.getByTestId('recommend-row-cpu-AllTraffic');
    await within(row).findByText('Enter a number.');
    expect(await screen.findByText(/Enter an SNS topic ARN/)).toBeTruthy();
    expect(threshold('cpu').value).toBe('');
    expect(host.callsTo('alarms.createRecommended')).toHaveLength(0);
  });
});
