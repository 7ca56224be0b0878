import type {
  CreateScheduleGroupOutput,
  GetScheduleGroupOutput,
  ListScheduleGroupsOutput,
  ListTagsForResourceOutput,
  Tag,
} from '@aws-sdk/client-scheduler';
import { asRecord, asString, asStringList } from '../../protocols/values';
import type { OperationHandler, Where } from '../../types';
import { paginate } from '../cloudwatch/pagination';
import { conflict, groupNotFound, notFound, validation } from './errors';
import { DEFAULT_GROUP, type GroupRecord } from './model';
import { NAME, checker, whereOf } from './common';
import type { ScheduleRunner } from './runner';
import { type SchedulerStore, groupArn, scheduleKey } from './store';

function describeGroup(group: GroupRecord): GetScheduleGroupOutput {
  return {
    Arn: group.arn,
    CreationDate: new Date(group.createdMs),
    LastModificationDate: new Date(group.modifiedMs),
    Name: group.name,
    State: 'ACTIVE',
  };
}

export function existingGroup(store: SchedulerStore, where: Where, name: string): GroupRecord {
  const group = store.region(where).groups.get(name);
  if (!group) throw groupNotFound(name);
  return group;
}

export function groupByArn(store: SchedulerStore, where: Where, arn: string | undefined): GroupRecord {
  const prefix = groupArn(where, '');
  const group = arn?.startsWith(prefix) ? store.region(where).groups.get(arn.slice(prefix.length)) : undefined;
  if (!group) throw notFound(`Resource ${arn ?? ''} does not exist.`);
  return group;
}

/** TagList (0..200) of Tag { Key 1..128, Value 1..256 } as the model has it. */
function readTags(check: ReturnType<typeof checker>, value: unknown, required: boolean): Tag[] {
  return (check.list(value, 'tags', { required, max: 200 }) ?? []).map((item, index): Tag => {
    const record = asRecord(item) ?? {};
    return {
      Key: check.string(record.Key, `tags.${index + 1}.member.key`, { required: true, min: 1, max: 128 }) ?? '',
      Value: check.string(record.Value, `tags.${index + 1}.member.value`, { required: true, min: 1, max: 256 }) ?? '',
    };
  });
}

/** User tags may not use AWS's reserved `aws:` prefix (any case); checked once the shapes pass. */
function refuseReservedTags(tags: Tag[]): void {
  const reserved = tags.find((tag) => tag.Key?.toLowerCase().startsWith('aws:'));
  if (reserved) throw validation(`Invalid tag key ${reserved.Key ?? ''}: the prefix 'aws:' is reserved for AWS use.`);
}

/** Schedule groups (the `default` group always exists) and their tags. */
export function groupOperations(store: SchedulerStore, runner: ScheduleRunner): Record<string, OperationHandler> {
  return {
    CreateScheduleGroup: (input, ctx): CreateScheduleGroupOutput => {
      const check = checker();
      const name = check.string(input.Name, 'name', { required: true, ...NAME }) ?? '';
      const tags = readTags(check, input.Tags, false);
      check.done();
      refuseReservedTags(tags);
      const where = whereOf(ctx);
      const groups = store.region(where).groups;
      if (groups.has(name)) throw conflict(`Schedule group ${name} already exists.`);
      const now = ctx.clock.now();
      const group: GroupRecord = { name, arn: groupArn(where, name), createdMs: now, modifiedMs: now, tags };
      groups.set(name, group);
      return { ScheduleGroupArn: group.arn };
    },

    GetScheduleGroup: (input, ctx): GetScheduleGroupOutput => describeGroup(existingGroup(store, whereOf(ctx), asString(input.Name) ?? '')),

    ListScheduleGroups: (input, ctx): ListScheduleGroupsOutput => {
      const check = checker();
      const prefix = check.string(input.NamePrefix, 'namePrefix', NAME);
      const maxResults = check.integer(input.MaxResults, 'maxResults', { min: 1, max: 100 }) ?? 100;
      const nextToken = check.string(input.NextToken, 'nextToken', { min: 1, max: 2048 });
      check.done();
      const groups = [...store.region(whereOf(ctx)).groups.values()]
        .filter((group) => prefix === undefined || group.name.startsWith(prefix))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      const { page, nextToken: next } = paginate(groups, maxResults, nextToken, `lg:${prefix ?? ''}`);
      const output: ListScheduleGroupsOutput = { ScheduleGroups: page.map(describeGroup) };
      if (next !== undefined) output.NextToken = next;
      return output;
    },

    DeleteScheduleGroup: (input, ctx) => {
      const name = asString(input.Name) ?? '';
      const where = whereOf(ctx);
      existingGroup(store, where, name);
      if (name === DEFAULT_GROUP) throw validation('The default schedule group cannot be deleted.');
      const region = store.region(where);
      for (const schedule of [...region.schedules.values()]) {
        if (schedule.groupName !== name) continue;
        runner.disarm(where, schedule);
        region.schedules.delete(scheduleKey(schedule.groupName, schedule.name));
      }
      region.groups.delete(name);
      return {};
    },

    TagResource: (input, ctx) => {
      const check = checker();
      const tags = readTags(check, input.Tags, true);
      check.done();
      refuseReservedTags(tags);
      const group = groupByArn(store, whereOf(ctx), asString(input.ResourceArn));
      for (const tag of tags) group.tags = [...group.tags.filter((existing) => existing.Key !== tag.Key), tag];
      return {};
    },

    UntagResource: (input, ctx) => {
      const group = groupByArn(store, whereOf(ctx), asString(input.ResourceArn));
      const keys = asStringList(input.TagKeys) ?? [];
      group.tags = group.tags.filter((tag) => !keys.includes(tag.Key ?? ''));
      return {};
    },

    ListTagsForResource: (input, ctx): ListTagsForResourceOutput => ({ Tags: groupByArn(store, whereOf(ctx), asString(input.ResourceArn)).tags }),
  };
}
