import type { AreaManifest } from '../../app/area-manifest';

export const overviewArea: AreaManifest = {
  id: 'overview',
  label: 'Overview',
  summary: 'The current profile and region, and what each area of the console does.',
  load: () => import('./OverviewArea'),
};
