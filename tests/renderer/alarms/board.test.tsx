import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { alarmSummary } from '../support/fake-areas/alarms';
import { preloadAlarmChunks, renderAlarms } from './alarms-app';

const latency = alarmSummary('churn-prod-latency', { state: 'OK' });
const errors = alarmSummary('churn-prod-5xx', { state: 'INSUFFICIENT_DATA', stateReason: 'Insufficient Data: 1 datapoint was unknown.' });
const cpu = alarmSummary('churn-prod-cpu', { state: 'ALARM', stateReason: 'Threshold Crossed: CPU 93% ≥ 80%.', actionsEnabled: false });
const scaling = alarmSummary('TargetTracking-endpoint/churn-prod/variant/AllTraffic-AlarmHigh', { managedBy: 'autoscaling' });
const staging = alarmSummary('churn-staging-latency', { resource: { kind: 'endpoint', name: 'churn-staging', endpointName: 'churn-staging' } });
const training = alarmSummary('train-gpu', {
  state: 'ALARM',
  resource: { kind: 'job', name: 'churn-train-7' },
  metric: { namespace: '/aws/sagemaker/TrainingJobs', metricName: 'GPUUtilization', dimensions: [{ name: 'Host', value: 'churn-train-7/algo-1' }], statistic: 'Average', periodSeconds: 60 },
});
const ALL = [latency, errors, cpu, scaling, staging, training];

const rowsOf = (group: HTMLElement) => within(group).getAllByRole('row').map((row) => row.dataset.testid).filter(Boolean);

describe('alarm board', { timeout: 20_000 }, () => {
  beforeAll(preloadAlarmChunks, 60_000);

  it('groups alarms by the resource they watch, worst state first, with state words, times and marks', async () => {
    await renderAlarms('#/alarms', { alarms: ALL });
    const variant = await screen.findByTestId('alarm-group-variant-churn-prod/AllTraffic');
    expect(rowsOf(variant)).toEqual([
      'alarm-row-churn-prod-cpu',
      'alarm-row-churn-prod-5xx',
      'alarm-row-TargetTracking-endpoint/churn-prod/variant/AllTraffic-AlarmHigh',
      'alarm-row-churn-prod-latency',
    ]);
    expect(within(variant).getByRole('link', { name: 'churn-prod/AllTraffic' }).getAttribute('href')).toBe('#/endpoints/churn-prod');
    expect(screen.getByTestId('alarm-state-churn-prod-cpu').textContent).toBe('ALARM');
    expect(screen.getByTestId('alarm-state-churn-prod-5xx').textContent).toBe('INSUFFICIENT_DATA');
    const cpuRow = screen.getByTestId('alarm-row-churn-prod-cpu');
    expect(cpuRow.textContent).toContain('Threshold Crossed: CPU 93% ≥ 80%.');
    expect(cpuRow.textContent).toContain('Actions disabled');
    expect(cpuRow.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-26T11:00:00.000Z');
    expect(cpuRow.querySelector('time')?.getAttribute('title')).toBe(new Date('2026-11-26T11:00:00.000Z').toLocaleString());
    expect(screen.getByTestId('alarm-row-TargetTracking-endpoint/churn-prod/variant/AllTraffic-AlarmHigh').textContent).toContain(
      'Managed by Auto Scaling',
    );
    // Groups holding an alarm in ALARM first (variant before job, as kinds go), the all-OK endpoint last.
    const groups = screen.getAllByTestId(/^alarm-group-/).map((group) => group.dataset.testid);
    expect(groups).toEqual(['alarm-group-variant-churn-prod/AllTraffic', 'alarm-group-job-churn-train-7', 'alarm-group-endpoint-churn-staging']);
    const job = screen.getByTestId('alarm-group-job-churn-train-7');
    expect(within(job).getByRole('link', { name: 'churn-train-7' }).getAttribute('href')).toBe('#/training/jobs/churn-train-7');
    expect(within(screen.getByTestId('alarm-row-churn-prod-cpu')).getByRole('link', { name: 'churn-prod-cpu' }).getAttribute('href')).toBe(
      '#/alarms/alarm/churn-prod-cpu',
    );
  });

  it('filters by state, resource and text, keeps the filters in the address, and opens with them after a reload', async () => {
    const { unmount } = await renderAlarms('#/alarms', { alarms: ALL });
    await screen.findByTestId('alarm-row-churn-prod-cpu');
    fireEvent.click(within(screen.getByTestId('alarm-filter-state')).getByRole('button', { name: 'ALARM' }));
    await waitFor(() => expect(screen.queryByTestId('alarm-row-churn-prod-latency')).toBeNull());
    expect(screen.getByTestId('alarm-row-churn-prod-cpu')).toBeTruthy();
    expect(screen.getByTestId('alarm-row-train-gpu')).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('alarm-filter-kind')).getByRole('button', { name: 'Job' }));
    await waitFor(() => expect(screen.queryByTestId('alarm-row-churn-prod-cpu')).toBeNull());
    expect(window.location.hash).toBe('#/alarms?state=ALARM&kind=job');

    fireEvent.click(within(screen.getByTestId('alarm-filter-kind')).getByRole('button', { name: 'All resources' }));
    fireEvent.change(within(screen.getByTestId('alarm-filter-text')).getByRole('searchbox'), { target: { value: 'cpu' } });
    await waitFor(() => expect(screen.queryByTestId('alarm-row-train-gpu')).toBeNull());
    expect(window.location.hash).toBe('#/alarms?state=ALARM&q=cpu');
    unmount();

    await renderAlarms(window.location.hash, { alarms: ALL });
    await screen.findByTestId('alarm-row-churn-prod-cpu');
    expect(screen.queryByTestId('alarm-row-train-gpu')).toBeNull();
    expect(screen.queryByTestId('alarm-row-churn-prod-latency')).toBeNull();
    expect((within(screen.getByTestId('alarm-filter-text')).getByRole('searchbox') as HTMLInputElement).value).toBe('cpu');

    fireEvent.change(within(screen.getByTestId('alarm-filter-text')).getByRole('searchbox'), { target: { value: 'nothing-like-this' } });
    const none = await screen.findByTestId('alarm-board-no-match');
    fireEvent.click(within(none).getByRole('button', { name: 'Clear filters' }));
    await screen.findByTestId('alarm-row-churn-prod-latency');
    expect(window.location.hash).toBe('#/alarms');
  });

  it('says there are no alarms in the region and where to create them', async () => {
    await renderAlarms('#/alarms', { alarms: [] });
    const empty = await screen.findByTestId('alarm-board-empty');
    expect(empty.textContent).toContain("No alarms in us-east-1. Create the recommended alarms from an endpoint's page.");
    expect(within(empty).getByRole('link', { name: 'Go to the endpoints' }).getAttribute('href')).toBe('#/endpoints');
  });

  it('says what failed and lists again on Try again', async () => {
    const denied = { code: 'AccessDenied', message: 'User is not authorized to perform: cloudwatch:DescribeAlarms' };
    let release = () => {};
    await renderAlarms('#/alarms', {
      alarms: [latency],
      // The list is refused once, answered only when the board and the notifier both wait for it; both streams are refused too.
      setup: (host) => {
        host.failNext('alarms.list', denied);
        host.failNext('alarms.watch', denied);
        host.failNext('alarms.watch', denied);
        release = host.hold('alarms.list');
      },
    });
    await waitFor(() => expect(screen.getByTestId('alarm-board').dataset.state).toBe('loading'));
    release();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The alarms could not be listed');
    expect(alert.textContent).toContain('cloudwatch:DescribeAlarms');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('alarm-row-churn-prod-latency');
  });

  it('moves an alarm that enters ALARM to the top of its group, and updates the navigation count and the window title', async () => {
    const { host } = await renderAlarms('#/alarms', { alarms: [latency, errors, staging] });
    await screen.findByTestId('alarm-row-churn-prod-latency');
    await waitFor(() => expect(document.title).toBe('SageDeck'));
    expect(screen.queryByTestId('nav-alarms-count')).toBeNull();
    expect(screen.getByTestId('nav-alarms').getAttribute('aria-label')).toBeNull();

    act(() => host.alarms.setState('churn-prod-latency', 'ALARM', 'Threshold Crossed: p99 812 ms ≥ 500 ms.'));
    await waitFor(() => expect(screen.getByTestId('alarm-state-churn-prod-latency').textContent).toBe('ALARM'));
    expect(rowsOf(screen.getByTestId('alarm-group-variant-churn-prod/AllTraffic'))).toEqual(['alarm-row-churn-prod-latency', 'alarm-row-churn-prod-5xx']);
    expect(screen.getByTestId('alarm-row-churn-prod-latency').textContent).toContain('p99 812 ms ≥ 500 ms');
    await waitFor(() => expect(screen.getByTestId('nav-alarms-count').textContent).toBe('1'));
    const nav = screen.getByTestId('nav-alarms');
    expect(nav.hasAttribute('aria-label')).toBe(false);
    expect(screen.getByRole('link', { name: 'Alarms & metrics, 1 in alarm' })).toBe(nav);
    expect(document.title).toBe('(1) SageDeck');

    expect(screen.getAllByTestId(/^alarm-group-/)[0]?.dataset.testid).toBe('alarm-group-variant-churn-prod/AllTraffic');
    act(() => host.alarms.setState('churn-staging-latency', 'ALARM'));
    await waitFor(() => expect(screen.getByTestId('nav-alarms-count').textContent).toBe('2'));
    expect(document.title).toBe('(2) SageDeck');
    // Its group, all OK until now and below the variant's, comes to the top (endpoints before variants among ALARM groups).
    expect(screen.getAllByTestId(/^alarm-group-/)[0]?.dataset.testid).toBe('alarm-group-endpoint-churn-staging');

    act(() => {
      host.alarms.setState('churn-prod-latency', 'OK');
      host.alarms.setState('churn-staging-latency', 'OK');
    });
    await waitFor(() => expect(screen.queryByTestId('nav-alarms-count')).toBeNull());
    expect(document.title).toBe('SageDeck');
    expect(rowsOf(screen.getByTestId('alarm-group-variant-churn-prod/AllTraffic'))).toEqual(['alarm-row-churn-prod-5xx', 'alarm-row-churn-prod-latency']);
  });
});
