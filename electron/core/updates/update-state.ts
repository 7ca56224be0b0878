import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';

const stored = z.object({
  consent: z.enum(['unasked', 'granted', 'declined']).catch('unasked'),
  lastCheck: z.number().optional().catch(undefined),
  available: z.object({ version: z.string(), url: z.string() }).optional().catch(undefined),
});

export type UpdateState = z.infer<typeof stored>;

/** updates.json in the app data dir: the user's answer, when the feed was last read and what it said. */
export async function readUpdateState(dataDir: string): Promise<UpdateState> {
  try {
    return stored.parse(JSON.parse(await readFile(join(dataDir, 'updates.json'), 'utf8')));
  } catch {
    // Missing or damaged: ask again rather than fail the app's start.
    return { consent: 'unasked' };
  }
}

export async function writeUpdateState(dataDir: string, state: UpdateState): Promise<void> {
  await writeFileAtomic(join(dataDir, 'updates.json'), `${JSON.stringify(state, null, 2)}\n`);
}
