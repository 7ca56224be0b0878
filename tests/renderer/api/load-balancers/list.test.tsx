import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALB_ARN } from '../../support/fake-areas/load-balancers';
import { preloadLoadBalancerChunks, renderLoadBalancers } from './lb-app';

const list = () => screen.getByTestId('load-balancer-list');

describe('load balancer list on #/api', { timeout: 20_000 }, () => {
  beforeAll(preloadLoadBalancerChunks, 60_000);

  it('says it is loading, then shows each load balancer with its type, scheme, state, DNS name, endpoint and target health in words', async () => {
    let release = () => {};
    await renderLoadBalancers('#/api', { setup: (host) => (release = host.hold('loadBalancers.list')) });
    await waitFor(() => expect(list().dataset.state).toBe('loading'));
    release();
    await waitFor(() => expect(list().dataset.state).toBe('ready'));

    const link = screen.getByTestId('load-balancer-row-churn-internal-alb');
    expect(link.getAttribute('href')).toBe('#/api/load-balancers/churn-internal-alb');
    const row = link.closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Application');
    expect(row.textContent).toContain('Internal');
    expect(row.textContent).toContain('Active');
    expect(row.textContent).toContain('internal-churn-internal-alb-1234567890.us-east-1.elb.amazonaws.com');
    expect(within(row).getByRole('button', { name: 'Copy the DNS name of churn-internal-alb' })).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'churn-prod' }).getAttribute('href')).toBe('#/endpoints/churn-prod');
    const health = screen.getByTestId('load-balancer-health-churn-internal-alb');
    expect(health.textContent).toBe('2 healthy, 1 unhealthy');
    expect(health.dataset.unhealthy).toBe('1');
  });

  it('reads an impaired load balancer as trouble and passes on the core notice', async () => {
    await renderLoadBalancers('#/api', {
      setup: (host) => {
        const detail = host.loadBalancers.details.get(ALB_ARN)!;
        detail.summary = { ...detail.summary, state: 'active_impaired', health: { healthy: 0, unhealthy: 3, other: 0 } };
        host.loadBalancers.notice = 'Showing the first 400 load balancers.';
      },
    });
    const row = (await screen.findByTestId('load-balancer-row-churn-internal-alb')).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Active, impaired');
    expect(screen.getByTestId('load-balancer-health-churn-internal-alb').textContent).toBe('0 healthy, 3 unhealthy');
    expect(screen.getByTestId('load-balancer-notice').textContent).toContain('Showing the first 400 load balancers.');
  });

  it('says when the region has no load balancer', async () => {
    await renderLoadBalancers('#/api', { setup: (host) => host.loadBalancers.details.clear() });
    await waitFor(() => expect(list().dataset.state).toBe('ready'));
    expect(screen.getByTestId('load-balancer-empty').textContent).toContain('No load balancers in this region');
  });

  it('shows a failed listing with what AWS said, and lists again on Try again', async () => {
    const { host } = await renderLoadBalancers('#/api', {
      setup: (host) => host.failNext('loadBalancers.list', { code: 'AccessDenied', message: 'User is not authorized to perform: elasticloadbalancing:DescribeLoadBalancers' }),
    });
    await waitFor(() => expect(list().dataset.state).toBe('error'));
    expect(list().textContent).toContain('The load balancers could not be listed');
    expect(list().textContent).toContain('elasticloadbalancing:DescribeLoadBalancers');
    fireEvent.click(within(list()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(list().dataset.state).toBe('ready'));
    expect(screen.getByTestId('load-balancer-row-churn-internal-alb')).toBeTruthy();
    expect(host.callsTo('loadBalancers.list').length).toBeGreaterThanOrEqual(2);
  });
});
