import type { AreaManifest } from '../../app/area-manifest';

export const profilesArea: AreaManifest = {
  id: 'profiles',
  label: 'Profiles',
  summary: 'Add profiles whose access keys SageDeck keeps in the OS keychain, and remove them.',
  load: () => import('./ProfilesArea'),
};
