import { ListBackupJobsCommand, ListRecoveryPointsByBackupVaultCommand } from '@aws-sdk/client-backup';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HOUR, startCostSandbox } from './costexplorer-harness';

describe('Cost Explorer usage and AWS Backup state survive a restart (--data-dir)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('answers the same past cost and recovery points after a restart, and the daily rule keeps running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sagedeck-ce-backup-'));
    dirs.push(dataDir);
    const first = await startCostSandbox({ dataDir });
    const costBefore = await first.costByGroup('2026-01-04', [{ Type: 'TAG', Key: 'project' }]);
    const pointsBefore = await first.backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' }));
    await first.stop();

    const second = await startCostSandbox({ dataDir });
    try {
      expect(await second.costByGroup('2026-01-04', [{ Type: 'TAG', Key: 'project' }])).toEqual(costBefore);
      const pointsAfter = await second.backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' }));
      expect(pointsAfter.RecoveryPoints?.map((p) => p.RecoveryPointArn)).toEqual(pointsBefore.RecoveryPoints?.map((p) => p.RecoveryPointArn));
      // 09:00 → next day 05:05: the restored plan ran once more.
      second.clock.advance(20 * HOUR + 5 * 60_000);
      expect((await second.backup.send(new ListBackupJobsCommand({ ByState: 'COMPLETED' }))).BackupJobs).toHaveLength(4);
    } finally {
      await second.stop();
    }
  });
});
