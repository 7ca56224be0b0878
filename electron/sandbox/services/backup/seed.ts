import type { ServiceEnv, Where } from '../../types';
import { planArn, uuid, vaultArn, versionId, defaultKeyArn } from './ids';
import type { BackupStore, PlanRecord } from './model';
import type { BackupRunner } from './runner';

export const DEMO_VAULT = 'sagedeck-demo-vault';
export const DEMO_PLAN = 'churn-data-daily';
export const DEMO_RULE = 'daily-0500';
export const DEMO_SELECTION = 'churn-data-bucket';
export const DEMO_BUCKET_ARN = 'arn:aws:s3:::sagedeck-demo-churn-data';
const BACKUP_ROLE = (accountId: string) => `arn:aws:iam::${accountId}:role/service-role/AWSBackupDefaultServiceRole`;
const DAY_MS = 86_400_000;
/** The three latest 05:00 UTC runs before now have completed; no restore has ever been tried. */
const PAST_RUNS = 3;

/**
 * The demo's backups: vault, daily plan with one rule, a selection covering the churn data bucket
 * only (not the access-logs bucket), and the last three scheduled runs completed with their
 * recovery points (the bucket's objects as seeded).
 */
export function seedDemoBackups(store: BackupStore, runner: BackupRunner, env: ServiceEnv, where: Where): void {
  const now = env.clock.now();
  const state = store.region(where, now);
  const createdMs = now - 30 * DAY_MS;
  state.vaults[DEMO_VAULT] = { name: DEMO_VAULT, arn: vaultArn(where, DEMO_VAULT), createdMs, encryptionKeyArn: defaultKeyArn(where) };
  const id = uuid();
  const plan: PlanRecord = {
    id,
    arn: planArn(where, id),
    name: DEMO_PLAN,
    versionId: versionId(),
    createdMs,
    rules: [{ RuleName: DEMO_RULE, RuleId: uuid(), TargetBackupVaultName: DEMO_VAULT, ScheduleExpression: 'cron(0 5 * * ? *)', ScheduleExpressionTimezone: 'Etc/UTC', StartWindowMinutes: 60, CompletionWindowMinutes: 180, Lifecycle: { DeleteAfterDays: 35 } }],
  };
  state.plans[id] = plan;
  state.tags[plan.arn] = { project: 'churn' };
  const selectionId = uuid();
  state.selections[selectionId] = { id: selectionId, planId: id, name: DEMO_SELECTION, iamRoleArn: BACKUP_ROLE(where.accountId), resources: [DEMO_BUCKET_ARN], notResources: [], listOfTags: [], createdMs };
  // Replay the schedule from just before the third-latest 05:00 run: the runner starts and finishes those jobs.
  const todayRun = Math.floor((now - 5 * 3_600_000) / DAY_MS) * DAY_MS + 5 * 3_600_000;
  state.scheduledThroughMs = todayRun - PAST_RUNS * DAY_MS + 1;
  runner.tick();
}
