import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadDataChunks, renderData } from './data-app';

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('create a bucket', () => {
  beforeAll(preloadDataChunks, 60_000);

  it('opens from the bucket list and checks the name with S3’s rules as it is typed, sending nothing until it passes', async () => {
    const { host } = await renderData('#/data', (data) => data.addBucket('existing'));
    fireEvent.click(await screen.findByTestId('bucket-create'));
    await waitFor(() => expect(window.location.hash).toBe('#/data/new'));
    const form = await screen.findByTestId('create-bucket-form');

    type('create-bucket-name', 'Churn_Data');
    expect(within(form).getByText('Use lowercase letters, digits, dots and hyphens only.')).toBeTruthy();
    type('create-bucket-name', '192.168.1.10');
    expect(within(form).getByText('A bucket name cannot look like an IP address.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('create-bucket-submit'));
    // Nothing sent, nothing lost.
    expect(host.callsTo('buckets.create')).toHaveLength(0);
    expect((screen.getByTestId('create-bucket-name') as HTMLInputElement).value).toBe('192.168.1.10');

    type('create-bucket-name', 'churn-raw-2026');
    expect(within(form).queryByText(/IP address|lowercase letters, digits, dots and hyphens only/)).toBeNull();
  });

  it('sends the secure defaults with the tags and the logging target, then opens the new bucket', async () => {
    const { host } = await renderData('#/data/new', (data) => data.addBucket('central-logs'));
    await screen.findByTestId('create-bucket-form');
    type('create-bucket-name', 'churn-raw-2026');
    fireEvent.click(screen.getByText('Access logging'));
    type('create-bucket-log-bucket', 'central-logs');
    fireEvent.click(screen.getByTestId('tag-add'));
    fireEvent.change(screen.getByLabelText('Tag 1 key'), { target: { value: 'project' } });
    fireEvent.change(screen.getByLabelText('Tag 1 value'), { target: { value: 'churn' } });
    fireEvent.click(screen.getByTestId('create-bucket-submit'));

    await waitFor(() => expect(window.location.hash).toBe('#/data/bucket/churn-raw-2026'));
    expect(host.callsTo('buckets.create').at(-1)?.input).toEqual({
      name: 'churn-raw-2026',
      encryption: { type: 'SSE-S3' },
      versioning: true,
      blockPublicAccess: true,
      httpsOnly: true,
      logging: { targetBucket: 'central-logs', targetPrefix: 'access-logs/churn-raw-2026/' },
      tags: { project: 'churn' },
    });
    await screen.findByTestId('object-browser');
  });

  it('sends SSE-KMS with the key when chosen', async () => {
    const { host } = await renderData('#/data/new');
    await screen.findByTestId('create-bucket-form');
    type('create-bucket-name', 'churn-kms');
    fireEvent.click(screen.getByText('SSE-KMS (AWS KMS key, with bucket key)'));
    type('create-bucket-kms', 'alias/churn-data');
    fireEvent.click(screen.getByTestId('create-bucket-submit'));
    await waitFor(() => expect(host.callsTo('buckets.create')).toHaveLength(1));
    expect(host.callsTo('buckets.create')[0]?.input).toMatchObject({
      encryption: { type: 'SSE-KMS', kmsKeyId: 'alias/churn-data' },
    });
  });

  it('shows AWS’s refusal next to the name and keeps everything typed', async () => {
    const { host } = await renderData('#/data/new', (data) => data.addBucket('taken-name'));
    await screen.findByTestId('create-bucket-form');
    type('create-bucket-name', 'taken-name');
    fireEvent.click(screen.getByText('Require HTTPS'));
    fireEvent.click(screen.getByTestId('create-bucket-submit'));
    expect(
      await screen.findByText('This name is taken: bucket names are global across every AWS account.'),
    ).toBeTruthy();
    expect(window.location.hash).toBe('#/data/new');
    expect((screen.getByTestId('create-bucket-name') as HTMLInputElement).value).toBe('taken-name');
    expect(host.callsTo('buckets.create')[0]?.input).toMatchObject({ httpsOnly: false });
    // The weaker posture is said before it is created.
    expect(screen.getByText(/weaker posture than the defaults/)).toBeTruthy();
  });

  it('refuses duplicate tag keys and a logging target with a bad name before any call', async () => {
    const { host } = await renderData('#/data/new');
    await screen.findByTestId('create-bucket-form');
    type('create-bucket-name', 'churn-tags');
    fireEvent.click(screen.getByTestId('tag-add'));
    fireEvent.click(screen.getByTestId('tag-add'));
    fireEvent.change(screen.getByLabelText('Tag 1 key'), { target: { value: 'team' } });
    fireEvent.change(screen.getByLabelText('Tag 2 key'), { target: { value: 'team' } });
    fireEvent.click(screen.getByText('Access logging'));
    type('create-bucket-log-bucket', 'x');
    fireEvent.click(screen.getByTestId('create-bucket-submit'));
    expect(await screen.findByText('The tag team is there twice.')).toBeTruthy();
    expect(screen.getByText('Bucket names are 3 to 63 characters long.')).toBeTruthy();
    expect(host.callsTo('buckets.create')).toHaveLength(0);
    expect((screen.getByLabelText('Tag 2 key') as HTMLInputElement).value).toBe('team');
  });
});
