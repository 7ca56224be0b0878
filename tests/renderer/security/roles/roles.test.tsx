import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { SageDeckError } from '../../../../shared/errors';
import { ACCESS_POLICY_ARN, LEAST_PRIVILEGE_POLICY, SAGEMAKER_ROLE } from '../../support/fake-areas/roles';
import { preloadRoleChunks, renderRoles } from './roles-app';

const ROLE_PAGE = `#/security/roles/${SAGEMAKER_ROLE}`;
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

describe('roles section', { timeout: 20_000 }, () => {
  beforeAll(preloadRoleChunks, 60_000);

  it('lists the roles with who uses them, finding counts by severity and the boundary', async () => {
    await renderRoles('#/security/roles');
    await screen.findByTestId(`role-link-${SAGEMAKER_ROLE}`);
    expect(text(`role-used-by-${SAGEMAKER_ROLE}`)).toBe('1 training job, 1 processing job, 1 model');
    expect(text(`role-findings-${SAGEMAKER_ROLE}`)).toBe('2 high · 1 low');
    expect(text('role-findings-churn-api-invoke')).toBe('None');
    expect(text('role-used-by-churn-api-invoke')).toBe('1 rest api');
    const apiRow = screen.getByTestId('role-link-churn-api-invoke').closest('tr');
    expect(apiRow?.textContent).toContain('Yes (SageDeckBoundary)');
    expect(screen.getByTestId(`role-link-${SAGEMAKER_ROLE}`).closest('tr')?.textContent).toContain('No');
    expect(screen.getByTestId(`role-link-${SAGEMAKER_ROLE}`).getAttribute('href')).toBe(ROLE_PAGE);
  });

  it('shows what could not be read', async () => {
    await renderRoles('#/security/roles', {
      setup: (host) => {
        host.roles.notice = 'This endpoint has no IAM GetAccountAuthorizationDetails, so only the roles the pipeline names were read.';
      },
    });
    expect((await screen.findByTestId('roles-notice')).textContent).toContain('no IAM GetAccountAuthorizationDetails');
  });

  it('shows an error with what AWS said and a retry that reads again', async () => {
    const { host } = await renderRoles('#/security/roles', {
      setup: (h) => {
        h.roles.listError = new SageDeckError({ code: 'AccessDenied', message: 'User is not authorized to perform iam:GetAccountAuthorizationDetails', retryable: false });
      },
    });
    expect((await screen.findAllByRole('alert')).some((a) => a.textContent?.includes('iam:GetAccountAuthorizationDetails'))).toBe(true);
    host.roles.listError = undefined;
    fireEvent.click(screen.getAllByRole('button', { name: 'Try again' })[0] as HTMLElement);
    expect(await screen.findAllByTestId(`role-link-${SAGEMAKER_ROLE}`)).not.toHaveLength(0);
  });

  it("shows a role's findings with the statement and fix, its usage as links, and its policies", async () => {
    await renderRoles(ROLE_PAGE);
    const wildcard = await screen.findByTestId('role-finding-wildcard-action');
    expect(wildcard.textContent).toContain('s3:* allows every s3 action');
    expect(wildcard.textContent).toContain('From SageDeckDemoSageMakerAccess statement 1 (v1)');
    expect(wildcard.textContent).toContain('Fix: List only the actions');
    expect(screen.getByTestId('role-finding-passrole-any').textContent).toContain('statement 2');
    expect(screen.getByTestId('role-finding-no-boundary').dataset.severity).toBe('low');
    const usage = within(screen.getByTestId('role-usage'));
    expect(usage.getByRole('link', { name: 'churn-xgb-2026-12-01-0930-001' }).getAttribute('href')).toBe('#/training/jobs/churn-xgb-2026-12-01-0930-001');
    expect(usage.getByRole('link', { name: 'churn-preprocess-2026-12-01' }).getAttribute('href')).toBe('#/processing/jobs/churn-preprocess-2026-12-01');
    expect(screen.getByRole('region', { name: 'Policy SageDeckDemoSageMakerAccess' }).textContent).toContain('"s3:*"');
    expect(screen.getByRole('region', { name: 'Trust policy' }).textContent).toContain('sagemaker.amazonaws.com');
  });

  it('answers the simulator in words and sends what was typed', async () => {
    const { host } = await renderRoles(ROLE_PAGE);
    fireEvent.change(within(await screen.findByTestId('simulate-action')).getByRole('textbox'), { target: { value: 's3:DeleteBucket' } });
    fireEvent.change(within(screen.getByTestId('simulate-resource')).getByRole('textbox'), { target: { value: 'arn:aws:s3:::sagedeck-demo-churn-data' } });
    fireEvent.click(screen.getByTestId('simulate-add-context'));
    fireEvent.change(within(screen.getByTestId('simulate-context-key-0')).getByRole('textbox'), { target: { value: 'aws:SourceIp' } });
    fireEvent.change(within(screen.getByTestId('simulate-context-values-0')).getByRole('textbox'), { target: { value: '203.0.113.7' } });
    fireEvent.click(screen.getByTestId('simulate-submit'));
    expect((await screen.findByTestId('simulate-explanation')).textContent).toBe('Allowed by SageDeckDemoSageMakerAccess statement 1');
    expect(screen.getByTestId('simulate-result').textContent).toContain('Allowed');
    expect(host.roles.simulated).toEqual([
      { roleName: SAGEMAKER_ROLE, actions: ['s3:DeleteBucket'], resources: ['arn:aws:s3:::sagedeck-demo-churn-data'], context: [{ key: 'aws:SourceIp', type: 'string', values: ['203.0.113.7'] }] },
    ]);
  });

  it('refuses a malformed action next to the field without asking, and says plainly when there is no simulator', async () => {
    const { host } = await renderRoles(ROLE_PAGE, {
      setup: (h) => {
        h.roles.simulation = { available: false, message: 'This endpoint has no IAM policy simulator (SimulatePrincipalPolicy).' };
      },
    });
    const action = within(await screen.findByTestId('simulate-action')).getByRole('textbox');
    fireEvent.change(action, { target: { value: 'delete bucket' } });
    fireEvent.click(screen.getByTestId('simulate-submit'));
    expect(await screen.findByText('Write the action as service:Action, for example s3:GetObject.')).toBeTruthy();
    expect(host.roles.simulated).toEqual([]);
    fireEvent.change(action, { target: { value: 's3:GetObject' } });
    fireEvent.click(screen.getByTestId('simulate-submit'));
    expect((await screen.findByTestId('simulate-unavailable')).textContent).toContain('no IAM policy simulator');
  });

  it('shows the suggested policy as a marked diff, applies it only after confirmation, journals it and shows the findings cleared', async () => {
    const { host } = await renderRoles(ROLE_PAGE);
    fireEvent.click(await screen.findByTestId('suggest-least-privilege'));
    const diff = await screen.findByTestId('suggestion-diff');
    const removed = diff.querySelector('[data-op="removed"]');
    const added = diff.querySelector('[data-op="added"]');
    expect(removed?.textContent).toMatch(/^− removed: +"Action": "s3:\*",/);
    expect(added?.textContent).toMatch(/^\+ added: +"Action": \["s3:GetObject"\],/);
    expect(text('suggestion-diff-summary')).toBe('1 lines added (+), 1 lines removed (−).');
    expect(text('suggestion-reasons')).toContain('processed/train/');
    expect(text('suggestion-target')).toContain('new default version of the customer managed policy SageDeckDemoSageMakerAccess');

    fireEvent.click(screen.getByTestId('suggestion-apply'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('Apply least-privilege policy');
    expect(modal.textContent).toContain(`SageDeckDemoSageMakerAccess of ${SAGEMAKER_ROLE}`);
    expect(host.roles.applied).toEqual([]);
    fireEvent.click(within(modal).getByTestId('confirm-submit'));

    expect((await screen.findByTestId('suggestion-applied')).textContent).toContain('SageDeckDemoSageMakerAccess is now at version v2');
    expect(host.roles.applied).toEqual([{ roleName: SAGEMAKER_ROLE, target: { kind: 'managed', policyArn: ACCESS_POLICY_ARN }, document: LEAST_PRIVILEGE_POLICY }]);
    await waitFor(() => expect(screen.queryByTestId('role-finding-wildcard-action')).toBeNull());
    expect(screen.queryByTestId('role-finding-passrole-any')).toBeNull();
    expect(text('role-finding-counts')).toBe('1 low');
    expect(host.journal.entries[0]).toMatchObject({ channel: 'roles.applySuggestion', outcome: 'success', target: `SageDeckDemoSageMakerAccess of ${SAGEMAKER_ROLE}` });
  });

  it('changes nothing when the confirmation is cancelled', async () => {
    const { host } = await renderRoles(ROLE_PAGE);
    fireEvent.click(await screen.findByTestId('suggest-least-privilege'));
    fireEvent.click(await screen.findByTestId('suggestion-apply'));
    const modal = await screen.findByTestId('confirm-modal');
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('confirm-modal')).toBeNull());
    expect(host.roles.applied).toEqual([]);
    expect(screen.getByTestId('role-finding-wildcard-action')).toBeTruthy();
  });

  it('says which old version a full policy loses, in the text and the confirmation', async () => {
    const { host } = await renderRoles(ROLE_PAGE, {
      setup: (h) => {
        const base = h.roles.suggestionFor.bind(h.roles);
        h.roles.suggestionFor = (roleName) => ({ ...base(roleName), target: { kind: 'managed', policyArn: ACCESS_POLICY_ARN, policyName: 'SageDeckDemoSageMakerAccess', defaultVersionId: 'v5', versionCount: 5, deletesVersionId: 'v1' } });
      },
    });
    fireEvent.click(await screen.findByTestId('suggest-least-privilege'));
    expect((await screen.findByTestId('suggestion-target')).textContent).toContain('already has 5 versions, the most AWS keeps: its oldest non-default version v1 is deleted first');
    fireEvent.click(screen.getByTestId('suggestion-apply'));
    expect((await screen.findByTestId('confirm-modal')).textContent).toContain('deletes old version v1');
    fireEvent.click(within(screen.getByTestId('confirm-modal')).getByTestId('confirm-submit'));
    await waitFor(() => expect(host.roles.applied).toEqual([expect.objectContaining({ deleteVersionId: 'v1' })]));
  });

  it('offers no Apply where only AWS managed policies hold the permissions, and says what to do instead', async () => {
    await renderRoles(ROLE_PAGE, {
      setup: (h) => {
        const base = h.roles.suggestionFor.bind(h.roles);
        h.roles.suggestionFor = (roleName) => {
          const { target: _target, ...rest } = base(roleName);
          return { ...rest, refusal: 'churn-prod-deployer\'s permissions come from AWS managed policies (AmazonSageMakerFullAccess), which SageDeck never changes.' };
        };
      },
    });
    fireEvent.click(await screen.findByTestId('suggest-least-privilege'));
    expect((await screen.findByTestId('suggestion-refusal')).textContent).toContain('which SageDeck never changes');
    expect(screen.queryByTestId('suggestion-apply')).toBeNull();
    expect(screen.getByTestId('suggestion-diff')).toBeTruthy();
  });
});
