import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { alarmSummary } from '../support/fake-areas/alarms';
import { profile } from '../support/fixtures';
import { preloadAlarmChunks, renderAlarms } from './alarms-app';

import { FakeNotification, useFakeNotifications } from '../support/fake-notification';

const titles = () => FakeNotification.shown.map((notification) => notification.title);

const latency = alarmSummary('churn-prod-latency');
const errors = alarmSummary('churn-prod-5xx', { state: 'INSUFFICIENT_DATA' });
const cpu = alarmSummary('churn-prod-cpu', { state: 'ALARM' });

describe('alarm notifications', { timeout: 20_000 }, () => {
  beforeAll(preloadAlarmChunks, 60_000);
  useFakeNotifications();
  beforeEach(() => window.localStorage.clear());

  it("leaves Auto Scaling's own alarms out of the count, the title and the notifications: they flip with traffic, which is scaling at work", async () => {
    const scaleIn = alarmSummary('TargetTracking-endpoint/churn-prod/variant/AllTraffic-AlarmLow-1', { managedBy: 'autoscaling' });
    const { host } = await renderAlarms('#/alarms', { alarms: [latency, scaleIn] });
    await waitFor(() => expect(host.subscriberCount('alarms.watch')).toBeGreaterThan(0));
    await screen.findByTestId(`alarm-row-${scaleIn.name}`);

    act(() => host.alarms.setState(scaleIn.name, 'ALARM', 'Threshold Crossed: 15 out of the last 15 datapoints were less than the threshold.'));
    await waitFor(() => expect(screen.getByTestId(`alarm-state-${scaleIn.name}`).textContent).toBe('ALARM'));
    expect(screen.getByTestId('alarm-board-summary').textContent).toBe('No alarm needs attention. 1 Auto Scaling alarm in ALARM (scaling at work). ');
    expect(screen.queryByTestId('nav-alarms-count')).toBeNull();
    expect(document.title).toBe('SageDeck');
    // The next real alarm is still news, and the only one counted.
    act(() => host.alarms.setState('churn-prod-latency', 'ALARM'));
    await waitFor(() => expect(titles()).toEqual(['churn-prod-latency is in ALARM']));
    expect(screen.getByTestId('nav-alarms-count').textContent).toBe('1');
  });

  it('notifies when an alarm enters ALARM and when it returns to OK, not for what the first list shows; a click opens the alarm', async () => {
    const { host } = await renderAlarms('#/activity', { alarms: [latency, errors, cpu] });
    await waitFor(() => expect(host.subscriberCount('alarms.watch')).toBe(1));
    await waitFor(() => expect(screen.getByTestId('nav-alarms-count').textContent).toBe('1'));
    expect(titles()).toEqual([]);

    act(() => host.alarms.setState('churn-prod-latency', 'ALARM', 'Threshold Crossed: p99 812 ms.'));
    await waitFor(() => expect(titles()).toEqual(['churn-prod-latency is in ALARM']));
    const [alarm] = FakeNotification.shown;
    expect(alarm?.options.body).toBe('Threshold Crossed: p99 812 ms.');

    act(() => host.alarms.setState('churn-prod-5xx', 'OK'));
    act(() => host.alarms.setState('churn-prod-cpu', 'OK', 'Threshold Crossed: CPU back to 40%.'));
    await waitFor(() => expect(titles()).toEqual(['churn-prod-latency is in ALARM', 'churn-prod-cpu is back to OK']));

    act(() => alarm?.onclick?.());
    await waitFor(() => expect(window.location.hash).toBe('#/alarms/alarm/churn-prod-latency'));
    expect(alarm?.closed).toBe(true);
    expect(await screen.findByTestId('alarm-detail')).toBeTruthy();
  });

  it('stays quiet for a muted alarm, per profile, and still notifies for the others', async () => {
    const { host } = await renderAlarms('#/alarms/alarm/churn-prod-latency', { alarms: [latency, errors] });
    const mute = within(await screen.findByTestId('alarm-mute')).getByRole('checkbox');
    fireEvent.click(mute);
    await waitFor(() => expect((mute as HTMLInputElement).checked).toBe(true));
    expect(JSON.parse(window.localStorage.getItem('sagedeck.alarms.muted.sandbox') ?? '[]')).toEqual(['churn-prod-latency']);

    act(() => host.alarms.setState('churn-prod-latency', 'ALARM'));
    await waitFor(() => expect(screen.getByTestId('alarm-detail-state').textContent).toBe('ALARM'));
    act(() => host.alarms.setState('churn-prod-5xx', 'ALARM'));
    await waitFor(() => expect(titles()).toEqual(['churn-prod-5xx is in ALARM']));

    fireEvent.click(mute);
    await waitFor(() => expect((mute as HTMLInputElement).checked).toBe(false));
    act(() => host.alarms.setState('churn-prod-latency', 'OK'));
    await waitFor(() => expect(titles()).toEqual(['churn-prod-5xx is in ALARM', 'churn-prod-latency is back to OK']));
  });

  it('shows an in-app toast linking to the alarm when notifications are denied', async () => {
    FakeNotification.permission = 'denied';
    const { host } = await renderAlarms('#/activity', { alarms: [latency] });
    await waitFor(() => expect(host.subscriberCount('alarms.watch')).toBe(1));
    act(() => host.alarms.setState('churn-prod-latency', 'ALARM', 'Threshold Crossed: p99 812 ms.'));
    const toast = await screen.findByTestId('alarm-toast-churn-prod-latency');
    expect(toast.textContent).toContain('churn-prod-latency is in ALARM');
    expect(toast.textContent).toContain('p99 812 ms');
    expect(within(toast).getByRole('link', { name: 'churn-prod-latency is in ALARM' }).getAttribute('href')).toBe('#/alarms/alarm/churn-prod-latency');
    expect(titles()).toEqual([]);
    fireEvent.click(within(toast).getByRole('button', { name: 'Dismiss: churn-prod-latency is in ALARM' }));
    await waitFor(() => expect(screen.queryByTestId('alarm-toast-churn-prod-latency')).toBeNull());
  });

  it('does not announce the alarms of a session switched to', async () => {
    const { host } = await renderAlarms('#/activity', {
      alarms: [latency],
      profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' }), profile('ml-dev', { region: 'eu-west-1' })],
    });
    await waitFor(() => expect(host.subscriberCount('alarms.watch')).toBe(1));
    host.alarms.alarms = [alarmSummary('churn-prod-latency', { state: 'ALARM' }), alarmSummary('other', { state: 'ALARM' })];
    act(() => {
      host.session.select('ml-dev');
    });
    await waitFor(() => expect(screen.getByTestId('nav-alarms-count').textContent).toBe('2'));
    expect(document.title).toBe('(2) SageDeck');
    expect(titles()).toEqual([]);
  });
});
