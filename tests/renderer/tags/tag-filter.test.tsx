import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointSummary } from '../support/fake-areas/endpoints';
import { modelVersion } from '../support/fake-areas/registry';
import { jobSummary } from '../support/fixtures';
import { preloadEndpointChunks, renderEndpoints } from '../endpoints/endpoints-app';
import { preloadJobChunks, renderJobs } from '../jobs/jobs-app';
import { preloadRegistryChunks, renderRegistry } from '../registry/registry-app';

const arnOf = (kind: 'training' | 'processing', name: string) =>
  `arn:aws:sagemaker:us-east-1:123456789012:${kind}-job/${name}`;

function filterBy(text: string) {
  const field = screen.getByTestId('tag-filter');
  fireEvent.change(within(field).getByTestId('tag-filter-input'), { target: { value: text } });
  fireEvent.click(within(field).getByTestId('tag-filter-apply'));
}

async function shownRows(table: string, prefix: string, expected: string[]) {
  await waitFor(() => {
    const rows = within(screen.getByTestId(table)).queryAllByTestId(new RegExp(`^${prefix}`));
    expect(rows.map((row) => row.dataset.testid!.slice(prefix.length)).sort()).toEqual([...expected].sort());
  });
}

const hiddenWords = () => screen.getByTestId('tag-filter-hidden').textContent;

describe('tag filter on the lists', { timeout: 20_000 }, () => {
  beforeAll(() => Promise.all([preloadJobChunks(), preloadRegistryChunks(), preloadEndpointChunks()]), 60_000);

  it('hides training jobs without the tag, keeps the filter in the address, and clears', async () => {
    const { host } = await renderJobs('#/training', {
      jobs: ['train-a', 'train-b', 'train-c'].map((name) => jobSummary(name, { status: 'Completed' })),
    });
    host.tags.byArn.set(arnOf('training', 'train-a'), { stage: 'prod' });
    host.tags.byArn.set(arnOf('training', 'train-b'), { stage: 'dev' });
    await shownRows('jobs-table', 'job-row-', ['train-a', 'train-b', 'train-c']);

    filterBy('stage=prod');
    await shownRows('jobs-table', 'job-row-', ['train-a']);
    expect(hiddenWords()).toBe('2 hidden by tag filter stage=prod.');
    expect(window.location.hash).toBe('#/training?tags=stage%3Dprod');
    expect(host.callsTo('tags.find').at(-1)?.input).toEqual({ filters: [{ key: 'stage', value: 'prod' }] });

    fireEvent.click(screen.getByTestId('tag-filter-clear'));
    await shownRows('jobs-table', 'job-row-', ['train-a', 'train-b', 'train-c']);
    expect(window.location.hash).toBe('#/training');
  });

  it('filters processing jobs by a key alone when an address with the filter is opened', async () => {
    const { host } = await renderJobs('#/processing', {
      jobs: ['prep-a', 'prep-b'].map((name) => jobSummary(name, { kind: 'processing', status: 'Completed' })),
    });
    host.tags.byArn.set(arnOf('processing', 'prep-b'), { owner: 'ml-team' });
    await shownRows('jobs-table', 'job-row-', ['prep-a', 'prep-b']);
    window.location.hash = '#/processing?tags=owner';
    await shownRows('jobs-table', 'job-row-', ['prep-b']);
    expect((screen.getByTestId('tag-filter-input') as HTMLInputElement).value).toBe('owner');
    expect(hiddenWords()).toBe('1 hidden by tag filter owner.');
  });

  it('refuses a filter AWS could not match, before asking', async () => {
    const { host } = await renderJobs('#/training', { jobs: [jobSummary('train-a', { status: 'Completed' })] });
    await shownRows('jobs-table', 'job-row-', ['train-a']);
    fireEvent.change(screen.getByTestId('tag-filter-input'), { target: { value: 'aws:cloudformation:stack-name' } });
    expect(screen.getByTestId('tag-filter-problems').textContent).toContain(
      'Keys starting with aws: are reserved for AWS.',
    );
    expect((screen.getByTestId('tag-filter-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(host.callsTo('tags.find')).toHaveLength(0);
    await shownRows('jobs-table', 'job-row-', ['train-a']);
  });

  it("says what the search could not cover and what failed, with the other lists' rows kept", async () => {
    const { host } = await renderJobs('#/training', { jobs: [jobSummary('train-a', { status: 'Completed' })] });
    await shownRows('jobs-table', 'job-row-', ['train-a']);
    host.failNext('tags.find', {
      code: 'AccessDeniedException',
      message: 'not authorized to perform: tag:GetResources',
    });
    filterBy('stage=prod');
    expect(await screen.findByText(/The tag filter could not be applied: not authorized/)).toBeTruthy();
    await shownRows('jobs-table', 'job-row-', ['train-a']);
  });

  it('hides model groups and versions without the tag', async () => {
    const groupArn = (name: string) => `arn:aws:sagemaker:us-east-1:123456789012:model-package-group/${name}`;
    await renderRegistry('#/registry?tags=usecase%3Dchurn', {
      before: (host) => {
        host.tags.byArn.set(groupArn('churn-prediction'), { usecase: 'churn' });
        host.tags.byArn.set(modelVersion('churn-prediction', 3).arn, { stage: 'prod' });
      },
    });
    await waitFor(() => expect(screen.queryByTestId('registry-group-fraud-detect')).toBeNull());
    expect(await screen.findByTestId('registry-group-churn-prediction')).toBeTruthy();
    expect(hiddenWords()).toBe('1 hidden by tag filter usecase=churn.');

    window.location.hash = '#/registry/churn-prediction?tags=stage%3Dprod';
    await shownRows('registry-versions', 'registry-version-', ['3']);
    expect(hiddenWords()).toBe('3 hidden by tag filter stage=prod.');
  });

  it('hides endpoints without the tag', async () => {
    const { host } = await renderEndpoints('#/endpoints', {
      endpoints: [endpointSummary('churn-prod'), endpointSummary('churn-staging')],
    });
    host.tags.byArn.set('arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn-prod', { stage: 'prod' });
    await shownRows('endpoints-table', 'endpoint-row-', ['churn-prod', 'churn-staging']);
    filterBy('stage=prod');
    await shownRows('endpoints-table', 'endpoint-row-', ['churn-prod']);
    expect(hiddenWords()).toBe('1 hidden by tag filter stage=prod.');
  });
});
