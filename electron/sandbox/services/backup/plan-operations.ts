import type { OperationContext, OperationHandler } from '../../types';
import { type BackupDeps, page, regionOf } from './deps';
import { parseCron } from './cron';
import { invalidParameter, invalidRequest, missingParameter, notFound } from './errors';
import { planArn, uuid, versionId } from './ids';
import type { PlanRecord, RegionState, RuleRecord, SelectionRecord } from './model';

const RULE_NAME = /^[a-zA-Z0-9\-_.]{1,50}$/;
/** AWS Backup's defaults: start within 8 hours, complete within 7 days (Backup developer guide). */
const DEFAULT_START_WINDOW = 480;
const DEFAULT_COMPLETION_WINDOW = 10_080;

interface RuleInput {
  RuleName?: string;
  TargetBackupVaultName?: string;
  ScheduleExpression?: string;
  ScheduleExpressionTimezone?: string;
  StartWindowMinutes?: number;
  CompletionWindowMinutes?: number;
  Lifecycle?: RuleRecord['Lifecycle'];
  RecoveryPointTags?: Record<string, string>;
  EnableContinuousBackup?: boolean;
}

function readRules(state: RegionState, plan: { BackupPlanName?: string; Rules?: RuleInput[] } | undefined): { name: string; rules: RuleRecord[] } {
  if (!plan?.BackupPlanName) throw missingParameter('BackupPlanName is required');
  if (plan.BackupPlanName.length > 50) throw invalidParameter('BackupPlanName must be at most 50 characters');
  if (!plan.Rules || plan.Rules.length === 0) throw missingParameter('Rules are required');
  const rules = plan.Rules.map((r): RuleRecord => {
    if (!r.RuleName || !RULE_NAME.test(r.RuleName)) throw invalidParameter(`Invalid rule name ${String(r.RuleName)}`);
    if (!r.TargetBackupVaultName) throw missingParameter('TargetBackupVaultName is required');
    if (!state.vaults[r.TargetBackupVaultName]) throw invalidParameter(`Backup vault ${r.TargetBackupVaultName} does not exist.`);
    if (r.ScheduleExpression) parseCron(r.ScheduleExpression);
    if (r.ScheduleExpressionTimezone && r.ScheduleExpressionTimezone !== 'Etc/UTC' && r.ScheduleExpressionTimezone !== 'UTC') throw invalidParameter('The sandbox runs schedules in UTC only');
    const start = r.StartWindowMinutes ?? DEFAULT_START_WINDOW;
    if (start < 60) throw invalidParameter('StartWindowMinutes must be at least 60 minutes');
    const completion = r.CompletionWindowMinutes ?? DEFAULT_COMPLETION_WINDOW;
    if (completion < start) throw invalidParameter('CompletionWindowMinutes must be greater than StartWindowMinutes');
    const cold = r.Lifecycle?.MoveToColdStorageAfterDays;
    const del = r.Lifecycle?.DeleteAfterDays;
    if (cold !== undefined && del !== undefined && del < cold + 90) throw invalidParameter('DeleteAfterDays must be at least 90 days greater than MoveToColdStorageAfterDays');
    const rule: RuleRecord = { RuleName: r.RuleName, RuleId: uuid(), TargetBackupVaultName: r.TargetBackupVaultName, StartWindowMinutes: start, CompletionWindowMinutes: completion };
    if (r.ScheduleExpression) rule.ScheduleExpression = r.ScheduleExpression;
    if (r.ScheduleExpressionTimezone) rule.ScheduleExpressionTimezone = r.ScheduleExpressionTimezone;
    if (r.Lifecycle) rule.Lifecycle = r.Lifecycle;
    if (r.RecoveryPointTags) rule.RecoveryPointTags = r.RecoveryPointTags;
    if (r.EnableContinuousBackup !== undefined) rule.EnableContinuousBackup = r.EnableContinuousBackup;
    return rule;
  });
  return { name: plan.BackupPlanName, rules };
}

function requirePlan(state: RegionState, id: unknown): PlanRecord {
  const plan = typeof id === 'string' ? state.plans[id] : undefined;
  if (!plan || plan.deletedMs !== undefined) throw notFound(`Failed reading Backup plan with provided version`);
  return plan;
}

function requireSelection(state: RegionState, planId: unknown, id: unknown): SelectionRecord {
  const selection = typeof id === 'string' ? state.selections[id] : undefined;
  if (!selection || selection.planId !== planId) throw notFound(`Backup selection ${String(id)} does not exist for plan ${String(planId)}.`);
  return selection;
}

const planView = (p: PlanRecord) => ({ BackupPlanName: p.name, Rules: p.rules });

function summary(p: PlanRecord) {
  return {
    BackupPlanArn: p.arn,
    BackupPlanId: p.id,
    CreationDate: new Date(p.createdMs),
    DeletionDate: p.deletedMs === undefined ? undefined : new Date(p.deletedMs),
    VersionId: p.versionId,
    BackupPlanName: p.name,
    CreatorRequestId: p.creatorRequestId,
    LastExecutionDate: p.lastExecutionMs === undefined ? undefined : new Date(p.lastExecutionMs),
  };
}

const selectionView = (s: SelectionRecord) => ({
  SelectionName: s.name,
  IamRoleArn: s.iamRoleArn,
  Resources: s.resources,
  NotResources: s.notResources,
  ListOfTags: s.listOfTags,
});

/** Plans and selections. Every change re-arms the runner (a new rule may be due sooner). */
export function planOperations(deps: BackupDeps): Record<string, OperationHandler> {
  const changed = <T>(value: T): T => {
    deps.runner.tick();
    return value;
  };
  const createPlan = (input: Record<string, unknown>, ctx: OperationContext) => {
    const state = regionOf(deps, ctx);
    const { name, rules } = readRules(state, input.BackupPlan as { BackupPlanName?: string; Rules?: RuleInput[] });
    const id = uuid();
    const plan: PlanRecord = { id, arn: planArn(state.where, id), name, versionId: versionId(), createdMs: ctx.clock.now(), rules };
    if (typeof input.CreatorRequestId === 'string') plan.creatorRequestId = input.CreatorRequestId;
    state.plans[id] = plan;
    const tags = input.BackupPlanTags as Record<string, string> | undefined;
    if (tags) state.tags[plan.arn] = { ...tags };
    return changed({ BackupPlanId: id, BackupPlanArn: plan.arn, CreationDate: new Date(plan.createdMs), VersionId: plan.versionId });
  };
  return {
    CreateBackupPlan: createPlan,
    GetBackupPlan(input, ctx) {
      const plan = requirePlan(regionOf(deps, ctx), input.BackupPlanId);
      if (typeof input.VersionId === 'string' && input.VersionId !== plan.versionId) throw notFound('Failed reading Backup plan with provided version');
      return { ...summary(plan), BackupPlan: planView(plan) };
    },
    ListBackupPlans(input, ctx) {
      const includeDeleted = input.IncludeDeleted === true || input.IncludeDeleted === 'true';
      const plans = Object.values(regionOf(deps, ctx).plans).filter((p) => includeDeleted || p.deletedMs === undefined).sort((a, b) => a.createdMs - b.createdMs);
      const { items, NextToken } = page(plans.map(summary), input);
      return { BackupPlansList: items, NextToken };
    },
    UpdateBackupPlan(input, ctx) {
      const state = regionOf(deps, ctx);
      const plan = requirePlan(state, input.BackupPlanId);
      const { name, rules } = readRules(state, input.BackupPlan as { BackupPlanName?: string; Rules?: RuleInput[] });
      // A rule keeps its id when it keeps its name, as AWS does across versions.
      for (const rule of rules) rule.RuleId = plan.rules.find((r) => r.RuleName === rule.RuleName)?.RuleId ?? rule.RuleId;
      Object.assign(plan, { name, rules, versionId: versionId() });
      return changed({ BackupPlanId: plan.id, BackupPlanArn: plan.arn, CreationDate: new Date(plan.createdMs), VersionId: plan.versionId });
    },
    DeleteBackupPlan(input, ctx) {
      const state = regionOf(deps, ctx);
      const plan = requirePlan(state, input.BackupPlanId);
      if (Object.values(state.selections).some((s) => s.planId === plan.id)) throw invalidRequest('Related backup plan selections must be deleted prior to backup plan deletion');
      plan.deletedMs = ctx.clock.now();
      return changed({ BackupPlanId: plan.id, BackupPlanArn: plan.arn, DeletionDate: new Date(plan.deletedMs), VersionId: plan.versionId });
    },
    CreateBackupSelection(input, ctx) {
      const state = regionOf(deps, ctx);
      const plan = requirePlan(state, input.BackupPlanId);
      const s = (input.BackupSelection ?? {}) as { SelectionName?: string; IamRoleArn?: string; Resources?: string[]; NotResources?: string[]; ListOfTags?: SelectionRecord['listOfTags'] };
      if (!s.SelectionName || !RULE_NAME.test(s.SelectionName)) throw invalidParameter(`Invalid selection name ${String(s.SelectionName)}`);
      if (!s.IamRoleArn) throw missingParameter('IamRoleArn is required');
      if (!/^arn:aws:iam::\d{12}:role\/.+/.test(s.IamRoleArn)) throw invalidParameter(`Invalid IAM role ARN ${s.IamRoleArn}`);
      const selection: SelectionRecord = { id: uuid(), planId: plan.id, name: s.SelectionName, iamRoleArn: s.IamRoleArn, resources: s.Resources ?? [], notResources: s.NotResources ?? [], listOfTags: s.ListOfTags ?? [], createdMs: ctx.clock.now() };
      if (typeof input.CreatorRequestId === 'string') selection.creatorRequestId = input.CreatorRequestId;
      state.selections[selection.id] = selection;
      return changed({ SelectionId: selection.id, BackupPlanId: plan.id, CreationDate: new Date(selection.createdMs) });
    },
    GetBackupSelection(input, ctx) {
      const s = requireSelection(regionOf(deps, ctx), input.BackupPlanId, input.SelectionId);
      return { BackupSelection: selectionView(s), SelectionId: s.id, BackupPlanId: s.planId, CreationDate: new Date(s.createdMs), CreatorRequestId: s.creatorRequestId };
    },
    ListBackupSelections(input, ctx) {
      const state = regionOf(deps, ctx);
      const plan = requirePlan(state, input.BackupPlanId);
      const selections = Object.values(state.selections).filter((s) => s.planId === plan.id).sort((a, b) => a.createdMs - b.createdMs);
      const { items, NextToken } = page(
        selections.map((s) => ({ SelectionId: s.id, SelectionName: s.name, BackupPlanId: s.planId, CreationDate: new Date(s.createdMs), CreatorRequestId: s.creatorRequestId, IamRoleArn: s.iamRoleArn })),
        input,
      );
      return { BackupSelectionsList: items, NextToken };
    },
    DeleteBackupSelection(input, ctx) {
      const state = regionOf(deps, ctx);
      const s = requireSelection(state, input.BackupPlanId, input.SelectionId);
      delete state.selections[s.id];
      return {};
    },
  };
}
