import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALB_ARN, TG_ARN } from '../../support/fake-areas/load-balancers';
import { fieldError, inputIn, preloadLoadBalancerChunks, renderLoadBalancers } from './lb-app';

const LB = '#/api/load-balancers/churn-internal-alb';
const detail = () => screen.getByTestId('load-balancer-detail');
const type = (testId: string, value: string) => fireEvent.change(inputIn(testId), { target: { value } });

async function confirm(action: string) {
  const modal = await screen.findByTestId('confirm-modal');
  expect(modal.textContent).toContain(action);
  fireEvent.click(within(modal).getByTestId('confirm-submit'));
}

describe('load balancer page', { timeout: 20_000 }, () => {
  beforeAll(preloadLoadBalancerChunks, 60_000);

  it('shows what the load balancer is, then its listeners with the default action and the rules, each target group linked to its board', async () => {
    await renderLoadBalancers(LB);
    await waitFor(() => expect(detail().dataset.state).toBe('ready'));
    const overview = screen.getByTestId('load-balancer-overview');
    expect(overview.textContent).toContain('Application');
    expect(overview.textContent).toContain('Internal');
    expect(overview.textContent).toContain('vpc-0sandbox0000churn');
    expect(overview.textContent).toContain('us-east-1a, us-east-1b, us-east-1c');
    expect(overview.textContent).toContain('Deletion protectionOff');
    expect(overview.textContent).toContain('Idle timeout60 s');
    expect(screen.getByTestId('load-balancer-endpoint').getAttribute('href')).toBe('#/endpoints/churn-prod');
    expect(screen.getByTestId('load-balancer-tags').textContent).toContain('sagedeck:endpoint');

    const listener = screen.getByTestId('listener-HTTP-80');
    expect(listener.textContent).toContain('Listener HTTP:80');
    expect(listener.textContent).toContain('Default action: Forward to churn-inference-proxy');
    const rule = screen.getByTestId('listener-rule-10');
    expect(rule.textContent).toContain('path-pattern: /v2/*');
    expect(within(rule).getByRole('link', { name: 'churn-inference-proxy' }).getAttribute('href')).toBe(
      '#/api/load-balancers/churn-internal-alb/target-groups/churn-inference-proxy',
    );
  });

  it('keeps the tab in the address: target groups with their health and health-check settings, and the metrics of the load balancer', async () => {
    const { host } = await renderLoadBalancers(LB);
    await waitFor(() => expect(detail().dataset.state).toBe('ready'));
    fireEvent.click(screen.getByRole('tab', { name: 'Target groups (1)' }));
    await waitFor(() => expect(window.location.hash).toBe(`${LB}?tab=target-groups`));
    const group = await screen.findByTestId('target-group-churn-inference-proxy');
    expect(group.textContent).toContain('HTTP:8080');
    expect(group.textContent).toContain('instance');
    expect(group.textContent).toContain('2 healthy, 1 unhealthy');
    expect(within(group).getByRole('link', { name: 'Target health' }).getAttribute('href')).toBe('#/api/load-balancers/churn-internal-alb/target-groups/churn-inference-proxy');
    const check = screen.getByTestId('health-check-churn-inference-proxy');
    expect(check.textContent).toContain('HTTP on the traffic port');
    expect(check.textContent).toContain('/ping');
    expect(check.textContent).toContain('Interval30 s');
    expect(check.textContent).toContain('Healthy after5 checks passed in a row');

    fireEvent.click(screen.getByRole('tab', { name: 'Metrics' }));
    await waitFor(() => expect(window.location.hash).toBe(`${LB}?tab=metrics`));
    await waitFor(() => expect(screen.getByTestId('load-balancer-dashboard').dataset.state).toBe('ready'));
    expect(screen.getByTestId('metric-chart-lb-hosts')).toBeTruthy();
    expect(host.callsTo('metrics.loadBalancer').map((call) => (call.input as { arn: string }).arn)).toEqual([ALB_ARN]);
  });

  it('says a load balancer that does not exist could not be read, with the way back', async () => {
    await renderLoadBalancers('#/api/load-balancers/gone-alb');
    await waitFor(() => expect(detail().dataset.state).toBe('error'));
    expect(detail().textContent).toContain("Load balancers '[gone-alb]' not found");
    expect(within(detail()).getByRole('link', { name: 'Back to the load balancers' }).getAttribute('href')).toBe('#/api');
  });

  it('keeps a timeout not shorter than the interval as typed, with the reason next to it, and sends nothing', async () => {
    const { host } = await renderLoadBalancers(`${LB}?tab=target-groups`);
    fireEvent.click(await screen.findByTestId('health-check-edit'));
    type('health-check-timeout', '30');
    fireEvent.click(screen.getByTestId('health-check-save'));
    await waitFor(() => expect(screen.getByTestId('health-check-form').textContent).toContain('The timeout must be shorter than the interval.'));
    expect(fieldError('health-check-timeout')).toBe('The timeout must be shorter than the interval.');
    expect(fieldError('health-check-interval')).toBeUndefined();
    expect(inputIn('health-check-timeout').value).toBe('30');
    expect(host.callsTo('loadBalancers.updateHealthCheck')).toHaveLength(0);
  });

  it('saves a valid health check after the confirmation, with the settings as typed, and shows them', async () => {
    const { host } = await renderLoadBalancers(`${LB}?tab=target-groups`);
    fireEvent.click(await screen.findByTestId('health-check-edit'));
    type('health-check-interval', '10');
    type('health-check-timeout', '4');
    type('health-check-healthy-threshold', '3');
    type('health-check-unhealthy-threshold', '2');
    type('health-check-path', '/health');
    fireEvent.click(screen.getByTestId('health-check-save'));
    await confirm('Change health check');

    await waitFor(() => expect(screen.queryByTestId('health-check-form')).toBeNull());
    const sent = host.callsTo('loadBalancers.updateHealthCheck');
    expect(sent.at(-1)?.input).toEqual({
      targetGroupArn: TG_ARN,
      healthCheck: { protocol: 'HTTP', port: 'traffic-port', path: '/health', intervalSeconds: 10, timeoutSeconds: 4, healthyThreshold: 3, unhealthyThreshold: 2, matcher: '200' },
    });
    expect(sent.at(-1)?.meta).toMatchObject({ confirmed: true });
    await waitFor(() => expect(screen.getByTestId('health-check-churn-inference-proxy').textContent).toContain('Interval10 s'));
    expect(screen.getByTestId('health-check-churn-inference-proxy').textContent).toContain('/health');
  });

  it("shows AWS's refusal of a field next to that field and keeps the form as typed", async () => {
    const { host } = await renderLoadBalancers(`${LB}?tab=target-groups`, {
      setup: (core) =>
        core.failNext('loadBalancers.updateHealthCheck', {
          code: 'ValidationError',
          message: 'Health check matcher HTTP code is not valid for this protocol.',
          fields: { 'healthCheck.matcher': 'AWS accepts 200-499 for an application load balancer.' },
        }),
    });
    fireEvent.click(await screen.findByTestId('health-check-edit'));
    type('health-check-matcher', '200-599');
    fireEvent.click(screen.getByTestId('health-check-save'));
    await confirm('Change health check');
    await waitFor(() => expect(screen.getByTestId('health-check-form').textContent).toContain('AWS accepts 200-499 for an application load balancer.'));
    expect(fieldError('health-check-matcher')).toBe('AWS accepts 200-499 for an application load balancer.');
    expect(inputIn('health-check-matcher').value).toBe('200-599');
    expect(host.callsTo('loadBalancers.updateHealthCheck')).toHaveLength(2);
  });
});
