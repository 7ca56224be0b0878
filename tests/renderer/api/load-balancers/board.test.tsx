import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { TG_ARN, targetRow } from '../../support/fake-areas/load-balancers';
import { profile } from '../../support/fixtures';
import { FakeNotification, useFakeNotifications } from '../../support/fake-notification';
import { fieldError, inputIn, preloadLoadBalancerChunks, renderLoadBalancers } from './lb-app';

const BOARD = '#/api/load-balancers/churn-internal-alb/target-groups/churn-inference-proxy';
const [T1, T2, T3] = ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002', 'i-0a1b2c3d4e5f60003'];
const failing = targetRow(3, { state: 'unhealthy', reason: 'Target.ResponseCodeMismatch', description: 'Health checks failed with these codes: [502]' });
const timedOut = targetRow(1, { state: 'unhealthy', reason: 'Target.Timeout', description: 'Request timed out' });

const board = () => screen.getByTestId('target-health-board');
const stateOf = (id: string) => screen.getByTestId(`target-row-${id}`).dataset.state;
const rowOrder = () => [...board().querySelectorAll('[data-testid^="target-row-"]')].map((row) => row.getAttribute('data-testid')?.replace('target-row-', ''));
const titles = () => FakeNotification.shown.map((notification) => notification.title);
const type = (testId: string, value: string) => fireEvent.change(inputIn(testId), { target: { value } });

async function openBoard(options: Parameters<typeof renderLoadBalancers>[1] = {}) {
  const rendered = await renderLoadBalancers(BOARD, options);
  await waitFor(() => expect(board().dataset.state).toBe('ready'));
  await waitFor(() => expect(screen.getByTestId('target-health-updates').dataset.state).toBe('live'));
  return rendered;
}

async function confirm(action: string) {
  const modal = await screen.findByTestId('confirm-modal');
  expect(modal.textContent).toContain(action);
  fireEvent.click(within(modal).getByTestId('confirm-submit'));
}

describe('target health board', { timeout: 20_000 }, () => {
  beforeAll(preloadLoadBalancerChunks, 60_000);
  useFakeNotifications();

  it('shows every target unhealthy first, with the state, AWS’s reason in words and a summary; the unhealthy target it opens on is no news', async () => {
    const { host } = await openBoard();
    expect(rowOrder()).toEqual([T3, T1, T2]);
    expect(screen.getByTestId('target-health-summary').textContent).toBe('2 of 3 healthy');
    expect(screen.getByTestId(`target-state-${T3}`).textContent).toBe('Unhealthy');
    expect(screen.getByTestId(`target-reason-${T3}`).textContent).toBe('Health checks failed with these codes: [502] Target.ResponseCodeMismatch');
    expect(screen.getByTestId(`target-state-${T1}`).textContent).toBe('Healthy');
    const row = screen.getByTestId(`target-row-${T1}`).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('8080');
    expect(row.textContent).toContain('us-east-1a');
    expect(host.callsTo('loadBalancers.targets')[0]?.input).toEqual({ targetGroupArn: TG_ARN });
    expect(titles()).toEqual([]);
    expect(screen.getByTestId('target-transitions-empty')).toBeTruthy();
  });

  it('turns a target unhealthy live with one notification that opens the board, then shows its recovery without another', async () => {
    const { host } = await openBoard();
    act(() => host.loadBalancers.setTargets(TG_ARN, [timedOut, targetRow(2), failing]));
    await waitFor(() => expect(stateOf(T1)).toBe('unhealthy'));
    expect(screen.getByTestId(`target-reason-${T1}`).textContent).toContain('Request timed out');
    expect(screen.getByTestId('target-health-summary').textContent).toBe('1 of 3 healthy');
    expect(rowOrder()).toEqual([T1, T3, T2]);
    await waitFor(() => expect(titles()).toEqual([`${T1}:8080 is unhealthy`]));
    expect(FakeNotification.shown[0]?.options.body).toBe('churn-inference-proxy: Request timed out');
    expect(screen.getByTestId('target-transitions').textContent).toContain(`${T1}:8080 healthy → unhealthy (Target.Timeout)`);

    window.location.hash = '#/api';
    await screen.findByTestId('load-balancer-list');
    act(() => FakeNotification.shown[0]?.onclick?.());
    await waitFor(() => expect(window.location.hash).toBe(BOARD));
    expect(FakeNotification.shown[0]?.closed).toBe(true);
    await waitFor(() => expect(board().dataset.state).toBe('ready'));
    await waitFor(() => expect(screen.getByTestId('target-health-updates').dataset.state).toBe('live'));

    act(() => host.loadBalancers.setTargets(TG_ARN, [targetRow(1), targetRow(2), failing]));
    await waitFor(() => expect(stateOf(T1)).toBe('healthy'));
    expect(screen.getByTestId('target-health-summary').textContent).toBe('2 of 3 healthy');
    expect(screen.getByTestId('target-transitions').textContent).toContain(`${T1}:8080 unhealthy → healthy`);
    expect(titles()).toHaveLength(1);
  });

  it('shows an in-app toast linking to the board when notifications are denied', async () => {
    FakeNotification.permission = 'denied';
    const { host } = await openBoard();
    act(() => host.loadBalancers.setTargets(TG_ARN, [timedOut, targetRow(2), failing]));
    const toast = await screen.findByTestId('target-toast');
    expect(within(toast).getByRole('link', { name: `${T1}:8080 is unhealthy` }).getAttribute('href')).toBe(BOARD);
    expect(toast.textContent).toContain('Request timed out');
    expect(titles()).toEqual([]);
  });

  it('does not announce what a session switched to shows', async () => {
    const { host } = await openBoard({
      profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' }), profile('ml-dev', { region: 'eu-west-1' })],
    });
    // The other account's group answers with target 1 failing: its first snapshot, not a change.
    host.loadBalancers.targets.set(TG_ARN, [timedOut, targetRow(2), failing]);
    act(() => host.session.select('ml-dev'));
    await waitFor(() => expect(stateOf(T1)).toBe('unhealthy'));
    await waitFor(() => expect(screen.getByTestId('target-health-updates').dataset.state).toBe('live'));
    expect(titles()).toEqual([]);
    expect(screen.getByTestId('target-transitions-empty')).toBeTruthy();
  });

  it('registers several targets at once after the confirmation, refusing a malformed id first', async () => {
    const { host } = await openBoard();
    fireEvent.click(screen.getByTestId('register-targets'));
    type('register-target-id', 'web-1');
    fireEvent.click(screen.getByTestId('register-targets-submit'));
    await waitFor(() => expect(screen.getByTestId('register-targets-form').textContent).toContain('Enter an instance id (i-…)'));
    expect(fieldError('register-target-id')).toBe('Enter an instance id (i-…), an IP address or a Lambda function ARN.');
    expect(host.callsTo('loadBalancers.registerTargets')).toHaveLength(0);

    type('register-target-id', 'i-0a1b2c3d4e5f60004');
    fireEvent.click(screen.getByTestId('register-target-add'));
    type('register-target-id-1', 'i-0a1b2c3d4e5f60005');
    type('register-target-port-1', '9090');
    type('register-target-az-1', 'us-east-1b');
    fireEvent.click(screen.getByTestId('register-targets-submit'));
    await confirm('Register targets');
    await waitFor(() => expect(screen.queryByTestId('register-targets-form')).toBeNull());
    const sent = host.callsTo('loadBalancers.registerTargets').at(-1);
    expect(sent?.input).toEqual({
      targetGroupArn: TG_ARN,
      targets: [
        { id: 'i-0a1b2c3d4e5f60004', port: 8080 },
        { id: 'i-0a1b2c3d4e5f60005', port: 9090, availabilityZone: 'us-east-1b' },
      ],
    });
    expect(sent?.meta).toMatchObject({ confirmed: true });
    await waitFor(() => expect(stateOf('i-0a1b2c3d4e5f60004')).toBe('initial'));
    expect(screen.getByTestId('target-health-summary').textContent).toBe('2 of 5 healthy');
    expect(host.journal.entries[0]).toMatchObject({ channel: 'loadBalancers.registerTargets', outcome: 'success', target: '2 targets in churn-inference-proxy' });
  });

  it('deregisters the selected targets after the confirmation and shows them draining', async () => {
    const { host } = await openBoard();
    expect((screen.getByTestId('deregister-targets') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: `Select ${T3} port 8080` }));
    fireEvent.click(screen.getByTestId('deregister-targets'));
    await confirm('Deregister targets');
    await waitFor(() => expect(stateOf(T3)).toBe('draining'));
    const sent = host.callsTo('loadBalancers.deregisterTargets').at(-1);
    expect(sent?.input).toEqual({ targetGroupArn: TG_ARN, targets: [{ id: T3, port: 8080 }] });
    expect(host.journal.entries[0]).toMatchObject({ channel: 'loadBalancers.deregisterTargets', outcome: 'success', target: `${T3} in churn-inference-proxy` });
    expect(screen.getByTestId('target-transitions').textContent).toContain(`${T3}:8080 unhealthy → draining`);
    expect(titles()).toEqual([]);
  });
});
