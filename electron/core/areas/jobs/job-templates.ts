import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobTemplate } from '../../../../shared/domain/jobs';
import type { JobStartInput } from '../../../../shared/validation/sagemaker';
import { writeFileAtomic } from '../../storage/atomic-write';

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
  const file = join(dataDir, 'job-templates.json');
  const read = async (): Promise<JobTemplate[]> => {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
      return Array.isArray(parsed) ? (parsed as JobTemplate[]) : [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    list: async () => (await read()).sort((a, b) => a.name.localeCompare(b.name)),
    save: (name, input) =>
      serial(async () => {
        const template: JobTemplate = { id: randomUUID(), name, savedAt: new Date(now()).toISOString(), input };
        const kept = (await read()).filter((existing) => existing.name !== name);
        await writeFileAtomic(file, JSON.stringify([...kept, template], null, 2));
        return template;
      }),
    remove: (id) =>
      serial(async () => {
        const all = await read();
        const kept = all.filter((template) => template.id !== id);
        if (kept.length === all.length) return false;
        await writeFileAtomic(file, JSON.stringify(kept, null, 2));
        return true;
      }),
  };
}
