import type { TagSource } from '../../types';
import { tagList, tagMap } from '../tagging/directory';
import { groupByArn } from './group-operations';
import type { SchedulerStore } from './store';

/** Schedule groups as `scheduler:schedule-group`: in EventBridge Scheduler only groups carry tags, schedules do not. */
export function schedulerTagSource(store: SchedulerStore): TagSource {
  return {
    service: 'scheduler',
    list: (where) => [...store.region(where).groups.values()].map((group) => ({ arn: group.arn, resourceType: 'scheduler:schedule-group', tags: tagMap(group.tags) })),
    read: (where, arn) => tagMap(groupByArn(store, where, arn).tags),
    write: (where, arn, tags) => {
      groupByArn(store, where, arn).tags = tagList(tags);
    },
  };
}
