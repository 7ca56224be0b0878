import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeData } from '../support/fake-areas/data';
import { preloadDataChunks, renderData } from './data-app';

function seedVersions(data: FakeData) {
  data.addBucket('churn-data');
  data.putObject('churn-data', 'processed/train.csv', 'first', '2026-11-24T09:00:00.000Z'); // v1
  data.putObject('churn-data', 'processed/train.csv', 'second', '2026-11-25T09:00:00.000Z'); // v2
}

const objectPage = '#/data/bucket/churn-data/object?key=processed%2Ftrain.csv';

describe('object page: versions, delete, download', () => {
  beforeAll(preloadDataChunks, 60_000);
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows the object’s details from S3', async () => {
    await renderData(objectPage, seedVersions);
    const fields = await screen.findByTestId('object-fields');
    for (const text of [
      '6 B (6 bytes)',
      'STANDARD',
      'AES256',
      'v2',
      'CRC64NVME (full object): AAAAAAAAAAA=',
      'source',
      'dataset',
    ]) {
      expect(fields.textContent).toContain(text);
    }
  });

  it('restores an older version over the latest only after the confirmation', async () => {
    const { host } = await renderData(`${objectPage}&tab=versions`, seedVersions);
    const versions = await screen.findByTestId('object-versions');
    expect(within(versions).getByTestId('version-row-v2').dataset.latest).toBe('true');
    expect(within(versions).getByTestId('version-row-v1').dataset.latest).toBe('false');
    expect(within(versions).queryByTestId('version-restore-v2')).toBeNull();

    fireEvent.click(within(versions).getByTestId('version-restore-v1'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('s3://churn-data/processed/train.csv');
    expect(host.data.content('churn-data', 'processed/train.csv')).toBe('second');
    fireEvent.click(screen.getByTestId('confirm-submit'));

    expect((await screen.findByTestId('version-restored')).textContent).toContain(
      'Version v1 was copied over the latest: it is now version v3.',
    );
    await screen.findByTestId('version-row-v3');
    expect(screen.getByTestId('version-row-v3').dataset.latest).toBe('true');
    expect(screen.getByTestId('version-row-v2').dataset.latest).toBe('false');
    expect(host.data.content('churn-data', 'processed/train.csv')).toBe('first');
    expect(host.callsTo('objects.restoreVersion').at(-1)?.meta).toMatchObject({ confirmed: true });
  });

  it('deletes on a versioned bucket behind a delete marker, says so, and undeletes', async () => {
    const { host } = await renderData(objectPage, seedVersions);
    await screen.findByTestId('object-fields');
    fireEvent.click(screen.getByTestId('object-delete'));
    fireEvent.click(await screen.findByTestId('confirm-submit'));
    const outcome = await screen.findByTestId('object-deleted');
    expect(outcome.textContent).toContain('A delete marker now hides it; its versions are kept.');
    expect(host.data.content('churn-data', 'processed/train.csv')).toBeUndefined();

    fireEvent.click(within(outcome).getByTestId('object-undelete'));
    await waitFor(() => expect(screen.queryByTestId('object-deleted')).toBeNull());
    await screen.findByTestId('object-fields');
    expect(host.data.content('churn-data', 'processed/train.csv')).toBe('second');
  });

  it('offers Undelete in the versions when the latest is a delete marker', async () => {
    const { host } = await renderData(`${objectPage}&tab=versions`, (data) => {
      seedVersions(data);
      void data.requests['objects.delete'](
        { bucket: 'churn-data', key: 'processed/train.csv' },
        { signal: new AbortController().signal },
      );
    });
    const versions = await screen.findByTestId('object-versions');
    expect(within(versions).getByTestId('version-row-v3').textContent).toContain('Delete marker (latest)');
    fireEvent.click(screen.getByTestId('object-undelete'));
    await waitFor(() => expect(screen.queryByTestId('version-row-v3')).toBeNull());
    expect(screen.getByTestId('version-row-v2').dataset.latest).toBe('true');
    expect(host.data.content('churn-data', 'processed/train.csv')).toBe('second');
  });

  it('downloads the bytes in several chunks into one Blob saved under the object’s name', async () => {
    const saved: Blob[] = [];
    // jsdom has no object URLs; the app's save goes through these two.
    Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:fake'), revokeObjectURL: () => {} });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const content = 'id,label\n' + Array.from({ length: 40 }, (_, n) => `${n},${n % 2}`).join('\n');
    await renderData(objectPage, (data) => {
      data.addBucket('churn-data');
      data.putObject('churn-data', 'processed/train.csv', content);
      data.downloadChunkBytes = 16;
    });
    await screen.findByTestId('object-fields');
    fireEvent.click(screen.getByTestId('object-download'));
    expect((await screen.findByTestId('download-done')).textContent).toContain('Saved train.csv');
    expect(clicks).toEqual(['train.csv']);
    expect(saved).toHaveLength(1);
    expect(await saved[0]!.text()).toBe(content);
    expect(content.length).toBeGreaterThan(10 * 16);
    click.mockRestore();
  });

  it('says when the object cannot be read and offers Try again', async () => {
    const { host } = await renderData(objectPage, (data) => {
      seedVersions(data);
    });
    host.failNext('objects.describe', {
      code: 'AccessDenied',
      message: 'HeadObject was refused: the key policy denies kms:Decrypt.',
    });
    window.location.hash = `${objectPage}&versionId=v1`;
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('kms:Decrypt');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('object-fields')).textContent).toContain('5 B');
  });
});
