import type { AreaManifest } from '../../app/area-manifest';

export const overviewArea: AreaManifest = {
  id: 'overview',
  label: 'Overview',
  summary: 'The current session and the state of each stage of the pipeline: data, processing, training, registry, endpoints, alarms.',
  load: () => import('./OverviewArea'),
};
