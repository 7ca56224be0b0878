import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BenchFile {
  relativePath: string;
  path: string;
  size: number;
}

/**
 * Seeded bytes (xorshift32), so every run uploads the same dataset. Its own generator rather than
 * the tests' harness: a bench must not import test code, and this one writes to disk as it goes.
 */
function seededBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(Math.ceil(size / 4) * 4);
  let state = (seed * 2_654_435_761) >>> 0 || 1;
  for (let i = 0; i < bytes.length; i += 4) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes.writeUInt32LE(state, i);
  }
  return bytes.subarray(0, size);
}

/** `count` files of `size` bytes in a temp folder, in two sub-folders like a dataset's splits. */
export function writeBenchDataset(count: number, size: number): { dir: string; files: BenchFile[]; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-upload-bench-'));
  const files: BenchFile[] = [];
  for (let i = 0; i < count; i++) {
    const relativePath = `${i % 2 ? 'validation' : 'train'}/part-${String(i).padStart(3, '0')}.bin`;
    const path = join(dir, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, seededBytes(size, i + 1));
    files.push({ relativePath, path, size });
  }
  return { dir, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
