import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { lineageHref } from '../../../renderer/src/features/lineage/lineage-routes';
import { jobSummary } from '../support/fixtures';
import { endpointSummary } from '../support/fake-areas/endpoints';
import { preloadDataChunks, renderData } from '../data/data-app';
import { preloadEndpointChunks, renderEndpoints } from '../endpoints/endpoints-app';
import { preloadJobChunks, renderJobs } from '../jobs/jobs-app';
import { preloadRegistryChunks, renderRegistry } from '../registry/registry-app';

const ACCOUNT = '123456789012';
const lineageLink = async (container: string) =>
  within(await screen.findByTestId(container)).findByTestId('lineage-link');

describe('Lineage links from the other areas', { timeout: 20_000 }, () => {
  beforeAll(
    () => Promise.all([preloadJobChunks(), preloadRegistryChunks(), preloadEndpointChunks(), preloadDataChunks()]),
    60_000,
  );

  it("opens an endpoint's lineage by its ARN from the endpoint page", async () => {
    await renderEndpoints('#/endpoints/churn-prod', { endpoints: [endpointSummary('churn-prod')] });
    const link = await lineageLink('endpoint-detail');
    expect(link.getAttribute('href')).toBe(lineageHref(`arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/churn-prod`));
    expect(link.textContent).toBe('Lineage');
  });

  it("opens a model version's lineage from its page", async () => {
    await renderRegistry('#/registry/churn-prediction/3');
    const link = await lineageLink('registry-version');
    expect(link.getAttribute('href')).toBe(
      lineageHref(`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/churn-prediction/3`),
    );
  });

  it("opens a training job's lineage from its detail", async () => {
    await renderJobs('#/training/jobs/train-7', { jobs: [jobSummary('train-7', { status: 'Completed' })] });
    const link = await lineageLink('job-detail');
    expect(link.getAttribute('href')).toBe(lineageHref(`arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/train-7`));
  });

  it('opens the lineage of the prefix being browsed', async () => {
    await renderData('#/data/bucket/churn-data?prefix=raw%2F', (data) => {
      data.addBucket('churn-data');
      data.putObject('churn-data', 'raw/part-0.csv', 'a\n1\n');
    });
    await screen.findByTestId('object-browser');
    const link = await screen.findByTestId('lineage-link');
    expect(link.getAttribute('href')).toBe(lineageHref('s3://churn-data/raw/'));
    expect(link.getAttribute('href')).toBe('#/experiments/lineage?resource=s3%3A%2F%2Fchurn-data%2Fraw%2F');
  });
});
