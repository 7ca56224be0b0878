import {
  CreateBackupPlanCommand,
  CreateBackupSelectionCommand,
  CreateBackupVaultCommand,
  DeleteBackupPlanCommand,
  DeleteBackupVaultCommand,
  DescribeBackupJobCommand,
  GetBackupPlanCommand,
  ListBackupJobsCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListRecoveryPointsByBackupVaultCommand,
  ListRecoveryPointsByResourceCommand,
  ListRestoreJobsCommand,
  GetBackupSelectionCommand,
  StartBackupJobCommand,
  BackupServiceException,
} from '@aws-sdk/client-backup';
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR, startCostSandbox, type CostSandbox, serviceError } from './costexplorer-harness';

const ROLE = 'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole';
const DATA_BUCKET = 'arn:aws:s3:::sagedeck-demo-churn-data';

const failure = (promise: Promise<unknown>) => serviceError(promise, BackupServiceException);

describe('AWS Backup: plans, selections and jobs on the sandbox clock', () => {
  let env: CostSandbox;
  beforeEach(async () => {
    env = await startCostSandbox();
  });
  afterEach(async () => env.stop());

  it('seeds the demo plan covering only the churn data bucket, with three completed daily backups and no restore yet', async () => {
    const plans = await env.backup.send(new ListBackupPlansCommand({}));
    const demo = plans.BackupPlansList?.find((p) => p.BackupPlanName === 'churn-data-daily');
    expect(demo?.LastExecutionDate?.toISOString()).toBe('2026-01-05T05:00:00.000Z');
    const plan = await env.backup.send(new GetBackupPlanCommand({ BackupPlanId: demo?.BackupPlanId }));
    expect(plan.BackupPlan?.Rules?.[0]).toMatchObject({ RuleName: 'daily-0500', ScheduleExpression: 'cron(0 5 * * ? *)', TargetBackupVaultName: 'sagedeck-demo-vault', Lifecycle: { DeleteAfterDays: 35 } });
    const selections = await env.backup.send(new ListBackupSelectionsCommand({ BackupPlanId: demo?.BackupPlanId }));
    expect(selections.BackupSelectionsList?.map((s) => s.SelectionName)).toEqual(['churn-data-bucket']);
    const selection = await env.backup.send(new GetBackupSelectionCommand({ BackupPlanId: demo?.BackupPlanId, SelectionId: selections.BackupSelectionsList?.[0]?.SelectionId }));
    expect(selection.BackupSelection?.Resources).toEqual([DATA_BUCKET]);
    const jobs = await env.backup.send(new ListBackupJobsCommand({ ByResourceArn: DATA_BUCKET }));
    expect(jobs.BackupJobs?.map((j) => j.State)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    const points = await env.backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' }));
    expect(points.RecoveryPoints).toHaveLength(3);
    expect(points.RecoveryPoints?.[0]?.BackupSizeInBytes).toBeGreaterThan(0);
    const logs = await env.backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: 'arn:aws:s3:::sagedeck-demo-access-logs' }));
    expect(logs.RecoveryPoints).toEqual([]);
    expect((await env.backup.send(new ListRestoreJobsCommand({}))).RestoreJobs).toEqual([]);

    // The plan is taggable through the Resource Groups Tagging API, as AWS Backup plans are.
    const tagging = new ResourceGroupsTaggingAPIClient({ ...env.config, maxAttempts: 1 });
    const tagged = await tagging.send(new GetResourcesCommand({ ResourceTypeFilters: ['backup'], TagFilters: [{ Key: 'project', Values: ['churn'] }] }));
    tagging.destroy();
    expect(tagged.ResourceTagMappingList?.map((r) => r.ResourceARN)).toEqual([demo?.BackupPlanArn]);
  });

  it('runs a rule at its cron time: the job goes CREATED → RUNNING → COMPLETED and leaves a recovery point', async () => {
    await env.s3.send(new CreateBucketCommand({ Bucket: 'ledger-data' }));
    await env.s3.send(new PutObjectCommand({ Bucket: 'ledger-data', Key: 'a.csv', Body: 'id,amount\n1,10\n' }));
    await env.backup.send(new CreateBackupVaultCommand({ BackupVaultName: 'ledger-vault' }));
    const { BackupPlanId } = await env.backup.send(
      new CreateBackupPlanCommand({ BackupPlan: { BackupPlanName: 'ledger-hourly', Rules: [{ RuleName: 'at-10', TargetBackupVaultName: 'ledger-vault', ScheduleExpression: 'cron(0 10 * * ? *)', StartWindowMinutes: 60 }] } }),
    );
    await env.backup.send(new CreateBackupSelectionCommand({ BackupPlanId, BackupSelection: { SelectionName: 'ledger', IamRoleArn: ROLE, Resources: ['arn:aws:s3:::ledger-data'] } }));

    env.clock.advance(HOUR - 1);
    expect((await env.backup.send(new ListBackupJobsCommand({ ByBackupVaultName: 'ledger-vault' }))).BackupJobs).toEqual([]);
    env.clock.advance(1);
    const [created] = (await env.backup.send(new ListBackupJobsCommand({ ByBackupVaultName: 'ledger-vault' }))).BackupJobs ?? [];
    expect(created).toMatchObject({ State: 'CREATED', ResourceArn: 'arn:aws:s3:::ledger-data', CreatedBy: { BackupPlanId } });
    expect(created?.CreationDate?.toISOString()).toBe('2026-01-05T10:00:00.000Z');
    env.clock.advance(60_000);
    expect((await env.backup.send(new DescribeBackupJobCommand({ BackupJobId: created?.BackupJobId }))).State).toBe('RUNNING');
    env.clock.advance(240_000);
    const done = await env.backup.send(new DescribeBackupJobCommand({ BackupJobId: created?.BackupJobId }));
    expect(done).toMatchObject({ State: 'COMPLETED', BackupSizeInBytes: 15, PercentDone: '100.0' });
    const points = await env.backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'ledger-vault' }));
    expect(points.RecoveryPoints?.map((p) => p.RecoveryPointArn)).toEqual([done.RecoveryPointArn]);
    expect((await env.backup.send(new GetBackupPlanCommand({ BackupPlanId }))).LastExecutionDate?.toISOString()).toBe('2026-01-05T10:00:00.000Z');

    // A day later the rule has run again.
    env.clock.advance(24 * HOUR);
    expect((await env.backup.send(new ListBackupJobsCommand({ ByBackupVaultName: 'ledger-vault', ByState: 'COMPLETED' }))).BackupJobs).toHaveLength(2);
  });

  it('answers StartBackupJob at once and refuses what AWS refuses', async () => {
    const started = await env.backup.send(new StartBackupJobCommand({ BackupVaultName: 'sagedeck-demo-vault', ResourceArn: DATA_BUCKET, IamRoleArn: ROLE }));
    expect((await env.backup.send(new DescribeBackupJobCommand({ BackupJobId: started.BackupJobId }))).State).toBe('CREATED');
    env.clock.advance(5 * 60_000);
    expect((await env.backup.send(new DescribeBackupJobCommand({ BackupJobId: started.BackupJobId }))).State).toBe('COMPLETED');

    expect((await failure(env.backup.send(new CreateBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' })))).name).toBe('AlreadyExistsException');
    expect((await failure(env.backup.send(new DeleteBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' })))).name).toBe('InvalidRequestException');
    expect((await failure(env.backup.send(new StartBackupJobCommand({ BackupVaultName: 'no-such-vault', ResourceArn: DATA_BUCKET, IamRoleArn: ROLE })))).name).toBe('ResourceNotFoundException');
    const badCron = await failure(
      env.backup.send(new CreateBackupPlanCommand({ BackupPlan: { BackupPlanName: 'bad', Rules: [{ RuleName: 'r', TargetBackupVaultName: 'sagedeck-demo-vault', ScheduleExpression: 'cron(0 5 * * * *)' }] } })),
    );
    expect(badCron.name).toBe('InvalidParameterValueException');
    const demo = (await env.backup.send(new ListBackupPlansCommand({}))).BackupPlansList?.[0];
    expect((await failure(env.backup.send(new DeleteBackupPlanCommand({ BackupPlanId: demo?.BackupPlanId })))).name).toBe('InvalidRequestException');
  });
});
