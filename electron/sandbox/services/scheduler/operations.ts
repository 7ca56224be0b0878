import type { CreateScheduleOutput, GetScheduleOutput, ListSchedulesOutput, Target, UpdateScheduleOutput } from '@aws-sdk/client-scheduler';
import { asRecord, asString } from '../../protocols/values';
import type { OperationContext, OperationHandler } from '../../types';
import type { Checker } from '../cloudwatch/input';
import { paginate } from '../cloudwatch/pagination';
import { conflict, scheduleNotFound, validation } from './errors';
import { NAME, checker, whereOf } from './common';
import { existingGroup } from './group-operations';
import { parseExpression } from '../../../../shared/schedule/expression';
import { CREATE_PROCESSING_JOB_TARGET, DEFAULT_GROUP, type ScheduleRecord } from './model';
import type { ScheduleRunner } from './runner';
import { type SchedulerStore, scheduleArn, scheduleKey } from './store';
import { isTimeZone } from '../../../../shared/schedule/zoned-time';

const ROLE_ARN = { min: 1, max: 1600, pattern: /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/, patternText: '^arn:aws(-[a-z]+)?:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+$' } as const;

function parseTarget(check: Checker, value: unknown): Target {
  const record = asRecord(value);
  if (!record) {
    check.string(undefined, 'target', { required: true });
    return { Arn: '', RoleArn: '' };
  }
  const target: Target = {
    Arn: check.string(record.Arn, 'target.arn', { required: true, min: 1, max: 1600 }) ?? '',
    RoleArn: check.string(record.RoleArn, 'target.roleArn', { required: true, ...ROLE_ARN }) ?? '',
  };
  const input = check.string(record.Input, 'target.input', { min: 1 });
  if (input !== undefined) target.Input = input;
  const retry = asRecord(record.RetryPolicy) ?? {};
  target.RetryPolicy = {
    MaximumEventAgeInSeconds: check.integer(retry.MaximumEventAgeInSeconds, 'target.retryPolicy.maximumEventAgeInSeconds', { min: 60, max: 86400 }) ?? 86400,
    MaximumRetryAttempts: check.integer(retry.MaximumRetryAttempts, 'target.retryPolicy.maximumRetryAttempts', { min: 0, max: 185 }) ?? 185,
  };
  const deadLetter = asRecord(record.DeadLetterConfig);
  if (deadLetter) target.DeadLetterConfig = { Arn: check.string(deadLetter.Arn, 'target.deadLetterConfig.arn', { min: 1, max: 1600 }) };
  return target;
}

/** Create and Update take the same full definition (an update replaces every member). */
function parseDefinition(input: Record<string, unknown>, ctx: OperationContext, existing?: ScheduleRecord): ScheduleRecord {
  const check = checker();
  const name = check.string(input.Name, 'name', { required: true, ...NAME }) ?? '';
  const groupName = check.string(input.GroupName, 'groupName', NAME) ?? DEFAULT_GROUP;
  const expression = check.string(input.ScheduleExpression, 'scheduleExpression', { required: true, min: 1, max: 256 }) ?? '';
  const timeZone = check.string(input.ScheduleExpressionTimezone, 'scheduleExpressionTimezone', { min: 1, max: 50 }) ?? 'UTC';
  const description = check.string(input.Description, 'description', { max: 512 });
  const state = check.string(input.State, 'state', { enum: ['ENABLED', 'DISABLED'] }) ?? 'ENABLED';
  const start = check.date(input.StartDate, 'startDate');
  const end = check.date(input.EndDate, 'endDate');
  const kmsKeyArn = check.string(input.KmsKeyArn, 'kmsKeyArn', { min: 1, max: 2048 });
  const after = check.string(input.ActionAfterCompletion, 'actionAfterCompletion', { enum: ['NONE', 'DELETE'] }) ?? 'NONE';
  const window = asRecord(input.FlexibleTimeWindow);
  const mode = window ? check.string(window.Mode, 'flexibleTimeWindow.mode', { required: true, enum: ['OFF', 'FLEXIBLE'] }) : check.string(undefined, 'flexibleTimeWindow', { required: true });
  const maxWindow = window ? check.integer(window.MaximumWindowInMinutes, 'flexibleTimeWindow.maximumWindowInMinutes', { min: 1, max: 1440 }) : undefined;
  const target = parseTarget(check, input.Target);
  check.done();

  if (!parseExpression(expression)) throw validation(`Invalid Schedule Expression ${expression}.`);
  if (!isTimeZone(timeZone)) throw validation(`Invalid Schedule Expression Timezone ${timeZone}.`);
  if (mode === 'FLEXIBLE' && maxWindow === undefined) throw validation('MaximumWindowInMinutes must be provided when the FlexibleTimeWindow mode is FLEXIBLE.');
  if (mode === 'OFF' && maxWindow !== undefined) throw validation('MaximumWindowInMinutes must not be provided when the FlexibleTimeWindow mode is OFF.');
  if (start && end && start.getTime() >= end.getTime()) throw validation('The StartDate must come before the EndDate.');
  if (end && end.getTime() <= ctx.clock.now()) throw validation('The EndDate must be in the future.');
  if (target.Arn === CREATE_PROCESSING_JOB_TARGET) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(target.Input ?? '');
    } catch {
      parsed = undefined;
    }
    if (!asRecord(parsed)) throw validation(`Target Input must be a JSON object with the CreateProcessingJob request for ${CREATE_PROCESSING_JOB_TARGET}.`);
  }

  const where = whereOf(ctx);
  const now = ctx.clock.now();
  const record: ScheduleRecord = {
    name,
    groupName,
    arn: scheduleArn(where, groupName, name),
    expression,
    timeZone,
    state: state as ScheduleRecord['state'],
    // FLEXIBLE is accepted and kept, but the sandbox fires at the exact time (as with OFF).
    flexibleTimeWindow: maxWindow === undefined ? { Mode: mode as 'OFF' } : { Mode: 'FLEXIBLE', MaximumWindowInMinutes: maxWindow },
    target,
    actionAfterCompletion: after as ScheduleRecord['actionAfterCompletion'],
    createdMs: existing?.createdMs ?? now,
    modifiedMs: now,
    invocations: existing?.invocations ?? [],
  };
  if (description !== undefined) record.description = description;
  if (start) record.startMs = start.getTime();
  if (end) record.endMs = end.getTime();
  if (kmsKeyArn !== undefined) record.kmsKeyArn = kmsKeyArn;
  return record;
}

export function describeSchedule(schedule: ScheduleRecord): GetScheduleOutput {
  return {
    ActionAfterCompletion: schedule.actionAfterCompletion,
    Arn: schedule.arn,
    CreationDate: new Date(schedule.createdMs),
    Description: schedule.description,
    EndDate: schedule.endMs === undefined ? undefined : new Date(schedule.endMs),
    FlexibleTimeWindow: schedule.flexibleTimeWindow,
    GroupName: schedule.groupName,
    KmsKeyArn: schedule.kmsKeyArn,
    LastModificationDate: new Date(schedule.modifiedMs),
    Name: schedule.name,
    ScheduleExpression: schedule.expression,
    ScheduleExpressionTimezone: schedule.timeZone,
    StartDate: schedule.startMs === undefined ? undefined : new Date(schedule.startMs),
    State: schedule.state,
    Target: schedule.target,
  };
}




export function schedulerOperations(store: SchedulerStore, runner: ScheduleRunner): Record<string, OperationHandler> {
  return {
    CreateSchedule: (input, ctx): CreateScheduleOutput => {
      const record = parseDefinition(input, ctx);
      const where = whereOf(ctx);
      existingGroup(store, where, record.groupName);
      const schedules = store.region(where).schedules;
      if (schedules.has(scheduleKey(record.groupName, record.name))) throw conflict(`Schedule ${record.name} already exists.`);
      schedules.set(scheduleKey(record.groupName, record.name), record);
      runner.arm(where, record);
      return { ScheduleArn: record.arn };
    },

    UpdateSchedule: (input, ctx): UpdateScheduleOutput => {
      const where = whereOf(ctx);
      const groupName = asString(input.GroupName) ?? DEFAULT_GROUP;
      const current = store.region(where).schedules.get(scheduleKey(groupName, asString(input.Name) ?? ''));
      const record = parseDefinition(input, ctx, current);
      if (!current) throw scheduleNotFound(record.name);
      store.region(where).schedules.set(scheduleKey(record.groupName, record.name), record);
      runner.arm(where, record);
      return { ScheduleArn: record.arn };
    },

    GetSchedule: (input, ctx): GetScheduleOutput => {
      const check = checker();
      const name = check.string(input.Name, 'name', { required: true, ...NAME }) ?? '';
      const groupName = check.string(input.GroupName, 'groupName', NAME) ?? DEFAULT_GROUP;
      check.done();
      const schedule = store.region(whereOf(ctx)).schedules.get(scheduleKey(groupName, name));
      if (!schedule) throw scheduleNotFound(name);
      return describeSchedule(schedule);
    },

    DeleteSchedule: (input, ctx) => {
      const check = checker();
      const name = check.string(input.Name, 'name', { required: true, ...NAME }) ?? '';
      const groupName = check.string(input.GroupName, 'groupName', NAME) ?? DEFAULT_GROUP;
      check.done();
      const where = whereOf(ctx);
      const schedules = store.region(where).schedules;
      if (!schedules.delete(scheduleKey(groupName, name))) throw scheduleNotFound(name);
      runner.disarm(where, { groupName, name });
      return {};
    },

    ListSchedules: (input, ctx): ListSchedulesOutput => {
      const check = checker();
      const prefix = check.string(input.NamePrefix, 'namePrefix', NAME);
      const state = check.string(input.State, 'state', { enum: ['ENABLED', 'DISABLED'] });
      const groupName = check.string(input.GroupName, 'groupName', NAME);
      const maxResults = check.integer(input.MaxResults, 'maxResults', { min: 1, max: 100 }) ?? 100;
      const nextToken = check.string(input.NextToken, 'nextToken', { min: 1, max: 2048 });
      check.done();
      const where = whereOf(ctx);
      if (groupName !== undefined) existingGroup(store, where, groupName);
      const matched = [...store.region(where).schedules.values()]
        .filter((s) => (prefix === undefined || s.name.startsWith(prefix)) && (state === undefined || s.state === state) && (groupName === undefined || s.groupName === groupName))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.groupName < b.groupName ? -1 : 1));
      const { page, nextToken: next } = paginate(matched, maxResults, nextToken, `ls:${prefix ?? ''}:${state ?? ''}:${groupName ?? ''}`);
      const output: ListSchedulesOutput = {
        Schedules: page.map((s) => ({
          Arn: s.arn,
          CreationDate: new Date(s.createdMs),
          GroupName: s.groupName,
          LastModificationDate: new Date(s.modifiedMs),
          Name: s.name,
          State: s.state,
          Target: { Arn: s.target.Arn },
        })),
      };
      if (next !== undefined) output.NextToken = next;
      return output;
    },
  };
}
