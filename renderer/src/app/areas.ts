import { activityArea } from '../features/activity/area';
import { alarmsArea } from '../features/alarms/area';
import { apiArea } from '../features/api/area';
import { dataArea } from '../features/data/area';
import { endpointsArea } from '../features/endpoints/area';
import { experimentsArea } from '../features/experiments/area';
import { processingArea, trainingArea } from '../features/jobs/area';
import { logsArea } from '../features/logs/area';
import { overviewArea } from '../features/overview/area';
import { profilesArea } from '../features/profiles/area';
import { registryArea } from '../features/registry/area';
import { securityArea } from '../features/security/area';
import { AREA_IDS, type AreaId, type AreaManifest } from './area-manifest';

export { AREA_IDS } from './area-manifest';
export type { AreaCommand, AreaDefinition, AreaId, AreaInfo, AreaManifest, AreaProps } from './area-manifest';

/*
 * The shell's only knowledge of areas: their manifests. Adding an area is writing its
 * features/<area>/area.ts and listing it here (DESIGN.md "Areas").
 */
const manifests: readonly AreaManifest[] = [
  overviewArea,
  dataArea,
  processingArea,
  trainingArea,
  experimentsArea,
  endpointsArea,
  logsArea,
  alarmsArea,
  registryArea,
  activityArea,
  profilesArea,
  apiArea,
  securityArea,
];

/** In sidebar order (AREA_IDS), whatever order the manifests are listed in. */
export const AREAS: readonly AreaManifest[] = AREA_IDS.map((id) => {
  const manifest = manifests.find((candidate) => candidate.id === id);
  if (!manifest) throw new Error(`No manifest for area ${id}`);
  return manifest;
});

export const DEFAULT_AREA: AreaId = 'overview';

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export function areaById(id: AreaId): AreaManifest {
  const area = AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`No area ${id}`);
  return area;
}
