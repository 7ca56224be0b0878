import { join } from 'node:path';
import { openJsonFile } from '../../storage/json-file';

/** The regions chosen for each profile, on this machine only (`compliance-regions.json` in the data dir). */
export function regionsStore(dataDir: string) {
  const file = openJsonFile<Record<string, string[]>>(join(dataDir, 'compliance-regions.json'), () => ({}), (parsed) => typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed));
  return {
    async get(profile: string): Promise<string[] | undefined> {
      const regions = (await file.read())[profile];
      return Array.isArray(regions) && regions.length ? regions : undefined;
    },
    set: (profile: string, regions: string[]) =>
      file.serial(async () => {
        await file.write({ ...(await file.read()), [profile]: regions });
        return regions;
      }),
  };
}
export type RegionsStore = ReturnType<typeof regionsStore>;
