import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DiagnosticsFile } from '../../shared/domain/app';
import type { CliArgs } from './args';
import { openCliCore } from './cli-core';
import { fail, usageError } from './output';

/**
 * `sagedeck diagnostics [--out FILE]`: the same file the console's "Export diagnostics" saves.
 * With --out the file is written private to the user (0600) and its path printed; without, the JSON goes to stdout.
 */
export async function diagnostics(args: CliArgs): Promise<void> {
  if (args.positional.length > 0) usageError('the diagnostics command takes no arguments: diagnostics [--out FILE]');
  const core = await openCliCore(args);
  try {
    const envelope = await core.dispatcher.request('app.exportDiagnostics', {});
    if (!envelope.ok) fail(envelope.error);
    const file = envelope.result as DiagnosticsFile;
    if (args.out === undefined) {
      process.stdout.write(file.content);
      return;
    }
    const path = resolve(args.out);
    await writeFile(path, file.content, { mode: 0o600 });
    process.stdout.write(`${path}\n`);
  } finally {
    await core.close();
  }
}
