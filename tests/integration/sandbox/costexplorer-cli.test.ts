import { GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { ListBackupPlansCommand, ListRecoveryPointsByBackupVaultCommand } from '@aws-sdk/client-backup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TODAY, startCostSandbox, type CostSandbox } from './costexplorer-harness';

/** The Debian AWS CLI next to the SDK: both must read the same answers off the wire. */
describe('Cost Explorer and AWS Backup through the AWS CLI', () => {
  let env: CostSandbox;
  beforeAll(async () => {
    env = await startCostSandbox();
  });
  afterAll(async () => env.stop());

  it('aws ce get-cost-and-usage / get-cost-forecast / get-dimension-values answer what the SDK answers', async () => {
    const cli = (await env.aws(
      'ce',
      'get-cost-and-usage',
      '--time-period',
      `Start=2026-01-02,End=${TODAY}`,
      '--granularity',
      'DAILY',
      '--metrics',
      'UnblendedCost',
      '--group-by',
      'Type=DIMENSION,Key=SERVICE',
      'Type=TAG,Key=project',
    )) as {
      ResultsByTime: { Groups: { Keys: string[]; Metrics: { UnblendedCost: { Amount: string } } }[] }[];
    };
    const sdk = await env.ce.send(
      new GetCostAndUsageCommand({
        TimePeriod: { Start: '2026-01-02', End: TODAY },
        Granularity: 'DAILY',
        Metrics: ['UnblendedCost'],
        GroupBy: [
          { Type: 'DIMENSION', Key: 'SERVICE' },
          { Type: 'TAG', Key: 'project' },
        ],
      }),
    );
    expect(cli.ResultsByTime).toHaveLength(3);
    expect(cli.ResultsByTime[0]?.Groups.map((g) => g.Keys)).toEqual(sdk.ResultsByTime?.[0]?.Groups?.map((g) => g.Keys));
    expect(cli.ResultsByTime[0]?.Groups.map((g) => g.Metrics.UnblendedCost.Amount)).toEqual(
      sdk.ResultsByTime?.[0]?.Groups?.map((g) => g.Metrics?.UnblendedCost?.Amount),
    );
    expect(cli.ResultsByTime[0]?.Groups.map((g) => g.Keys.join('|'))).toContain('Amazon SageMaker|project$churn');

    const forecast = (await env.aws(
      'ce',
      'get-cost-forecast',
      '--time-period',
      'Start=2026-01-06,End=2026-02-01',
      '--metric',
      'UNBLENDED_COST',
      '--granularity',
      'MONTHLY',
    )) as { Total: { Amount: string; Unit: string } };
    expect(forecast.Total.Unit).toBe('USD');
    expect(Number(forecast.Total.Amount)).toBeGreaterThan(0);
    const services = (await env.aws(
      'ce',
      'get-dimension-values',
      '--time-period',
      `Start=2026-01-02,End=${TODAY}`,
      '--dimension',
      'SERVICE',
    )) as { DimensionValues: { Value: string }[] };
    expect(services.DimensionValues.map((v) => v.Value)).toEqual(['Amazon SageMaker', 'Amazon Simple Storage Service']);
    const tags = (await env.aws(
      'ce',
      'get-tags',
      '--time-period',
      `Start=2026-01-02,End=${TODAY}`,
      '--tag-key',
      'project',
    )) as { Tags: string[] };
    expect(tags.Tags).toContain('churn');
  });

  it('aws backup list-backup-plans / list-recovery-points-by-backup-vault / start-restore-job drive the same state as the SDK', async () => {
    const plans = (await env.aws('backup', 'list-backup-plans')) as {
      BackupPlansList: { BackupPlanName: string; BackupPlanId: string }[];
    };
    const sdkPlans = await env.backup.send(new ListBackupPlansCommand({}));
    expect(plans.BackupPlansList.map((p) => p.BackupPlanId)).toEqual(
      sdkPlans.BackupPlansList?.map((p) => p.BackupPlanId),
    );
    expect(plans.BackupPlansList.map((p) => p.BackupPlanName)).toEqual(['churn-data-daily']);
    const plan = (await env.aws(
      'backup',
      'get-backup-plan',
      '--backup-plan-id',
      plans.BackupPlansList[0]?.BackupPlanId ?? '',
    )) as { BackupPlan: { Rules: { RuleName: string }[] } };
    expect(plan.BackupPlan.Rules.map((r) => r.RuleName)).toEqual(['daily-0500']);
    const vaults = (await env.aws('backup', 'list-backup-vaults')) as {
      BackupVaultList: { BackupVaultName: string; NumberOfRecoveryPoints: number }[];
    };
    expect(vaults.BackupVaultList).toEqual([
      expect.objectContaining({ BackupVaultName: 'sagedeck-demo-vault', NumberOfRecoveryPoints: 3 }),
    ]);
    const points = (await env.aws(
      'backup',
      'list-recovery-points-by-backup-vault',
      '--backup-vault-name',
      'sagedeck-demo-vault',
    )) as { RecoveryPoints: { RecoveryPointArn: string }[] };
    const sdkPoints = await env.backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' }),
    );
    expect(points.RecoveryPoints.map((p) => p.RecoveryPointArn)).toEqual(
      sdkPoints.RecoveryPoints?.map((p) => p.RecoveryPointArn),
    );
    const byResource = (await env.aws(
      'backup',
      'list-recovery-points-by-resource',
      '--resource-arn',
      'arn:aws:s3:::sagedeck-demo-churn-data',
    )) as { RecoveryPoints: unknown[] };
    expect(byResource.RecoveryPoints).toHaveLength(3);

    const started = (await env.aws(
      'backup',
      'start-restore-job',
      '--recovery-point-arn',
      points.RecoveryPoints[0]?.RecoveryPointArn ?? '',
      '--iam-role-arn',
      'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole',
      '--metadata',
      'DestinationBucketName=sagedeck-cli-restore,NewBucket=true',
    )) as { RestoreJobId: string };
    env.clock.advance(3 * 60_000);
    const job = (await env.aws('backup', 'describe-restore-job', '--restore-job-id', started.RestoreJobId)) as {
      Status: string;
      CreatedResourceArn: string;
    };
    expect(job).toMatchObject({ Status: 'COMPLETED', CreatedResourceArn: 'arn:aws:s3:::sagedeck-cli-restore' });
    const jobs = (await env.aws('backup', 'list-backup-jobs', '--by-state', 'COMPLETED')) as { BackupJobs: unknown[] };
    expect(jobs.BackupJobs).toHaveLength(3);
  });
});
