import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { insecureFindings, secureFindings } from '../support/fake-areas/data';
import { preloadDataChunks, renderData } from './data-app';

const confirm = async () => fireEvent.click(await screen.findByTestId('confirm-submit'));

describe('bucket posture', () => {
  beforeAll(preloadDataChunks, 60_000);

  it('shows each check as a badge with its state in words and glyph, and the reason on focus and under “why”', async () => {
    await renderData('#/data', (data) => {
      data.addBucket('churn-raw', { findings: secureFindings(), region: 'eu-west-1' });
      data.addBucket('legacy-dump', {
        findings: insecureFindings().map((finding) =>
          finding.check === 'replication'
            ? { check: 'replication', status: 'unknown', reason: 'GetBucketReplication was refused (AccessDenied).' }
            : finding,
        ),
      });
    });
    const row = await screen.findByTestId('bucket-row-legacy-dump');
    expect(screen.getByTestId('bucket-list')).toBeTruthy();
    const versioning = within(row).getByTestId('posture-versioning-legacy-dump');
    expect(versioning.dataset.status).toBe('warn');
    expect(versioning.textContent).toContain('Versioning: warning');
    // The reason is the badge's accessible description, shown on hover and focus.
    expect(versioning.getAttribute('tabindex')).toBe('0');
    const tip = document.getElementById(versioning.getAttribute('aria-describedby')!);
    expect(tip?.textContent).toBe('versioning is not configured.');
    const replication = within(row).getByTestId('posture-replication-legacy-dump');
    expect(replication.dataset.status).toBe('unknown');
    expect(replication.textContent).toContain('Replication: unknown');

    const good = screen.getByTestId('bucket-row-churn-raw');
    expect(good.textContent).toContain('eu-west-1');
    expect(within(good).getByTestId('posture-encryption-churn-raw').dataset.status).toBe('pass');

    // The expandable row lists every reason in words.
    const why = within(row).getByRole('button', { name: /to look at: why/ });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const reasons = within(screen.getByTestId('posture-reasons-legacy-dump')).getAllByRole('listitem');
    expect(reasons.map((item) => item.textContent)).toContain(
      'Replication (unknown): GetBucketReplication was refused (AccessDenied).',
    );
  });

  it('pages the bucket list with Load more and says what to do when listing fails', async () => {
    const { host } = await renderData('#/data', (data) => {
      data.bucketPageSize = 2;
      for (const name of ['bucket-a', 'bucket-b', 'bucket-c']) data.addBucket(name);
    });
    await screen.findByTestId('bucket-row-bucket-b');
    expect(screen.queryByTestId('bucket-row-bucket-c')).toBeNull();
    host.failNext('buckets.list', { code: 'AccessDenied', message: 'ListBuckets was refused.' });
    fireEvent.click(screen.getByTestId('bucket-load-more'));
    expect((await screen.findByRole('alert')).textContent).toContain('Loading more failed: ListBuckets was refused.');
    expect(screen.getByTestId('bucket-row-bucket-a')).toBeTruthy();
    fireEvent.click(screen.getByTestId('bucket-load-more'));
    await screen.findByTestId('bucket-row-bucket-c');
    expect(host.callsTo('buckets.list').at(-1)?.input).toEqual({ nextToken: '2' });
  });

  it('fixes a finding only after the confirmation, then shows the refreshed finding', async () => {
    const { host } = await renderData('#/data/bucket/legacy-dump/posture', (data) =>
      data.addBucket('legacy-dump', { findings: insecureFindings() }),
    );
    const fix = await screen.findByTestId('fix-versioning');
    expect(screen.getByTestId('posture-versioning-legacy-dump').dataset.status).toBe('warn');
    fireEvent.click(fix);
    await screen.findByTestId('confirm-modal');
    expect(host.data.buckets.get('legacy-dump')!.detail.findings.find((f) => f.check === 'versioning')!.status).toBe(
      'warn',
    );
    await confirm();
    await waitFor(() => expect(screen.getByTestId('posture-versioning-legacy-dump').dataset.status).toBe('pass'));
    expect(screen.getByTestId('posture-fixed').textContent).toContain('Enable versioning: done.');
    expect(screen.queryByTestId('fix-versioning')).toBeNull();
    expect(host.callsTo('buckets.fix').at(-1)).toMatchObject({
      input: { bucket: 'legacy-dump', fix: 'enableVersioning' },
      meta: { confirmed: true },
    });
    expect(host.journal.entries.some((entry) => entry.channel === 'buckets.fix' && entry.outcome === 'success')).toBe(
      true,
    );
  });

  it('asks where the logs go before turning logging on, refusing a bad bucket name before any call', async () => {
    const { host } = await renderData('#/data/bucket/legacy-dump/posture', (data) =>
      data.addBucket('legacy-dump', { findings: insecureFindings() }),
    );
    fireEvent.click(await screen.findByTestId('fix-logging'));
    const form = await screen.findByTestId('logging-target-form');
    fireEvent.change(within(form).getByTestId('logging-target-bucket'), { target: { value: 'Logs_Bucket' } });
    fireEvent.click(within(form).getByTestId('logging-target-submit'));
    expect(
      (await within(form).findByText('Use lowercase letters, digits, dots and hyphens only.')).textContent,
    ).toBeTruthy();
    expect(host.callsTo('buckets.fix')).toHaveLength(0);

    fireEvent.change(within(form).getByTestId('logging-target-bucket'), { target: { value: 'central-logs' } });
    fireEvent.click(within(form).getByTestId('logging-target-submit'));
    await confirm();
    await waitFor(() => expect(screen.getByTestId('posture-logging-legacy-dump').dataset.status).toBe('pass'));
    expect(host.callsTo('buckets.fix').at(-1)?.input).toEqual({
      bucket: 'legacy-dump',
      fix: 'enableLogging',
      loggingTarget: { targetBucket: 'central-logs', targetPrefix: 'access-logs/legacy-dump/' },
    });
  });

  it('leaves the finding as it was when the fix is cancelled', async () => {
    const { host } = await renderData('#/data/bucket/legacy-dump/posture', (data) =>
      data.addBucket('legacy-dump', { findings: insecureFindings() }),
    );
    fireEvent.click(await screen.findByTestId('fix-encryption'));
    const modal = await screen.findByTestId('confirm-modal');
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('confirm-modal')).toBeNull());
    expect(screen.getByTestId('posture-encryption-legacy-dump').dataset.status).toBe('warn');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(host.callsTo('buckets.fix').every((call) => call.meta?.confirmed !== true)).toBe(true);
  });
});
