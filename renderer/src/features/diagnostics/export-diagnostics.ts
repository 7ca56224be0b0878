import type { SageDeckClient } from '../../bridge/typed-client';
import { downloadText } from '../logs/tail/tail-export';

/** Asks the host for the diagnostics file and saves it as a download (Electron saves downloads the same way). */
export async function exportDiagnostics(client: SageDeckClient): Promise<string> {
  const file = await client.request('app.exportDiagnostics', {});
  downloadText(file.fileName, file.content, 'text');
  return file.fileName;
}
