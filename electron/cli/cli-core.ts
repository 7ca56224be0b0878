import { ErrorCodes } from '../../shared/errors';
import { createCore, type Core } from '../core';
import { terminalMfaReader } from '../core/credentials/terminal-mfa-reader';
import { defaultDataDir } from '../core/storage/data-dir';
import type { CliArgs } from './args';
import { fail } from './output';

/**
 * A core acting as `--profile`/`--region` for this run only: they act through the environment the
 * session manager reads at start, so the console's remembered choice is left alone. Exits 1 when
 * the profile does not exist rather than silently acting as another one.
 */
export async function openCliCore(args: CliArgs): Promise<Core> {
  const env = { ...process.env };
  if (args.profile) env.AWS_PROFILE = args.profile;
  if (args.region) env.AWS_REGION = args.region;
  const core = await createCore({
    dataDir: args.dataDir ?? defaultDataDir(env),
    host: 'cli',
    env,
    mfaCodeReader: terminalMfaReader(),
    // No browser of its own: the user opens the sign-in page; stderr keeps stdout pure output.
    openInBrowser: async (url) => {
      process.stderr.write(`Open this URL in a browser to sign in: ${url}\n`);
      return false;
    },
  });
  const session = await core.dispatcher.request('session.current', {});
  if (args.profile && session.ok && (session.result as { profile: string }).profile !== args.profile) {
    await core.close();
    fail({ code: ErrorCodes.ProfileNotFound, message: `No profile named "${args.profile}".`, retryable: false });
  }
  return core;
}
