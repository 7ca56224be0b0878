import type { ListTagsForResourceOutput, Tag } from '@aws-sdk/client-cloudwatch';
import { asString } from '../../protocols/values';
import type { AlarmStateValue, OperationHandler, Where } from '../../types';
import { actionSwitchOperations } from './alarm-actions-switch';
import { alarmNames, parseAlarmDefinition } from './alarm-definition';
import { alarmQueries } from './alarm-queries';
import { type AlarmDefinition, type AlarmRecord, alarmDocument } from './alarm-model';
import type { AlarmStore } from './alarm-store';
import { alarmNotFound, invalidFormat, resourceNotFoundException } from './errors';
import { type AlarmEvaluator, transition } from './evaluator';
import { ALARM_NAME, Checker } from './input';
import { readTags, refuseReservedTags } from './tags';

const STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;
const whereOf = (ctx: { accountId: string; region: string }): Where => ({ accountId: ctx.accountId, region: ctx.region });

export function alarmArn(where: Where, name: string): string {
  return `arn:aws:cloudwatch:${where.region}:${where.accountId}:alarm:${name}`;
}


/** Creates or replaces an alarm (shared by the API and the bus registry). */
export function putAlarm(
  alarms: AlarmStore,
  evaluator: AlarmEvaluator,
  where: Where,
  definition: AlarmDefinition,
  tags: Tag[],
  now: number,
): void {
  const region = alarms.region(where);
  const existing = region.alarms.get(definition.name);
  if (existing) {
    // An update replaces the configuration and keeps the state, as CloudWatch does.
    const updated: AlarmRecord = {
      ...definition,
      arn: existing.arn,
      configUpdatedMs: now,
      state: existing.state,
      stateReason: existing.stateReason,
      stateUpdatedMs: existing.stateUpdatedMs,
      stateTransitionedMs: existing.stateTransitionedMs,
      tags: existing.tags,
    };
    if (existing.stateReasonData !== undefined) updated.stateReasonData = existing.stateReasonData;
    region.alarms.set(definition.name, updated);
    alarms.addHistory(where, {
      alarmName: definition.name,
      timestamp: now,
      type: 'ConfigurationUpdate',
      summary: `Alarm "${definition.name}" updated`,
      data: JSON.stringify({ version: '1.0', type: 'Update', updatedAlarm: alarmDocument(updated), originalUpdatedFields: alarmDocument(existing) }),
    });
  } else {
    const created: AlarmRecord = {
      ...definition,
      arn: alarmArn(where, definition.name),
      configUpdatedMs: now,
      state: 'INSUFFICIENT_DATA',
      stateReason: 'Unchecked: Initial alarm creation',
      stateUpdatedMs: now,
      stateTransitionedMs: now,
      tags,
    };
    region.alarms.set(definition.name, created);
    alarms.addHistory(where, {
      alarmName: definition.name,
      timestamp: now,
      type: 'ConfigurationUpdate',
      summary: `Alarm "${definition.name}" created`,
      data: JSON.stringify({ version: '1.0', type: 'Create', createdAlarm: alarmDocument(created) }),
    });
  }
  evaluator.ensureRunning();
}

export function deleteAlarms(alarms: AlarmStore, where: Where, names: string[], now: number): void {
  const region = alarms.region(where);
  for (const name of names) {
    const alarm = region.alarms.get(name);
    if (!alarm) continue;
    region.alarms.delete(name);
    alarms.addHistory(where, {
      alarmName: name,
      timestamp: now,
      type: 'ConfigurationUpdate',
      summary: `Alarm "${name}" deleted`,
      data: JSON.stringify({ version: '1.0', type: 'Delete', deletedAlarm: alarmDocument(alarm) }),
    });
  }
}

export function findByArn(alarms: AlarmStore, where: Where, arn: string | undefined): AlarmRecord {
  const name = arn?.startsWith(`${alarmArn(where, '')}`) ? arn.slice(alarmArn(where, '').length) : undefined;
  const alarm = name === undefined ? undefined : alarms.get(where, name);
  if (!alarm) throw resourceNotFoundException(`Alarm ${name ?? arn ?? ''} not found.`);
  return alarm;
}

export function alarmOperations(alarms: AlarmStore, evaluator: AlarmEvaluator): Record<string, OperationHandler> {
  return {
    ...alarmQueries(alarms),
    ...actionSwitchOperations(alarms),
    PutMetricAlarm: (input, ctx) => {
      const { definition, tags } = parseAlarmDefinition(input);
      putAlarm(alarms, evaluator, whereOf(ctx), definition, tags, ctx.clock.now());
      return {};
    },

    SetAlarmState: (input, ctx) => {
      const check = new Checker();
      const name = check.string(input.AlarmName, 'alarmName', { required: true, ...ALARM_NAME });
      const state = check.string(input.StateValue, 'stateValue', { required: true, enum: STATES });
      const reason = check.string(input.StateReason, 'stateReason', { required: true, max: 1023 });
      const reasonData = check.string(input.StateReasonData, 'stateReasonData', { max: 4000 });
      check.done();
      const where = whereOf(ctx);
      const alarm = alarms.get(where, name ?? '');
      if (!alarm) throw alarmNotFound(name ?? '');
      if (reasonData !== undefined) {
        try {
          JSON.parse(reasonData);
        } catch {
          throw invalidFormat('The StateReasonData parameter is not valid JSON.');
        }
      }
      // Temporary, as in AWS: the next evaluation (within a minute) decides again.
      transition(alarms, where, alarm, state as AlarmStateValue, reason ?? '', reasonData, ctx.clock.now());
      return {};
    },

    DeleteAlarms: (input, ctx) => {
      const check = new Checker();
      const names = alarmNames(check, input.AlarmNames, 'alarmNames') ?? [];
      if (input.AlarmNames === undefined) check.list(undefined, 'alarmNames', { required: true });
      check.done();
      deleteAlarms(alarms, whereOf(ctx), names, ctx.clock.now());
      return {};
    },

    TagResource: (input, ctx) => {
      const check = new Checker();
      const arn = check.string(input.ResourceARN, 'resourceARN', { required: true, min: 1, max: 1024 });
      const tags = readTags(check, input.Tags, true);
      check.done();
      refuseReservedTags(tags);
      const alarm = findByArn(alarms, whereOf(ctx), arn);
      for (const tag of tags) {
        alarm.tags = alarm.tags.filter((existing) => existing.Key !== tag.Key);
        alarm.tags.push(tag);
      }
      return {};
    },

    UntagResource: (input, ctx) => {
      const check = new Checker();
      const arn = check.string(input.ResourceARN, 'resourceARN', { required: true, min: 1, max: 1024 });
      const keys = (check.list(input.TagKeys, 'tagKeys', { required: true }) ?? []).map((item) => asString(item) ?? '');
      check.done();
      const alarm = findByArn(alarms, whereOf(ctx), arn);
      alarm.tags = alarm.tags.filter((tag) => !keys.includes(tag.Key ?? ''));
      return {};
    },

    ListTagsForResource: (input, ctx): ListTagsForResourceOutput => {
      const check = new Checker();
      const arn = check.string(input.ResourceARN, 'resourceARN', { required: true, min: 1, max: 1024 });
      check.done();
      return { Tags: findByArn(alarms, whereOf(ctx), arn).tags };
    },
  };
}
