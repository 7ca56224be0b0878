import '../core/quiet-sdk-warning';
import { REQUEST_CHANNELS, STREAM_CHANNELS } from '../../shared/contract/channels';
import type { RequestMeta } from '../../shared/contract';
import { ErrorCodes } from '../../shared/errors';
import { createCore } from '../core';
import { terminalMfaReader } from '../core/credentials/terminal-mfa-reader';
import { defaultDataDir } from '../core/storage/data-dir';
import { parseCliArgs, type CliArgs } from './args';
import { fail, usageError } from './output';
import { ssoLogin } from './sso-login';

async function call(args: CliArgs): Promise<void> {
  const [channel, json] = args.positional;
  if (!channel) usageError('call needs a channel');
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch (error) {
      usageError(`the input is not valid JSON: ${(error as Error).message}`);
    }
  }
  // --profile/--region act through the environment the session manager reads at start, so the
  // console's remembered choice is left alone.
  const env = { ...process.env };
  if (args.profile) env.AWS_PROFILE = args.profile;
  if (args.region) env.AWS_REGION = args.region;
  const core = await createCore({
    dataDir: args.dataDir ?? defaultDataDir(env),
    host: 'cli',
    env,
    mfaCodeReader: terminalMfaReader(),
    // No browser of its own: the user opens the sign-in page; stderr keeps stdout pure JSON.
    openInBrowser: async (url) => {
      process.stderr.write(`Open this URL in a browser to sign in: ${url}\n`);
      return false;
    },
  });
  try {
    const session = await core.dispatcher.request('session.current', {});
    if (args.profile && session.ok && (session.result as { profile: string }).profile !== args.profile) {
      fail({ code: ErrorCodes.ProfileNotFound, message: `No profile named "${args.profile}".`, retryable: false });
    }
    const meta: RequestMeta = { confirmed: args.yes };
    if (args.confirm !== undefined) meta.typedConfirmation = args.confirm;
    const envelope = await core.dispatcher.request(channel, input, meta);
    if (!envelope.ok) fail(envelope.error);
    process.stdout.write(`${JSON.stringify(envelope.result, null, 2)}\n`);
  } finally {
    await core.close();
  }
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    usageError((error as Error).message);
  }
  if (args.command === 'call') return call(args);
  if (args.command === 'sso') {
    if (args.positional[0] !== 'login' || args.positional.length > 1) usageError('the sso command is: sso login --profile NAME');
    return ssoLogin(args);
  }
  if (args.command === 'channels') {
    process.stdout.write(`${JSON.stringify({ requests: REQUEST_CHANNELS, streams: STREAM_CHANNELS }, null, 2)}\n`);
    return;
  }
  usageError(args.command ? `unknown command "${args.command}"` : 'no command given');
}

main().catch((error: unknown) => {
  fail({ code: ErrorCodes.Internal, message: error instanceof Error ? error.message : String(error), retryable: false });
});
