import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// The tests' seeded generator: the bench uploads the same kind of deterministic bytes the integration tests check.
import { fileBytes } from '../tests/integration/data/transfers-harness';

export interface BenchFile {
  relativePath: string;
  path: string;
  size: number;
}

/** `count` files of `size` bytes in a temp folder, in two sub-folders like a dataset's splits. */
export function writeBenchDataset(count: number, size: number): { dir: string; files: BenchFile[]; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sagedeck-upload-bench-'));
  const files: BenchFile[] = [];
  for (let i = 0; i < count; i++) {
    const relativePath = `${i % 2 ? 'validation' : 'train'}/part-${String(i).padStart(3, '0')}.bin`;
    const path = join(dir, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fileBytes(size, i + 1));
    files.push({ relativePath, path, size });
  }
  return { dir, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
