import { invalid } from './transfer-errors';

/**
 * Each file's key: the prefix plus its path in the chosen folder, with Windows separators made
 * S3's `/`. Two files landing on one key would silently overwrite each other, so that is refused.
 */
export function uploadKeys(prefix: string, files: readonly { relativePath: string }[]): string[] {
  const keys = files.map((file) => prefix + file.relativePath.replaceAll('\\', '/'));
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    const earlier = seen.get(key);
    if (earlier !== undefined) throw invalid(`Files ${earlier + 1} and ${index + 1} would both be uploaded as ${key}.`, `files.${index}.relativePath`);
    if (new TextEncoder().encode(key).length > 1024) throw invalid(`${key} is longer than S3's 1,024-byte key limit.`, `files.${index}.relativePath`);
    seen.set(key, index);
  });
  return keys;
}
