export const ALARMS_REQUESTS = [
  'alarms.list',
  'alarms.history',
  'alarms.disableActions',
  'alarms.enableActions',
  'alarms.recommendations',
  'alarms.createRecommended',
  'alarms.update',
  'alarms.delete',
] as const;
export const ALARMS_STREAMS = ['alarms.watch'] as const;
