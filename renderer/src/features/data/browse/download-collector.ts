import type { DownloadEvent } from '../../../../../shared/contract/data';
import { base64ToBytes } from '../transfers/base64';

/** The pieces of one transfers.download stream, put in place by offset, then one Blob. */
export class DownloadCollector {
  size: number | undefined;
  contentType: string | undefined;
  received = 0;
  checksumVerified: boolean | undefined;
  private readonly pieces: { offset: number; bytes: Uint8Array<ArrayBuffer> }[] = [];

  add(event: DownloadEvent): void {
    if (event.type === 'meta') {
      this.size = event.size;
      this.contentType = event.contentType;
    } else if (event.type === 'chunk') {
      const bytes = base64ToBytes(event.data);
      this.pieces.push({ offset: event.offset, bytes });
      this.received += bytes.length;
    } else {
      this.checksumVerified = event.checksumVerified;
    }
  }

  blob(): Blob {
    const ordered = [...this.pieces].sort((a, b) => a.offset - b.offset).map((piece) => piece.bytes);
    return new Blob(ordered, { type: this.contentType ?? 'application/octet-stream' });
  }
}

/** Saves through the browser's own download (Electron asks where): a link with the object's name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the save by now; the URL only has to outlive this task.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
