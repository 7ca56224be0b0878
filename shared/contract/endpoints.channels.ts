export const ENDPOINTS_REQUESTS = [
  'endpoints.list',
  'endpoints.describe',
  'endpoints.metrics',
  'endpoints.alarms',
  'endpoints.deploy',
  'endpoints.rollbackPlan',
  'endpoints.rollback',
  'endpoints.scaling',
  'endpoints.scalingCost',
  'endpoints.setScaling',
  'endpoints.changeInstanceType',
  'endpoints.budget',
  'endpoints.setBudget',
  'endpoints.invoke',
  'endpoints.recentPayloads',
] as const;
export const ENDPOINTS_STREAMS = ['endpoints.watch', 'endpoints.deployment'] as const;
