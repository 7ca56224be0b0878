export const LOAD_BALANCERS_REQUESTS = [
  'loadBalancers.list',
  'loadBalancers.describe',
  'loadBalancers.targets',
  'loadBalancers.registerTargets',
  'loadBalancers.deregisterTargets',
  'loadBalancers.updateHealthCheck',
] as const;
export const LOAD_BALANCERS_STREAMS = ['loadBalancers.watchTargets'] as const;
