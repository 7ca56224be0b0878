import { readFile, stat } from 'node:fs/promises';
import { normalize, resolve, sep } from 'node:path';
import { contentTypeFor } from '../core/static/content-types';

export interface StaticFile {
  body: Buffer;
  contentType: string;
  immutable: boolean;
}

/**
 * Resolves a URL path inside the built renderer only: `..`, encoded separators and absolute paths
 * cannot reach outside it. Returns undefined for anything that is not a file there.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, normalize(relative));
  if (!full.startsWith(base + sep)) return undefined;
  try {
    if (!(await stat(full)).isFile()) return undefined;
    return {
      body: await readFile(full),
      contentType: contentTypeFor(full),
      immutable: full.includes(`${sep}assets${sep}`),
    };
  } catch {
    return undefined;
  }
}
