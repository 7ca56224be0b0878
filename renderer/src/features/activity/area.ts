import type { AreaManifest } from '../../app/area-manifest';

export const activityArea: AreaManifest = {
  id: 'activity',
  label: 'Activity',
  summary: 'Every change made from SageDeck: who, where, what and whether it worked.',
  load: () => import('./ActivityArea'),
};
