import type { RestRoute } from '../../types';

/** EventBridge Scheduler's HTTP bindings (botocore scheduler/2021-06-30). */
export const SCHEDULER_ROUTES: RestRoute[] = [
  { operation: 'CreateSchedule', method: 'POST', path: '/schedules/{Name}' },
  { operation: 'UpdateSchedule', method: 'PUT', path: '/schedules/{Name}' },
  { operation: 'GetSchedule', method: 'GET', path: '/schedules/{Name}', query: { GroupName: 'groupName' } },
  { operation: 'DeleteSchedule', method: 'DELETE', path: '/schedules/{Name}', query: { GroupName: 'groupName', ClientToken: 'clientToken' } },
  {
    operation: 'ListSchedules',
    method: 'GET',
    path: '/schedules',
    query: { GroupName: 'ScheduleGroup', MaxResults: 'MaxResults', NamePrefix: 'NamePrefix', NextToken: 'NextToken', State: 'State' },
  },
  { operation: 'CreateScheduleGroup', method: 'POST', path: '/schedule-groups/{Name}' },
  { operation: 'GetScheduleGroup', method: 'GET', path: '/schedule-groups/{Name}' },
  { operation: 'DeleteScheduleGroup', method: 'DELETE', path: '/schedule-groups/{Name}', query: { ClientToken: 'clientToken' } },
  { operation: 'ListScheduleGroups', method: 'GET', path: '/schedule-groups', query: { MaxResults: 'MaxResults', NamePrefix: 'NamePrefix', NextToken: 'NextToken' } },
  { operation: 'TagResource', method: 'POST', path: '/tags/{ResourceArn}' },
  { operation: 'UntagResource', method: 'DELETE', path: '/tags/{ResourceArn}', query: { TagKeys: 'TagKeys' } },
  { operation: 'ListTagsForResource', method: 'GET', path: '/tags/{ResourceArn}' },
];
