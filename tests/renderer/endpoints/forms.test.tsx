import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelGroup, modelVersion } from '../support/fake-areas/registry';
import { churnProd, churnProdDetail } from './fixtures';
import { preloadEndpointChunks, renderEndpoints } from './endpoints-app';
import { choose, openOption } from './select-helpers';

const inputIn = (testId: string) => screen.getByTestId(testId).querySelector('input, textarea') as HTMLInputElement;
const type = (testId: string, value: string) => fireEvent.change(inputIn(testId), { target: { value } });
const registry = {
  groups: [modelGroup('churn-prediction')],
  versions: [modelVersion('churn-prediction', 3, { approvalStatus: 'Approved' }), modelVersion('churn-prediction', 4)],
};

const [v3, v4] = registry.versions.map((version) => version.arn) as [string, string];

describe('endpoint deploy, scaling and invocation screens', { timeout: 20_000 }, () => {
  beforeAll(preloadEndpointChunks, 60_000);

  it('refuses a canary above half the fleet and a non-approved version without a reason, before any call', async () => {
    const { host } = await renderEndpoints('#/endpoints/churn-prod/deploy', {
      endpoints: [churnProd()],
      details: { 'churn-prod': churnProdDetail() },
      ...registry,
    });
    await screen.findByTestId('deploy-form');
    // The group comes from what the endpoint serves; v4 is pending, so it cannot be chosen yet.
    const pending = await openOption('deploy-field-version', v4);
    expect(pending.getElement().textContent).toContain('Version 4 · pending approval');
    expect(pending.isDisabled()).toBe(true);
    // The list is still open: pick the approved one from it.
    fireEvent.mouseUp((await openOption('deploy-field-version', v3, false, false)).getElement());

    type('deploy-formfield-sizeValue', '2');
    fireEvent.click(screen.getByTestId('deploy-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('deploy-formfield-sizeValue').textContent).toContain(
        'A canary is at most 50% of the new fleet.',
      ),
    );

    fireEvent.click(inputIn('deploy-field-override'));
    await choose('deploy-field-version', v4);
    type('deploy-formfield-sizeValue', '1');
    fireEvent.click(screen.getByTestId('deploy-submit'));
    await waitFor(() => expect(screen.getByTestId('deploy-formfield-reason').textContent).toContain('Say why'));
    expect(host.callsTo('endpoints.deploy')).toHaveLength(0);
  });

  it('deploys with a canary and an alarm, then follows the deployment to AWS’s rollback and its reason', async () => {
    const { host } = await renderEndpoints('#/endpoints/churn-prod/deploy', {
      endpoints: [churnProd()],
      details: { 'churn-prod': churnProdDetail() },
      ...registry,
    });
    host.endpoints.alarms.set('churn-prod', [{ name: 'churn-prod-5xx', state: 'OK', metric: 'Invocation5XXErrors' }]);
    await screen.findByTestId('deploy-form');
    await choose('deploy-field-version', v3);
    await choose('deploy-field-alarms', 'churn-prod-5xx', true);
    fireEvent.click(screen.getByTestId('deploy-submit'));

    await waitFor(() => expect(window.location.hash).toBe('#/endpoints/churn-prod/deployment'));
    expect(host.callsTo('endpoints.deploy')[0]?.input).toMatchObject({
      endpointName: 'churn-prod',
      modelPackageArn: registry.versions[0]!.arn,
      strategy: { type: 'canary', canarySize: { type: 'INSTANCE_COUNT', value: 1 }, waitSeconds: 300 },
      rollbackAlarms: ['churn-prod-5xx'],
    });
    await waitFor(() => expect(screen.getByTestId('deployment-live').dataset.phase).toBe('provisioning'));
    act(() =>
      host.endpoints.progress({
        endpointName: 'churn-prod',
        status: 'Updating',
        phase: 'baking',
        step: 'Baking with 50% of traffic on the new fleet.',
        newFleetShare: 0.5,
        alarms: [{ name: 'churn-prod-5xx', state: 'ALARM', reason: 'Threshold crossed' }],
        done: false,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('deployment-step').textContent).toContain('Baking with 50%'));
    expect(screen.getByTestId('deployment-alarm-churn-prod-5xx').dataset.state).toBe('ALARM');
    act(() =>
      host.endpoints.progress({
        endpointName: 'churn-prod',
        status: 'InService',
        phase: 'rolledBack',
        servingConfigName: 'churn-prod-config-v3',
        reason: 'Alarm churn-prod-5xx went into ALARM during the deployment.',
        alarms: [],
        done: true,
      }),
    );
    const outcome = await screen.findByTestId('deployment-outcome');
    expect(outcome.dataset.outcome).toBe('rolledBack');
    expect(outcome.textContent).toContain('Alarm churn-prod-5xx went into ALARM');
    expect(outcome.textContent).toContain('churn-prod-config-v3 still serves');
  });

  it('shows the cost at min and max, warns above the budget set there, and saves valid scaling only', async () => {
    const { host } = await renderEndpoints('#/endpoints/churn-prod/scaling', { endpoints: [churnProd()] });
    host.endpoints.scaling.set('churn-prod', {
      endpointName: 'churn-prod',
      variants: [
        {
          variantName: 'AllTraffic',
          instanceType: 'ml.m5.large',
          currentInstanceCount: 2,
          target: { minCapacity: 1, maxCapacity: 4, suspended: false },
          policies: [
            {
              policyName: 'churn-tt',
              policyType: 'TargetTrackingScaling',
              targetValue: 750,
              scaleInCooldownSeconds: 600,
              scaleOutCooldownSeconds: 300,
              alarms: [],
            },
          ],
          activities: [
            {
              activityId: 'a1',
              description: 'Setting desired instance count to 2.',
              cause: 'monitor alarm high',
              status: 'Successful',
              startedAt: '2026-11-26T11:00:00.000Z',
            },
          ],
        },
      ],
    });
    act(() => void (window.location.hash = '#/endpoints/churn-prod/scaling?variant=AllTraffic'));
    await screen.findByTestId('scaling-form');
    expect(screen.getByTestId('scaling-activities').textContent).toContain('monitor alarm high');
    await waitFor(() => expect(screen.getByTestId('scaling-cost-monthly-max').textContent).toBe('$335.80'));
    expect(screen.queryByTestId('scaling-cost-warning')).toBeNull();

    type('budget-input', '500');
    fireEvent.click(screen.getByTestId('budget-save'));
    await waitFor(() => expect(host.endpoints.budget.monthlyUsd).toBe(500));
    type('scaling-formfield-maxCapacity', '8');
    const warning = await screen.findByTestId('scaling-cost-warning');
    expect(warning.textContent).toContain('over the $500 budget');

    type('scaling-formfield-minCapacity', '9');
    fireEvent.click(screen.getByTestId('scaling-save'));
    await waitFor(() =>
      expect(screen.getByTestId('scaling-formfield-maxCapacity').textContent).toContain(
        'At least the minimum capacity.',
      ),
    );
    expect(host.callsTo('endpoints.setScaling')).toHaveLength(0);
    type('scaling-formfield-minCapacity', '1');
    fireEvent.click(screen.getByTestId('scaling-save'));
    await screen.findByTestId('scaling-saved');
    expect(host.callsTo('endpoints.setScaling')[0]?.input).toMatchObject({
      minCapacity: 1,
      maxCapacity: 8,
      policy: { targetValue: 750, scaleInCooldownSeconds: 600 },
    });
  });

  it('sends a test payload, shows the answer with latency and variant, and keeps it in recent payloads', async () => {
    const { host } = await renderEndpoints('#/endpoints/churn-prod/invoke', { endpoints: [churnProd()] });
    await screen.findByTestId('invoke-form');
    type('invoke-formfield-body', '{"instances": [[24, 70.5');
    fireEvent.click(screen.getByTestId('invoke-send'));
    await waitFor(() => expect(screen.getByTestId('invoke-formfield-body').textContent).toContain('Not valid JSON.'));
    expect(host.callsTo('endpoints.invoke')).toHaveLength(0);

    type('invoke-formfield-body', '{"instances": [[24, 70.5, 1, 12]]}');
    fireEvent.click(screen.getByTestId('invoke-send'));
    await screen.findByTestId('invoke-answer');
    expect(screen.getByTestId('invoke-latency').textContent).toBe('12 ms');
    expect(screen.getByTestId('invoke-variant').textContent).toBe('AllTraffic');
    expect(screen.getByTestId('invoke-body').textContent).toContain('"predicted_label": 0');
    await waitFor(() => expect(screen.getByTestId('invoke-recent').textContent).toContain('[[24, 70.5, 1, 12]]'));
  });
});
