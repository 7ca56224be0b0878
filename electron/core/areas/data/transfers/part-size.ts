const MiB = 1024 * 1024;

/** 8 MiB parts: S3's minimum is 5 MiB (all but the last); bigger parts mean fewer requests. */
export const DEFAULT_PART_BYTES = 8 * MiB;
/** S3 numbers parts 1..10,000. */
export const MAX_PARTS = 10_000;

/**
 * The part size for a file: the default, or the smallest whole number of MiB that keeps the file
 * within 10,000 parts (a 5 TiB file gets 525 MiB parts, under S3's 5 GiB part limit).
 */
export function partSizeFor(fileBytes: number, preferred = DEFAULT_PART_BYTES): number {
  const needed = Math.ceil(fileBytes / MAX_PARTS / MiB) * MiB;
  return Math.max(preferred, needed);
}

/** Files that fit in one part go up with one PutObject; bigger ones as a multipart upload. */
export const isMultipart = (fileBytes: number, partBytes: number): boolean => fileBytes > partBytes;
