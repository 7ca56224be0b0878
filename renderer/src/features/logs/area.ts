import type { AreaManifest } from '../../app/area-manifest';

/** CloudWatch Logs: log groups, Logs Insights and live tails (routes in logs-routes.ts). */
export const logsArea: AreaManifest = {
  id: 'logs',
  label: 'Logs',
  summary: 'Tail CloudWatch log groups, jobs and endpoints live, search past log events and query them with Logs Insights.',
  paletteCommands: [
    { id: 'logs-tails', label: 'Open live log tails', keywords: 'logs tail follow live stream cloudwatch', path: '/logs/tail' },
    { id: 'logs-groups', label: 'Log groups', keywords: 'logs cloudwatch groups retention', path: '/logs' },
    { id: 'logs-insights', label: 'Logs Insights query', keywords: 'logs insights query search stats', path: '/logs/insights' },
  ],
  load: () => import('./LogsArea'),
};
