import type { UploadFile } from '../transfers/transfer-driver';

/*
 * Files and whole folders dropped on the upload panel. A folder arrives as a directory entry
 * (DataTransferItem.webkitGetAsEntry); its files are walked here, keeping their paths relative to
 * what was dropped, as a folder picker's webkitRelativePath would.
 */

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** readEntries answers in batches (100 in Chromium) until it answers an empty one. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return children;
    children.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, path: string, into: UploadFile[]): Promise<void> {
  if (entry.isFile) {
    into.push({ file: await fileOf(entry as FileSystemFileEntry), relativePath: `${path}${entry.name}` });
    return;
  }
  if (entry.isDirectory) {
    for (const child of await childrenOf(entry as FileSystemDirectoryEntry))
      await walk(child, `${path}${entry.name}/`, into);
  }
}

export async function droppedFiles(transfer: DataTransfer): Promise<UploadFile[]> {
  // Entries must be taken synchronously in the drop event; the walk happens afterwards.
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const entries = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const files: UploadFile[] = [];
  for (const { entry, file } of entries) {
    if (entry) await walk(entry, '', files);
    else if (file) files.push({ file, relativePath: file.name });
  }
  return files;
}

/** A picker's files: a folder picker gives each file's path under the chosen folder. */
export function pickedFiles(list: FileList | null): UploadFile[] {
  return [...(list ?? [])].map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }));
}
