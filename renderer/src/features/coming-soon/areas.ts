import type { AreaId, AreaManifest } from '../../app/area-manifest';

// Areas not built yet share one honest placeholder chunk; each gets its own area.ts when it lands.
const placeholder = (id: AreaId, label: string, summary: string): AreaManifest => ({
  id,
  label,
  summary,
  load: () => import('./ComingSoonArea'),
});

export const comingSoonAreas: readonly AreaManifest[] = [
  placeholder('security', 'Security & cost', 'Review IAM roles, encryption and network settings, and estimate what the pipeline costs.'),
];
