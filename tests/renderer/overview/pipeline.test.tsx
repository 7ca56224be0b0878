import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineOverview } from '../../../shared/domain/overview';
import { appReady, preloadChunks } from '../support/app-ready';
import { FakeCore } from '../support/fake-core';
import { demoPipeline } from '../support/fake-areas/overview';
import { renderApp } from '../support/render-app';

const STAGES = ['data', 'processing', 'training', 'registry', 'endpoints', 'serving', 'alarms'] as const;

beforeAll(preloadChunks);

async function openOverview(pipeline: PipelineOverview = demoPipeline()): Promise<FakeCore> {
  const host = new FakeCore();
  host.overview.pipeline = pipeline;
  renderApp({ host, hash: '#/overview' });
  await appReady();
  await screen.findByTestId('overview-stage-alarms');
  return host;
}

const stage = (id: (typeof STAGES)[number]) => screen.getByTestId(`overview-stage-${id}`);
const health = (id: (typeof STAGES)[number]) => screen.getByTestId(`overview-stage-${id}-health`).textContent;

describe('the pipeline at a glance', () => {
  it('draws one card per stage in pipeline order, each with its state in words and a link to its area', async () => {
    await openOverview();
    const cards = within(screen.getByTestId('overview-pipeline')).getAllByTestId(/^overview-stage-[a-z]+$/);
    expect(cards.map((card) => card.dataset.testid)).toEqual(STAGES.map((id) => `overview-stage-${id}`));

    const areaLinks = STAGES.map((id) => within(stage(id)).getByRole('heading', { level: 3 }).querySelector('a')?.getAttribute('href'));
    expect(areaLinks).toEqual(['#/data', '#/processing', '#/training', '#/registry', '#/endpoints', '#/api', '#/alarms']);

    expect(health('data')).toContain('Needs attention· 1 bucket without versioning');
    expect(health('processing')).toContain('Healthy· Last run completed');
    expect(health('training')).toContain('Healthy· 1 job running');
    expect(health('registry')).toContain('Needs attention· 1 version awaiting approval');
    expect(health('endpoints')).toContain('Healthy· All in service');
    expect(health('alarms')).toContain('Healthy· No alarm in ALARM');
    expect(health('serving')).toContain('Healthy· All targets healthy');

    const endpoint = screen.getByTestId('overview-endpoint-churn-prod');
    expect(endpoint.textContent).toContain('InService · 2 of max 4 instances');
    expect(within(endpoint).getByRole('link', { name: 'churn-prod' }).getAttribute('href')).toBe('#/endpoints/churn-prod');
    expect(within(stage('processing')).getByRole('link', { name: 'churn-preprocess-2026-11-25' }).getAttribute('href')).toBe('#/processing/jobs/churn-preprocess-2026-11-25');
    expect(stage('processing').textContent).toContain('(churn-nightly-preprocess)');
    expect(stage('alarms').textContent).toContain('None of the 5 alarms is in ALARM.');
  });

  it('shows a stage that could not be read with its message and a retry, the others still drawn', async () => {
    const host = await openOverview(
      demoPipeline({
        data: { ok: false, code: 'AccessDenied', message: 'SageDeck could not read the S3 buckets: Access Denied. Ask for s3:ListAllMyBuckets.' },
      }),
    );
    const error = screen.getByTestId('overview-stage-data-error');
    expect(error.textContent).toContain('SageDeck could not read the S3 buckets: Access Denied. Ask for s3:ListAllMyBuckets.');
    expect(error.textContent).toContain('AccessDenied');
    expect(health('data')).toContain('Failing· Could not be read');
    expect(screen.getByTestId('overview-endpoint-churn-prod')).toBeTruthy();
    expect(health('registry')).toContain('1 version awaiting approval');

    host.overview.pipeline = demoPipeline();
    fireEvent.click(screen.getByTestId('overview-stage-data-retry'));
    await waitFor(() => expect(screen.queryByTestId('overview-stage-data-error')).toBeNull());
    expect(stage('data').textContent).toContain('Buckets in us-east-1');
    expect(host.callsTo('overview.pipeline')).toHaveLength(2);
  });

  it('lists the alarms in ALARM on the alarms card, each linking to the alarm', async () => {
    await openOverview(
      demoPipeline({
        alarms: { ok: true, value: { inAlarm: [{ name: 'churn-prod-model-latency-p99', resource: 'churn-prod/AllTraffic' }], total: 5 } },
      }),
    );
    const list = screen.getByTestId('overview-alarms-in-alarm');
    const link = within(list).getByRole('link', { name: 'churn-prod-model-latency-p99' });
    expect(link.getAttribute('href')).toBe('#/alarms/alarm/churn-prod-model-latency-p99');
    expect(list.textContent).toContain('watches churn-prod/AllTraffic');
    expect(health('alarms')).toContain('Failing· 1 alarm in ALARM');
  });

  it('shows the APIs and load balancers in front of the endpoints, an unhealthy target as needing attention, none healthy as failing', async () => {
    await openOverview(
      demoPipeline({
        serving: {
          ok: true,
          value: {
            apis: [{ id: 'a1b2c3d4e5', name: 'churn-api', serves: ['churn-prod'] }],
            loadBalancers: [{ name: 'churn-internal-alb', state: 'active', health: { healthy: 2, unhealthy: 1, other: 0 }, serves: 'churn-prod' }],
          },
        },
      }),
    );
    expect(within(stage('serving')).getByRole('link', { name: 'churn-api' }).getAttribute('href')).toBe('#/api/apis/a1b2c3d4e5');
    expect(within(stage('serving')).getByRole('link', { name: 'churn-internal-alb' }).getAttribute('href')).toBe('#/api/load-balancers/churn-internal-alb');
    expect(screen.getByTestId('overview-load-balancer-churn-internal-alb').textContent).toContain('active · 2 healthy, 1 unhealthy');
    expect(health('serving')).toContain('Needs attention· 1 target unhealthy');
  });

  it('calls a load balancer with no healthy target failing', async () => {
    await openOverview(
      demoPipeline({
        serving: { ok: true, value: { apis: [], loadBalancers: [{ name: 'churn-internal-alb', state: 'active', health: { healthy: 0, unhealthy: 3, other: 0 } }] } },
      }),
    );
    expect(health('serving')).toContain('Failing· 1 load balancer without a healthy target');
  });

  it('says what to do where a stage is empty', async () => {
    await openOverview({
      readAt: '2026-11-26T12:00:00.000Z',
      data: { ok: true, value: { buckets: 0, unversioned: 0, unencrypted: 0, checked: 0 } },
      processing: { ok: true, value: { failedLast24h: 0, running: 0 } },
      training: { ok: true, value: { running: 0, failedLast24h: 0 } },
      registry: { ok: true, value: { pendingApproval: 0, groups: 0 } },
      endpoints: { ok: true, value: { endpoints: [] } },
      alarms: { ok: true, value: { inAlarm: [], total: 0 } },
      serving: { ok: true, value: { apis: [], loadBalancers: [] } },
    });
    expect(stage('data').textContent).toContain("No S3 buckets in us-east-1. The pipeline's data lives in S3: create a bucket for it.");
    expect(stage('processing').textContent).toContain('No processing jobs yet: start one, or schedule a nightly run, in Processing.');
    expect(stage('training').textContent).toContain('No training jobs yet: start one in Training.');
    expect(stage('registry').textContent).toContain('No model groups yet: register a version from a completed training job.');
    expect(stage('endpoints').textContent).toContain('No endpoints: deploy an approved model version from Endpoints.');
    expect(stage('alarms').textContent).toContain('No alarms: create the recommended alarms for an endpoint in Alarms.');
    expect(stage('serving').textContent).toContain('Nothing in front of the endpoints: expose one as a REST API in API & load balancing.');
    for (const id of STAGES) expect(health(id)).toContain('Needs attention');
  });

  it('says so, with Try again, when the host cannot answer at all', async () => {
    const host = new FakeCore();
    host.failNext('overview.pipeline', { code: 'Disconnected', message: 'The connection to SageDeck closed.' });
    renderApp({ host, hash: '#/overview' });
    await appReady();
    const alert = await within(await screen.findByTestId('overview-pipeline')).findByRole('alert');
    expect(alert.textContent).toContain('Could not read the pipeline');
    expect(alert.textContent).toContain('The connection to SageDeck closed.');
    fireEvent.click(screen.getByTestId('overview-pipeline-retry'));
    await screen.findByTestId('overview-stage-alarms');
  });
});
