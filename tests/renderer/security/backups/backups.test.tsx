import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RestoreTestRecord } from '../../../../shared/domain/backups';
import { PLAN_ID, RP } from '../../support/fake-areas/backups';
import { preloadBackupChunks, renderBackups } from './backups-app';

const DATA = 'sagedeck-demo-churn-data';
const LOGS = 'sagedeck-demo-access-logs';
const row = (bucket: string) => screen.getByTestId(`backup-row-${bucket}`);
const cell = (bucket: string, testId: string) => within(row(bucket)).getByTestId(testId).textContent ?? '';

function record(overrides: Partial<RestoreTestRecord>): RestoreTestRecord {
  return {
    testId: 'restore-job-1',
    planId: PLAN_ID,
    planName: 'churn-data-daily',
    bucket: DATA,
    recoveryPointArn: RP(3),
    recoveryPointCreatedAt: '2026-12-05T05:12:00.000Z',
    scratchBucket: 'sagedeck-restore-test-00000001',
    startedAt: '2026-12-06T09:00:00.000Z',
    finishedAt: '2026-12-06T09:20:00.000Z',
    objectsChecked: 4,
    mismatches: [],
    passed: true,
    ...overrides,
  };
}

async function confirm(action: string) {
  const modal = await screen.findByTestId('confirm-modal');
  expect(modal.textContent).toContain(action);
  fireEvent.click(within(modal).getByTestId('confirm-submit'));
}

describe('backups section', { timeout: 20_000 }, () => {
  beforeAll(preloadBackupChunks, 60_000);

  it('shows which buckets a plan covers, the uncovered access-logs bucket as a finding, and the never-tested warning', async () => {
    await renderBackups('#/security/backups');
    await screen.findByTestId('backup-coverage-table');
    expect(row(DATA).dataset.covered).toBe('true');
    expect(cell(DATA, 'backup-covered-by')).toBe('churn-data-daily / churn-data-bucket');
    expect(cell(DATA, 'backup-last-job')).toContain('COMPLETED 2026-12-05 05:00 UTC');
    expect(cell(DATA, 'backup-recovery-points')).toBe('3');
    expect(cell(DATA, 'backup-last-test')).toContain('Never tested');
    expect(cell(DATA, 'backup-warning')).toContain('never been restore-tested');
    expect(row(LOGS).dataset.covered).toBe('false');
    expect(cell(LOGS, 'backup-covered-by')).toContain('Not covered by any backup plan');
  });

  it('opens a bucket from the table: its plan, the warning and its recovery points newest first', async () => {
    await renderBackups('#/security/backups');
    await screen.findByTestId('backup-coverage-table');
    fireEvent.click(within(row(DATA)).getByRole('link', { name: DATA }));
    await waitFor(() => expect(window.location.hash).toBe(`#/security/backups/bucket/${DATA}`));
    const list = await screen.findByTestId('backup-recovery-points');
    expect([...list.querySelectorAll('tr[data-arn]')].map((tr) => tr.getAttribute('data-arn'))).toEqual([RP(3), RP(2), RP(1)]);
    expect((await screen.findByTestId('backup-detail-plans')).textContent).toContain('churn-data-daily (selection churn-data-bucket)');
    expect(screen.getByTestId('backup-detail-warning').textContent).toContain('never been restore-tested');
    expect(screen.getByTestId('restore-test-history').textContent).toContain(`No restore test of ${DATA} yet.`);
  });

  it('says plainly when the endpoint has no AWS Backup, still listing the buckets', async () => {
    await renderBackups('#/security/backups', {
      setup: (host) => {
        host.backups.overview = { ...host.backups.overview, plans: [], backupUnavailable: 'This endpoint does not offer AWS Backup (ListBackupPlans is not implemented).', buckets: host.backups.overview.buckets.map((b) => ({ ...b, coveredBy: [], recoveryPoints: 0 })) };
      },
    });
    expect((await screen.findByTestId('backup-unavailable')).textContent).toContain('does not offer AWS Backup');
    expect(row(DATA)).toBeTruthy();
  });

  it('runs a restore test after confirmation, shows its progress, then the verified result, its history and the scratch bucket to delete', async () => {
    const { host } = await renderBackups(`#/security/backups/bucket/${DATA}`);
    const buttons = await screen.findAllByTestId('run-restore-test');
    fireEvent.click(buttons[0]!);
    await confirm('Run restore test');
    await waitFor(() => expect(host.backups.started).toEqual([{ bucket: DATA, recoveryPointArn: RP(3) }]));
    await waitFor(() => expect(window.location.hash).toBe(`#/security/backups/bucket/${DATA}?test=restore-job-1`));
    const live = await screen.findByTestId('restore-test-live');
    await waitFor(() => expect(live.dataset.phase).toBe('restoring'));

    const base = { testId: 'restore-job-1', bucket: DATA, scratchBucket: 'sagedeck-restore-test-00000001', recoveryPointArn: RP(3) };
    act(() => host.backups.progress({ ...base, phase: 'restoring', percent: 40, step: 'Restore job RUNNING', done: false }));
    await waitFor(() => expect(screen.getByTestId('restore-test-progress').textContent).toContain('Restore job RUNNING'));
    expect(screen.getByTestId('restore-test-progress').textContent).toContain('Restoring the recovery point into a scratch bucket');
    act(() => host.backups.progress({ ...base, phase: 'verifying', percent: 90, step: 'Verified 2 of 4 objects', done: false }));
    await waitFor(() => expect(screen.getByTestId('restore-test-progress').textContent).toContain('Verified 2 of 4 objects'));

    act(() => host.backups.progress({ ...base, phase: 'passed', percent: 100, result: record({}), done: true }));
    const result = await screen.findByTestId('restore-test-result');
    expect(result.dataset.passed).toBe('true');
    expect(screen.getByTestId('restore-test-verified').textContent).toBe('4 objects verified');
    expect(screen.queryByTestId('restore-test-progress')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('restore-history-restore-job-1').dataset.passed).toBe('true'));

    fireEvent.click(within(screen.getByTestId('restore-test-live')).getByTestId('backup-delete-scratch'));
    await confirm('Delete scratch bucket');
    await waitFor(() => expect(host.backups.deleted).toEqual(['sagedeck-restore-test-00000001']));
    await waitFor(() => expect(screen.getByTestId('restore-history-restore-job-1').textContent).toContain('(deleted)'));
  });

  it('shows a failed restore test with the key that did not come back as it was', async () => {
    const { host } = await renderBackups(`#/security/backups/bucket/${DATA}?test=restore-job-7`);
    await screen.findByTestId('restore-test-live');
    const failed = record({ testId: 'restore-job-7', passed: false, mismatches: [{ key: 'raw/2026-11-30.csv', problem: 'different', expected: { etag: 'aaa', size: 120 }, restored: { etag: 'bbb', size: 120 } }] });
    act(() => host.backups.progress({ testId: 'restore-job-7', bucket: DATA, scratchBucket: failed.scratchBucket, recoveryPointArn: RP(3), phase: 'failed', percent: 100, result: failed, done: true }));
    const result = await screen.findByTestId('restore-test-result');
    expect(result.dataset.passed).toBe('false');
    expect(result.textContent).toContain('1 of 4 objects did not come back');
    expect(screen.getByTestId('restore-mismatch-raw/2026-11-30.csv').textContent).toContain('Different content');
  });

  it('does not start a restore test when the confirmation is cancelled', async () => {
    const { host } = await renderBackups(`#/security/backups/bucket/${DATA}`);
    fireEvent.click((await screen.findAllByTestId('run-restore-test'))[0]!);
    const modal = await screen.findByTestId('confirm-modal');
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('confirm-modal')).toBeNull());
    expect(host.backups.started).toEqual([]);
  });
});
