export const JOBS_REQUESTS = [
  'jobs.list',
  'jobs.describe',
  'jobs.instances',
  'jobs.start',
  'jobs.stop',
  'jobs.metrics',
  'jobs.logStreams',
  'jobs.listTemplates',
  'jobs.saveTemplate',
  'jobs.deleteTemplate',
  'jobs.listSchedules',
  'jobs.createSchedule',
  'jobs.setScheduleState',
  'jobs.deleteSchedule',
] as const;
export const JOBS_STREAMS = ['jobs.watch'] as const;
