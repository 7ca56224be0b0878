import type { SsoAuthorization, SsoEvent } from '../../shared/domain/credentials';
import { ErrorCodes, type ErrorEnvelope } from '../../shared/errors';
import { createCore } from '../core';
import { defaultDataDir } from '../core/storage/data-dir';
import { openInBrowser } from '../web/open-browser';
import type { CliArgs } from './args';
import { fail, usageError } from './output';

const FAILURE_CODES: Partial<Record<SsoEvent['state'], string>> = {
  denied: 'SsoSignInDenied',
  expired: 'SsoSignInExpired',
  failed: 'SsoSignInFailed',
  'signed-out': 'SsoSignInFailed',
};

/** Exit status of a process stopped by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * `sagedeck sso login --profile NAME`: the device sign-in `sso.signIn` starts only finishes while
 * someone keeps polling, so unlike `call` this stays alive until the code is approved, denied or
 * expires. Instructions go to stderr; stdout carries only the final JSON.
 */
export async function ssoLogin(args: CliArgs): Promise<void> {
  const profile = args.profile;
  if (!profile) usageError('sso login needs --profile NAME');
  const env = process.env;
  const core = await createCore({
    dataDir: args.dataDir ?? defaultDataDir(env),
    host: 'cli',
    env,
    // The opener declines (false) where there is no display, e.g. over SSH: the printed URL remains.
    openInBrowser: async (url) => openInBrowser(url, env),
  });

  let settle: (outcome: SsoEvent | 'interrupted') => void = () => undefined;
  const outcome = new Promise<SsoEvent | 'interrupted'>((resolve) => {
    settle = resolve;
  });
  const stopEvents = core.dispatcher.subscribe(
    'sso.watch',
    { profile },
    {
      event(event) {
        const sso = event as SsoEvent;
        if (sso.state !== 'pending') settle(sso);
      },
      end: () => undefined,
    },
  );
  // The core's poll timers are unref'd (a stray sign-in must not hold a process open), so this
  // command keeps the process alive itself for exactly as long as it waits.
  const keepAlive = setInterval(() => undefined, 60_000);
  const onInterrupt = () => settle('interrupted');
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);

  let result: SsoEvent | 'interrupted';
  try {
    const started = await core.dispatcher.request('sso.signIn', { profile });
    if (!started.ok) {
      clearInterval(keepAlive);
      await core.close();
      fail(started.error);
    }
    const authorization = started.result as SsoAuthorization;
    process.stderr.write(
      `To sign in to profile ${profile}, open ${authorization.verificationUri} and enter the code ${authorization.userCode}\n` +
        (authorization.verificationUriComplete ? `  (or open ${authorization.verificationUriComplete})\n` : '') +
        `The code expires at ${authorization.expiresAt}. Waiting for approval… (Ctrl-C to cancel)\n`,
    );
    // Through the dispatcher so the URL is vetted against the profile's sign-in host before it opens.
    const opened = await core.dispatcher.request('sso.openVerification', { profile });
    if (opened.ok && (opened.result as { opened: boolean }).opened)
      process.stderr.write('Opened the sign-in page in your browser.\n');
    result = await outcome;
  } finally {
    clearInterval(keepAlive);
    stopEvents();
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
  }

  // Closing the core cancels the polling, so nothing is left running after Ctrl-C.
  await core.close();
  if (result === 'interrupted') {
    fail({ code: ErrorCodes.Cancelled, message: `Sign-in for ${profile} cancelled.`, retryable: true }, INTERRUPTED);
  }
  if (result.state === 'signed-in') {
    process.stdout.write(`${JSON.stringify({ profile, state: result.state, expiresAt: result.expiresAt }, null, 2)}\n`);
    return;
  }
  const error: ErrorEnvelope = {
    code: FAILURE_CODES[result.state] ?? ErrorCodes.Internal,
    message: result.message ?? `The sign-in for ${profile} ended: ${result.state}.`,
    retryable: true,
  };
  fail(error);
}
