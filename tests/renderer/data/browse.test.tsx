import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { s3Href } from '../../../renderer/src/features/jobs/job-routes';
import type { FakeData } from '../support/fake-areas/data';
import { preloadDataChunks, renderData } from './data-app';

function seedDataset(data: FakeData) {
  data.addBucket('churn-data');
  data.putObject('churn-data', 'raw/2026-11-25/part-0.csv', 'a,b\n1,2\n', '2026-11-25T08:00:00.000Z');
  data.putObject('churn-data', 'raw/2026-11-26/part-0.csv', 'a,b\n3,4\n');
  data.putObject('churn-data', 'processed/train.csv', 'x');
  data.putObject('churn-data', 'README.md', '# churn', '2026-11-20T10:00:00.000Z', 'STANDARD_IA');
  data.putObject('churn-data', 'schema.json', '{}');
}

describe('object browser', () => {
  beforeAll(preloadDataChunks, 60_000);

  it('shows prefixes as folders and objects with size, time and storage class, with breadcrumbs back up', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', seedDataset);
    const browser = await screen.findByTestId('object-list');
    expect(within(browser).getByTestId('folder-row-raw/')).toBeTruthy();
    expect(within(browser).getByTestId('folder-row-processed/')).toBeTruthy();
    const readme = within(browser).getByTestId('object-row-README.md');
    expect(readme.textContent).toContain('7 B');
    expect(readme.textContent).toContain('2026-11-20 10:00:00 UTC');
    expect(readme.textContent).toContain('STANDARD_IA');

    fireEvent.click(within(screen.getByTestId('folder-row-raw/')).getByRole('link'));
    await screen.findByTestId('folder-row-raw/2026-11-26/');
    expect(window.location.hash).toBe('#/data/bucket/churn-data?prefix=raw%2F');
    expect(host.callsTo('objects.list').at(-1)?.input).toEqual({ bucket: 'churn-data', prefix: 'raw/' });
    fireEvent.click(screen.getByTestId('folder-row-raw/2026-11-26/').querySelector('a')!);
    await screen.findByTestId('object-row-raw/2026-11-26/part-0.csv');

    fireEvent.click(screen.getByRole('link', { name: 'churn-data' }));
    await screen.findByTestId('object-row-README.md');
    expect(window.location.hash).toBe('#/data/bucket/churn-data');
  });

  it('loads more of a long prefix on request, and filters the loaded names', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', (data) => {
      data.addBucket('churn-data');
      data.objectPageSize = 3;
      for (const n of [1, 2, 3, 4, 5]) data.putObject('churn-data', `shard-${n}.parquet`, 'x'.repeat(n));
    });
    await screen.findByTestId('object-row-shard-3.parquet');
    expect(screen.queryByTestId('object-row-shard-4.parquet')).toBeNull();
    fireEvent.click(screen.getByTestId('object-load-more'));
    await screen.findByTestId('object-row-shard-5.parquet');
    expect(host.callsTo('objects.list').at(-1)?.input).toEqual({ bucket: 'churn-data', prefix: '', nextToken: '3' });
    expect(screen.queryByTestId('object-load-more')).toBeNull();

    const filter = within(screen.getByTestId('object-filter')).getByRole('searchbox');
    fireEvent.change(filter, { target: { value: 'shard-4' } });
    expect(screen.getByTestId('object-row-shard-4.parquet')).toBeTruthy();
    expect(screen.queryByTestId('object-row-shard-1.parquet')).toBeNull();
    // A filter is local: no call to S3.
    expect(host.callsTo('objects.list')).toHaveLength(2);
  });

  it('searches S3 for keys starting with what was typed, kept in the address', async () => {
    const { host } = await renderData('#/data/bucket/churn-data?prefix=raw%2F', seedDataset);
    await screen.findByTestId('folder-row-raw/2026-11-25/');
    fireEvent.change(screen.getByTestId('object-search'), { target: { value: '2026-11-26' } });
    fireEvent.click(screen.getByTestId('object-search-submit'));
    await waitFor(() =>
      expect(host.callsTo('objects.list').at(-1)?.input).toEqual({ bucket: 'churn-data', prefix: 'raw/2026-11-26' }),
    );
    await screen.findByTestId('folder-row-raw/2026-11-26/');
    expect(screen.queryByTestId('folder-row-raw/2026-11-25/')).toBeNull();
    expect(window.location.hash).toBe('#/data/bucket/churn-data?prefix=raw%2F2026-11-26');
    expect(screen.getAllByText('keys starting with “2026-11-26”').length).toBeGreaterThan(0);

    fireEvent.change(screen.getByTestId('object-search'), { target: { value: 'nothing-like-this' } });
    fireEvent.click(screen.getByTestId('object-search-submit'));
    expect((await screen.findByTestId('object-browser-empty')).textContent).toContain(
      'No keys start with “raw/nothing-like-this”',
    );
  });

  it('lands a job’s S3 prefix link on that folder and an object link on the object, without a Back trap', async () => {
    const { host } = await renderData(s3Href('s3://churn-data/raw/'), seedDataset);
    await screen.findByTestId('folder-row-raw/2026-11-25/');
    expect(window.location.hash).toBe('#/data/bucket/churn-data?prefix=raw%2F');

    window.location.hash = s3Href('s3://churn-data/processed/train.csv');
    const detail = await screen.findByTestId('object-fields');
    expect(detail.textContent).toContain('CRC64NVME');
    expect(window.location.hash).toBe('#/data/bucket/churn-data/object?key=processed%2Ftrain.csv');

    // A URI without a trailing slash that names no object is a prefix.
    window.location.hash = s3Href('s3://churn-data/processed');
    await screen.findByTestId('object-row-processed/train.csv');
    expect(window.location.hash).toBe('#/data/bucket/churn-data?prefix=processed%2F');
    expect(host.callsTo('objects.describe').map((call) => (call.input as { key: string }).key)).toContain('processed');
  });

  it('says what to do when a prefix cannot be listed, and lists again on Try again', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', (data) => {
      seedDataset(data);
    });
    await screen.findByTestId('object-row-README.md');
    host.failNext('objects.list', {
      code: 'AccessDenied',
      message: 'ListObjectsV2 was refused: the role lacks s3:ListBucket.',
    });
    window.location.hash = '#/data/bucket/churn-data?prefix=processed%2F';
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('s3://churn-data/processed/ could not be listed');
    expect(alert.textContent).toContain('the role lacks s3:ListBucket');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('object-row-processed/train.csv');
  });
});
