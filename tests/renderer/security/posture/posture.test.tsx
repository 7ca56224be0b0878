import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from '../../jobs/form-helpers';
import { preloadSecurityChunks, renderSecurity } from './security-app';

const chosen = (testId: string) => createWrapper(document.body).findSelect(`[data-testid="${testId}"]`)!.findTrigger().getElement().textContent;

const section = () => screen.getByTestId('security-posture');
const rowOf = (name: string, check: string) => within(screen.getByTestId('posture-table')).getAllByText(name).map((cell) => cell.closest('tr') as HTMLElement).find((tr) => tr.textContent?.includes(check))!;

describe('Encryption & network on #/security/posture', { timeout: 20_000 }, () => {
  beforeAll(preloadSecurityChunks, 60_000);

  it('says it is reading, then shows the counts, each finding with its status in words and its fix as a link to the screen that fixes it', async () => {
    let release = () => {};
    await renderSecurity('#/security/posture', { setup: (host) => (release = host.hold('posture.report')) });
    await waitFor(() => expect(section().dataset.state).toBe('loading'));
    release();
    await waitFor(() => expect(section().dataset.state).toBe('ready'));

    expect(screen.getByTestId('posture-count-fail').textContent).toContain('3 fail');
    expect(screen.getByTestId('posture-count-unknown').textContent).toContain('1 could not check');
    expect(screen.getByTestId('posture-count-pass').textContent).toContain('1 pass');
    expect(screen.getByTestId('posture-summary').getAttribute('aria-label')).toBe('Findings by status: 3 fail, 1 could not check, 1 pass');

    const listener = rowOf('churn-internal-alb HTTP:80', 'Listener uses TLS');
    expect(listener.textContent).toContain('Fail');
    expect(listener.textContent).toContain('High');
    expect(within(listener).getByRole('link', { name: /Add an HTTPS listener/ }).getAttribute('href')).toBe('#/api/load-balancers/churn-internal-alb?tab=listeners');
    const logs = rowOf('sagedeck-demo-access-logs', 'Encrypted with a KMS key');
    expect(within(logs).getByRole('link', { name: /Encrypt with SSE-KMS/ }).getAttribute('href')).toBe('#/data/bucket/sagedeck-demo-access-logs/posture');
    // No screen in the console for key rotation: the command to run.
    expect(rowOf('alias/sagedeck-demo-endpoint', 'Automatic key rotation').querySelector('code')?.textContent).toBe('aws kms enable-key-rotation --key-id 1234');
    expect(rowOf('/aws/sagemaker/TrainingJobs', 'Log group KMS key').textContent).toContain('Could not check');
  });

  it('lists the checks the endpoint could not run', async () => {
    await renderSecurity('#/security/posture', {
      setup: (host) => (host.posture.checksNotRun = [{ service: 'logs', operation: 'DescribeLogGroups', cause: 'this endpoint has no DescribeLogGroups operation', findings: 0 }]),
    });
    const notRun = await screen.findByTestId('checks-not-run');
    expect(notRun.textContent).toContain('logs DescribeLogGroups: this endpoint has no DescribeLogGroups operation (those resources are not checked)');
  });

  it('filters by status, kind and severity through the address, so a filtered view survives a reload', async () => {
    await renderSecurity('#/security/posture');
    await waitFor(() => expect(section().dataset.state).toBe('ready'));
    chooseOption('posture-filter-status', 'fail');
    await waitFor(() => expect(window.location.hash).toBe('#/security/posture?status=fail'));
    await waitFor(() => expect(screen.getByTestId('posture-shown').textContent).toMatch(/^3 of 5 findings shown/));
    expect(within(screen.getByTestId('posture-table')).queryByText('sagedeck-demo-churn-data')).toBeNull();

    chooseOption('posture-filter-kind', 'bucket');
    await waitFor(() => expect(screen.getByTestId('posture-shown').textContent).toMatch(/^1 of 5 findings shown/));
    expect(window.location.hash).toBe('#/security/posture?status=fail&kind=bucket');
  });

  it('opens at a filtered address with the filter chosen', async () => {
    await renderSecurity('#/security/posture?severity=high');
    await waitFor(() => expect(screen.getByTestId('posture-shown').textContent).toMatch(/^1 of 5 findings shown/));
    expect(chosen('posture-filter-severity')).toBe('High');
  });

  it('shows a failed read with what went wrong, and reads again on Try again', async () => {
    const { host } = await renderSecurity('#/security/posture', { setup: (h) => h.failNext('posture.report', { code: 'ExpiredToken', message: 'The security token included in the request is expired' }) });
    await waitFor(() => expect(section().dataset.state).toBe('error'));
    expect(section().textContent).toContain('The posture could not be read');
    expect(section().textContent).toContain('expired');
    fireEvent.click(within(section()).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(section().dataset.state).toBe('ready'));
    expect(host.posture.reads).toBe(1);
  });
});
