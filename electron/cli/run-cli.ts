import { REQUEST_CHANNELS, STREAM_CHANNELS } from '../../shared/contract/channels';
import type { RequestMeta } from '../../shared/contract';
import { ErrorCodes } from '../../shared/errors';
import { parseCliArgs, type CliArgs } from './args';
import { openCliCore } from './cli-core';
import { diagnostics } from './diagnostics';
import { fail, usageError } from './output';
import { ssoLogin } from './sso-login';
import { tail } from './tail';

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
  const core = await openCliCore(args);
  try {
    const meta: RequestMeta = { confirmed: args.yes };
    if (args.confirm !== undefined) meta.typedConfirmation = args.confirm;
    const envelope = await core.dispatcher.request(channel, input, meta);
    if (!envelope.ok) fail(envelope.error);
    process.stdout.write(`${JSON.stringify(envelope.result, null, 2)}\n`);
  } finally {
    await core.close();
  }
}

/** `sagedeck call|sso|tail|diagnostics|channels …`: the CLI's commands; exits the process on a usage error. */
export async function runCli(argv: string[]): Promise<void> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    usageError((error as Error).message);
  }
  if (args.command === 'call') return call(args);
  if (args.command === 'sso') {
    if (args.positional[0] !== 'login' || args.positional.length > 1) usageError('the sso command is: sso login --profile NAME');
    return ssoLogin(args);
  }
  if (args.command === 'tail') return tail(args);
  if (args.command === 'diagnostics') return diagnostics(args);
  if (args.command === 'channels') {
    process.stdout.write(`${JSON.stringify({ requests: REQUEST_CHANNELS, streams: STREAM_CHANNELS }, null, 2)}\n`);
    return;
  }
  usageError(args.command ? `unknown command "${args.command}"` : 'no command given');
}

/** Prints an unexpected failure as the CLI's JSON error and exits 1. */
export function failUnexpected(error: unknown): never {
  fail({ code: ErrorCodes.Internal, message: error instanceof Error ? error.message : String(error), retryable: false });
}
