export const LOGS_REQUESTS = [
  'logs.groups',
  'logs.streams',
  'logs.setRetention',
  'logs.ack',
  'logs.search',
  'logs.older',
  'logs.startQuery',
  'logs.queryResults',
  'logs.stopQuery',
  'logs.listSavedQueries',
  'logs.saveQuery',
  'logs.deleteSavedQuery',
] as const;
export const LOGS_STREAMS = ['logs.tail'] as const;
