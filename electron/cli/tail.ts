import { once } from 'node:events';
import type { TailMessage } from '../../shared/domain/logs';
import { ErrorCodes, type ErrorEnvelope } from '../../shared/errors';
import type { CliArgs } from './args';
import { openCliCore } from './cli-core';
import { fail, usageError } from './output';
import { tailRequest, type TailRequest } from './tail-args';
import { eventLines, notice } from './tail-output';

type Outcome = { kind: 'ended'; error?: ErrorEnvelope } | { kind: 'interrupted' };

/** Waits for the pipe to take more when it says it is full, so a slow reader holds the batches back. */
async function writeOut(text: string): Promise<void> {
  if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

/**
 * `sagedeck tail …`: opens the `logs.tail` stream, writes each batch to stdout and only then
 * acknowledges it (`logs.ack`), so the host sends no faster than the terminal or pipe reads.
 * Messages are handled one at a time in arrival order; notices go to stderr. Exits 0 on Ctrl-C,
 * SIGTERM, a closed pipe or the job's end, 1 when the tail fails.
 */
export async function tail(args: CliArgs): Promise<void> {
  let request: TailRequest;
  try {
    request = tailRequest(args.tail, args.positional, Date.now());
  } catch (error) {
    usageError((error as Error).message);
  }

  let settle: (outcome: Outcome) => void = () => undefined;
  const finished = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  const interrupt = () => settle({ kind: 'interrupted' });
  // `on`, not `once`: a Ctrl-C reaches this process twice under tsx (from the terminal and relayed
  // by tsx), and the second must not kill it with the signal's status while it closes.
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  // `| head` closing the pipe is the reader saying "enough", not a failure.
  process.stdout.on('error', interrupt);

  // The core's timers do not hold the process open (the console must be able to quit), so between
  // two polls nothing would: this does, until the tail ends or is interrupted.
  const keepAlive = setInterval(() => undefined, 2 ** 30);
  const core = await openCliCore(args);
  let tailId: string | undefined;
  const handle = async (message: TailMessage) => {
    if (message.type === 'started') tailId = message.tailId;
    const text = notice(message);
    if (text) process.stderr.write(`${text}\n`);
    if (message.type !== 'events') return;
    await writeOut(eventLines(message.events, request.format));
    // A failed ack means the tail itself is gone; its end (with the reason) follows on the stream.
    if (tailId !== undefined) await core.dispatcher.request('logs.ack', { tailId, seq: message.seq });
  };
  let queue: Promise<void> = Promise.resolve();
  const cancel = core.dispatcher.subscribe('logs.tail', request.input, {
    event: (message) => {
      queue = queue
        .then(() => handle(message as TailMessage))
        .catch((error: unknown) => settle({ kind: 'ended', error: { code: ErrorCodes.Internal, message: String(error), retryable: false } }));
    },
    end: (error) => {
      void queue.then(() => settle(error ? { kind: 'ended', error } : { kind: 'ended' }));
    },
  });

  const outcome = await finished;
  clearInterval(keepAlive);
  cancel();
  await core.close();
  if (outcome.kind === 'ended' && outcome.error) fail(outcome.error);
  process.exit(0);
}
