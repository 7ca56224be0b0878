import { regionSchema } from '../../../shared/validation/aws';

export type RegionCheck = { ok: true; region: string } | { ok: false; message: string };

/** Loaded on demand: the schema library is not part of the shell's first chunk. */
export function checkRegion(code: string): RegionCheck {
  const parsed = regionSchema.safeParse(code);
  if (parsed.success) return { ok: true, region: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Not a region code.' };
}
