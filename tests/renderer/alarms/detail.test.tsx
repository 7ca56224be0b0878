import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlarmHistoryItem } from '../../../shared/domain/alarms';
import { alarmSummary } from '../support/fake-areas/alarms';
import { preloadAlarmChunks, renderAlarms } from './alarms-app';

const latency = alarmSummary('churn-prod-latency', { alarmActions: ['arn:aws:sns:us-east-1:123456789012:ml-alerts'] });

/** `count` state changes, newest first, a minute apart, alternating ALARM and OK. */
function history(count: number): AlarmHistoryItem[] {
  return Array.from({ length: count }, (_, index) => {
    const newState = index % 2 === 0 ? 'OK' : 'ALARM';
    const oldState = newState === 'OK' ? 'ALARM' : 'OK';
    return {
      time: new Date(Date.UTC(2026, 10, 26, 11, 0) - index * 60_000).toISOString(),
      type: 'StateUpdate' as const,
      summary: `Alarm updated from ${oldState} to ${newState} (#${index})`,
      oldState,
      newState,
    };
  });
}

const input = (testId: string) => screen.getByTestId(testId).querySelector('input')!;

describe('alarm detail', { timeout: 20_000 }, () => {
  beforeAll(preloadAlarmChunks, 60_000);

  it('shows the definition and pages the history with Load older', async () => {
    const { host } = await renderAlarms('#/alarms/alarm/churn-prod-latency', {
      alarms: [latency],
      setup: (core) => {
        core.alarms.history.set('churn-prod-latency', history(30));
        core.alarms.historyPageSize = 25;
      },
    });
    await screen.findByTestId('alarm-history');
    expect(screen.getByTestId('alarm-def-metric').textContent).toBe('p99 of AWS/SageMaker ModelLatency over 1 minute');
    expect(screen.getByTestId('alarm-def-condition').textContent).toBe('p99 ≥ 500 ms (500,000 µs)');
    expect(screen.getByTestId('alarm-def-evaluation').textContent).toBe('3 of 3 periods');
    expect(screen.getByTestId('alarm-detail').textContent).toContain('arn:aws:sns:us-east-1:123456789012:ml-alerts');
    // The metrics area's chart of the alarm's metric, with its threshold, mounts on the page.
    expect(await screen.findByTestId('alarm-metric-chart')).toBeTruthy();
    const timeline = within(screen.getByTestId('alarm-history'));
    expect(timeline.getAllByRole('listitem')).toHaveLength(25);
    expect(timeline.getAllByRole('listitem')[1]?.textContent).toContain('OK → ALARM');
    expect(screen.getByTestId('alarm-history-band').children.length).toBe(25);
    expect(screen.queryByText(/\(#25\)/)).toBeNull();

    fireEvent.click(screen.getByTestId('alarm-history-more'));
    await screen.findByText(/\(#29\)/);
    expect(timeline.getAllByRole('listitem')).toHaveLength(30);
    expect(screen.queryByTestId('alarm-history-more')).toBeNull();
    expect(host.callsTo('alarms.history').map((call) => call.input)).toEqual([
      { name: 'churn-prod-latency' },
      { name: 'churn-prod-latency', nextToken: '25' },
    ]);
  });

  it('disables actions only after the confirmation, then shows them disabled; enabling needs none', async () => {
    const { host } = await renderAlarms('#/alarms/alarm/churn-prod-latency', { alarms: [latency] });
    const toggle = await screen.findByTestId('alarm-actions-toggle');
    expect(toggle.textContent).toBe('Disable actions');
    fireEvent.click(toggle);
    const modal = await screen.findByTestId('confirm-modal');
    expect(host.alarms.find('churn-prod-latency').actionsEnabled).toBe(true);
    fireEvent.click(within(modal).getByTestId('confirm-submit'));
    await waitFor(() => expect(screen.getByTestId('alarm-actions-toggle').textContent).toBe('Enable actions'));
    expect(screen.getByTestId('alarm-def-actions-enabled').textContent).toContain('Disabled');
    expect(screen.getByTestId('alarm-actions-off-churn-prod-latency').textContent).toBe('Actions disabled');
    expect(host.alarms.find('churn-prod-latency').actionsEnabled).toBe(false);
    expect(host.callsTo('alarms.disableActions').at(-1)?.meta).toMatchObject({ confirmed: true });
    expect(host.journal.entries.some((entry) => entry.channel === 'alarms.disableActions' && entry.target === 'churn-prod-latency')).toBe(true);

    fireEvent.click(screen.getByTestId('alarm-actions-toggle'));
    await waitFor(() => expect(screen.getByTestId('alarm-actions-toggle').textContent).toBe('Disable actions'));
    expect(screen.queryByTestId('confirm-modal')).toBeNull();
    expect(host.alarms.find('churn-prod-latency').actionsEnabled).toBe(true);
  });

  it('refuses a bad edit next to its fields, keeps what was typed, then saves the fixed one', async () => {
    const { host } = await renderAlarms('#/alarms/alarm/churn-prod-latency', { alarms: [latency] });
    fireEvent.click(await screen.findByTestId('alarm-edit'));
    const form = await screen.findByTestId('alarm-edit-form');
    fireEvent.change(input('alarm-edit-threshold'), { target: { value: '' } });
    fireEvent.change(input('alarm-edit-periodSeconds'), { target: { value: '90' } });
    fireEvent.change(input('alarm-edit-datapointsToAlarm'), { target: { value: '5' } });
    fireEvent.change(input('alarm-edit-snsTopicArn'), { target: { value: 'ml-alerts' } });
    fireEvent.click(screen.getByTestId('alarm-edit-save'));
    await within(form).findByText('Enter a number.');
    expect(within(form).getByText('A multiple of 60 seconds.')).toBeTruthy();
    expect(within(form).getByText('At most the number of evaluation periods.')).toBeTruthy();
    expect(within(form).getByText(/Enter an SNS topic ARN/)).toBeTruthy();
    expect(host.callsTo('alarms.update')).toHaveLength(0);
    expect(input('alarm-edit-periodSeconds').value).toBe('90');
    expect(input('alarm-edit-snsTopicArn').value).toBe('ml-alerts');

    fireEvent.change(input('alarm-edit-threshold'), { target: { value: '800000' } });
    fireEvent.change(input('alarm-edit-periodSeconds'), { target: { value: '120' } });
    fireEvent.change(input('alarm-edit-datapointsToAlarm'), { target: { value: '2' } });
    fireEvent.change(input('alarm-edit-snsTopicArn'), { target: { value: '' } });
    host.failNext('alarms.update', { code: 'ValidationError', message: 'Input is not valid.', fields: { threshold: 'AWS refuses this threshold.' } });
    fireEvent.click(screen.getByTestId('alarm-edit-save'));
    await within(form).findByText('AWS refuses this threshold.');
    expect(input('alarm-edit-threshold').value).toBe('800000');

    fireEvent.click(screen.getByTestId('alarm-edit-save'));
    await waitFor(() => expect(screen.queryByTestId('alarm-edit-form')).toBeNull());
    expect(host.callsTo('alarms.update').at(-1)?.input).toEqual({
      name: 'churn-prod-latency',
      threshold: 800000,
      comparison: 'GreaterThanOrEqualToThreshold',
      periodSeconds: 120,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: 'missing',
      snsTopicArn: null,
    });
    await waitFor(() => expect(screen.getByTestId('alarm-def-condition').textContent).toBe('p99 ≥ 800 ms (800,000 µs)'));
    expect(screen.getByTestId('alarm-def-evaluation').textContent).toBe('2 of 3 periods');
  });

  it('deletes after the confirmation and goes back to the board', async () => {
    const { host } = await renderAlarms('#/alarms/alarm/churn-prod-latency', { alarms: [latency, alarmSummary('churn-prod-5xx')] });
    fireEvent.click(await screen.findByTestId('alarm-delete'));
    fireEvent.click(within(await screen.findByTestId('confirm-modal')).getByTestId('confirm-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/alarms'));
    await screen.findByTestId('alarm-row-churn-prod-5xx');
    expect(screen.queryByTestId('alarm-row-churn-prod-latency')).toBeNull();
    expect(host.alarms.alarms.map((alarm) => alarm.name)).toEqual(['churn-prod-5xx']);
  });

  it('offers no edit or delete on an Auto Scaling alarm, and says why', async () => {
    const name = 'TargetTracking-endpoint/churn-prod/variant/AllTraffic-AlarmHigh';
    await renderAlarms(`#/alarms/alarm/${encodeURIComponent(name)}`, { alarms: [alarmSummary(name, { managedBy: 'autoscaling' })] });
    await screen.findByTestId('alarm-managed-note');
    expect(screen.getByTestId('alarm-edit').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('alarm-delete').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('alarm-managed-note').textContent).toContain("change the endpoint's scaling policy");
  });

  it('says so when the alarm does not exist', async () => {
    await renderAlarms('#/alarms/alarm/gone', { alarms: [latency] });
    const missing = await screen.findByTestId('alarm-missing');
    expect(missing.textContent).toContain('There is no alarm named gone in us-east-1');
  });
});
