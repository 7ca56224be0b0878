import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { JobTemplate } from '../../../../shared/domain/jobs';
import type { JobStartInput } from '../../../../shared/validation/sagemaker';
import { openJsonFile } from '../../storage/json-file';

export interface JobTemplates {
  list(): Promise<JobTemplate[]>;
  save(name: string, input: JobStartInput): Promise<JobTemplate>;
  remove(id: string): Promise<boolean>;
}

/**
 * Saved start forms, in `job-templates.json` in the app data dir (private to the user, written
 * atomically). A template with the same name replaces the older one.
 */
export function openJobTemplates(dataDir: string, now: () => number = Date.now): JobTemplates {
  const { read, write, serial } = openJsonFile<JobTemplate[]>(
    join(dataDir, 'job-templates.json'),
    () => [],
    Array.isArray,
  );
  return {
    list: async () => (await read()).sort((a, b) => a.name.localeCompare(b.name)),
    save: (name, input) =>
      serial(async () => {
        const template: JobTemplate = { id: randomUUID(), name, savedAt: new Date(now()).toISOString(), input };
        const kept = (await read()).filter((existing) => existing.name !== name);
        await write([...kept, template]);
        return template;
      }),
    remove: (id) =>
      serial(async () => {
        const all = await read();
        const kept = all.filter((template) => template.id !== id);
        if (kept.length === all.length) return false;
        await write(kept);
        return true;
      }),
  };
}
