import type { TagSource } from '../../types';
import { tagList, tagMap } from '../tagging/directory';
import { findByArn } from './alarm-operations';
import type { AlarmStore } from './alarm-store';

/** Metric alarms as `cloudwatch:alarm`, with the tags PutMetricAlarm and TagResource keep. */
export function alarmTagSource(alarms: AlarmStore): TagSource {
  return {
    service: 'cloudwatch',
    list: (where) => alarms.list(where).map((alarm) => ({ arn: alarm.arn, resourceType: 'cloudwatch:alarm', tags: tagMap(alarm.tags) })),
    read: (where, arn) => tagMap(findByArn(alarms, where, arn).tags),
    write: (where, arn, tags) => {
      findByArn(alarms, where, arn).tags = tagList(tags);
    },
  };
}
