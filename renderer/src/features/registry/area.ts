import type { AreaManifest } from '../../app/area-manifest';

export const registryArea: AreaManifest = {
  id: 'registry',
  label: 'Model registry',
  summary: 'Review model package versions, compare their metrics, and approve or reject them for deployment.',
  paletteCommands: [{ id: 'registry-groups', label: 'Model package groups', keywords: 'registry model package group version approve', path: '/registry' }],
  load: () => import('./RegistryArea'),
};
