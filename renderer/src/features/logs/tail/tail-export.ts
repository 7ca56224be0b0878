import { NOTE_STREAM, type LineBuffer } from './line-buffer';

export type ExportFormat = 'text' | 'jsonl';

/** `2026-12-05T1200Z`: minutes in UTC, with nothing a file system objects to. */
export function fileStamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

/**
 * `<target>_<time>.log|.jsonl`: the time of the export, or `<from>_<to>` for a past range, so a
 * folder of exports sorts by target and then by time.
 */
export function exportFileName(slug: string, format: ExportFormat, at: number | { from: number; to: number }): string {
  const when = typeof at === 'number' ? fileStamp(at) : `${fileStamp(at.from)}_${fileStamp(at.to)}`;
  return `${slug}_${when}.${format === 'text' ? 'log' : 'jsonl'}`;
}

/** Every buffered event, oldest first, one per line; the viewer's own notes are not events and stay out. */
export function exportContent(buffer: LineBuffer, format: ExportFormat): string {
  const lines: string[] = [];
  for (let position = buffer.first; position < buffer.end; position++) {
    const stream = buffer.streamAt(position);
    if (stream === NOTE_STREAM) continue;
    const info = buffer.streamInfo(stream);
    const timestamp = buffer.timeAt(position);
    const message = buffer.messageAt(position);
    lines.push(
      format === 'text'
        ? `${new Date(timestamp).toISOString()} ${info?.stream ?? '-'} ${message}`
        : JSON.stringify({ timestamp, time: new Date(timestamp).toISOString(), group: info?.group, stream: info?.stream, message }),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Hands the text to the browser as a download (Electron saves it through the same path). */
export function downloadText(fileName: string, content: string, format: ExportFormat): void {
  const blob = new Blob([content], { type: format === 'text' ? 'text/plain;charset=utf-8' : 'application/x-ndjson' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
