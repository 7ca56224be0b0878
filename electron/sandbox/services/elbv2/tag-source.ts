import type { TagSource } from '../../types';
import { tagList, tagMap } from '../tagging/directory';
import type { ElbStore } from './model';
import { requireResource } from './tags';

/** Load balancers, target groups, listeners and rules as `elasticloadbalancing:<type>`, with the tags AddTags keeps. */
export function elbTagSource(store: ElbStore): TagSource {
  return {
    service: 'elasticloadbalancing',
    list: (where) => {
      const region = store.region(where);
      const records = [region.loadBalancers, region.targetGroups, region.listeners, region.rules].flatMap((group) => Object.values(group));
      return records.map((record) => ({
        arn: record.arn,
        resourceType: `elasticloadbalancing:${record.arn.split(':')[5]?.split('/')[0] ?? ''}`,
        tags: tagMap(region.tags[record.arn]),
      }));
    },
    read: (where, arn) => {
      const region = store.region(where);
      requireResource(region, arn);
      return tagMap(region.tags[arn]);
    },
    write: (where, arn, tags) => {
      const region = store.region(where);
      requireResource(region, arn);
      region.tags[arn] = tagList(tags);
    },
  };
}
