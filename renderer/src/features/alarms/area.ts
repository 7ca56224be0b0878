import type { AreaManifest } from '../../app/area-manifest';

/** CloudWatch alarms: the board, one alarm's history and chart, recommended alarms (routes in alarm-routes.ts). */
export const alarmsArea: AreaManifest = {
  id: 'alarms',
  label: 'Alarms & metrics',
  summary: 'See CloudWatch alarm states and the metrics behind them.',
  paletteCommands: [
    { id: 'alarms-in-alarm', label: 'Alarms in ALARM', keywords: 'alarm firing cloudwatch state', path: '/alarms?state=ALARM' },
    { id: 'alarms-board', label: 'Alarm board', keywords: 'alarms cloudwatch metrics board', path: '/alarms' },
  ],
  load: () => import('./AlarmsArea'),
};
