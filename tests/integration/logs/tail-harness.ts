import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { ManualClock } from '../../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import type { WatchTimers } from '../../../electron/core/watch/timers';
import type { LogEvent, TailMessage } from '../../../shared/domain/logs';
import type { ErrorEnvelope } from '../../../shared/errors';
import { startJobsWorld, SteppedTimers, TEST_INTERVALS, until, type JobsWorld } from '../jobs/jobs-harness';

export { until };

/**
 * The jobs harness's SteppedTimers (each due timer fires at its time on the sandbox's manual clock,
 * and time moves on once its work re-armed the next one), for a tail's timers, not all of which
 * re-arm (a job's end, a backfill retry that worked): such a timer counts as done once `settled`
 * holds.
 */
export class TailTimers extends SteppedTimers {
  private readonly dues = new Set<{ due: number }>();
  private settled: () => boolean = () => false;

  constructor(private readonly manual: ManualClock) {
    super(manual);
  }

  override after(ms: number, run: () => void): () => void {
    const entry = { due: this.manual.now() + ms };
    this.dues.add(entry);
    const cancel = super.after(ms, () => {
      this.dues.delete(entry);
      const before = this.arms;
      run();
      void until(() => this.arms > before || this.settled(), 'a tail timer to settle').then(
        () => {
          if (this.arms === before) this.arms += 1;
        },
        () => undefined,
      );
    });
    return () => {
      this.dues.delete(entry);
      cancel();
    };
  }

  /** Timers waiting, by how far ahead they are due. */
  dueIn(): number[] {
    return [...this.dues].map((entry) => entry.due - this.manual.now());
  }

  override async advance(ms: number, settled: () => boolean = () => false): Promise<void> {
    this.settled = settled;
    await super.advance(ms);
  }

  /** Moves to the earliest armed timer and runs it (the next poll, retry or check). */
  async next(settled?: () => boolean): Promise<void> {
    const wait = Math.min(...this.dueIn());
    if (Number.isFinite(wait)) await this.advance(Math.max(0, wait), settled);
  }
}

export interface TailRecorder {
  messages: TailMessage[];
  ended: { error?: ErrorEnvelope } | undefined;
  /** Every event of every batch, in arrival order. */
  events(): LogEvent[];
  batches(): Extract<TailMessage, { type: 'events' }>[];
  ofType<T extends TailMessage['type']>(type: T): Extract<TailMessage, { type: T }>[];
  /** Acknowledges every batch received so far (what a renderer does once it stored them). */
  ackAll(): Promise<void>;
  cancel(): void;
}

export interface TailWorld extends Omit<JobsWorld, 'timers'> {
  timers: TailTimers;
  /** The sandbox's own CloudWatch Logs client (its keys), for writing: not the core's. */
  writer: CloudWatchLogsClient;
  /** Creates the group and its streams (no events). */
  prepare(group: string, streams: string[]): Promise<void>;
  put(group: string, stream: string, lines: { timestamp: number; message: string }[]): Promise<void>;
  /** Opens `logs.tail`; `autoAck` acknowledges each batch as it arrives. */
  tail(input: Record<string, unknown>, options?: { autoAck?: boolean }): TailRecorder;
  /** Stops the sandbox (saving its state) and starts it again on the same port and data dir. */
  restartSandbox(): Promise<void>;
  /** Sandbox requests served by operation, `logs:FilterLogEvents` etc. */
  counter(operation: string): number;
}

export async function startTailWorld(options: { sandboxDataDir?: string } = {}): Promise<TailWorld> {
  const holder: { timers?: TailTimers } = {};
  const lazyTimers: WatchTimers = { after: (ms, run) => holder.timers!.after(ms, run) };
  const world = await startJobsWorld({
    ...(options.sandboxDataDir ? { sandboxDataDir: options.sandboxDataDir } : {}),
    core: { watch: { intervals: TEST_INTERVALS, timers: lazyTimers } },
  });
  const timers = new TailTimers(world.clock);
  holder.timers = timers;
  let sandbox: RunningSandbox = world.sandbox;
  const writer = new CloudWatchLogsClient({ endpoint: sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
  const made = new Set<string>();
  const ensure = async (group: string, stream: string) => {
    if (!made.has(group)) {
      await writer.send(new CreateLogGroupCommand({ logGroupName: group })).catch((error: Error) => {
        if (error.name !== 'ResourceAlreadyExistsException') throw error;
      });
      made.add(group);
    }
    if (!made.has(`${group}\0${stream}`)) {
      await writer.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream })).catch((error: Error) => {
        if (error.name !== 'ResourceAlreadyExistsException') throw error;
      });
      made.add(`${group}\0${stream}`);
    }
  };
  return {
    ...world,
    timers,
    writer,
    async prepare(group, streams) {
      for (const stream of streams) await ensure(group, stream);
    },
    async put(group, stream, lines) {
      await ensure(group, stream);
      for (let i = 0; i < lines.length; i += 10_000) {
        await writer.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: lines.slice(i, i + 10_000) }));
      }
    },
    tail(input, { autoAck = false } = {}) {
      const messages: TailMessage[] = [];
      const recorder: TailRecorder = {
        messages,
        ended: undefined,
        events: () => recorder.batches().flatMap((batch) => batch.events),
        batches: () => recorder.ofType('events'),
        ofType: <T extends TailMessage['type']>(type: T) => messages.filter((message): message is Extract<TailMessage, { type: T }> => message.type === type),
        async ackAll() {
          const tailId = recorder.ofType('started')[0]?.tailId;
          const last = recorder.batches().at(-1);
          if (tailId && last) await world.ok('logs.ack', { tailId, seq: last.seq });
        },
        cancel: () => undefined,
      };
      recorder.cancel = world.core.dispatcher.subscribe('logs.tail', input, {
        event(event) {
          const message = event as TailMessage;
          messages.push(message);
          const tailId = recorder.ofType('started')[0]?.tailId;
          if (autoAck && message.type === 'events' && tailId) void world.request('logs.ack', { tailId, seq: message.seq });
        },
        end: (error) => (recorder.ended = error ? { error } : {}),
      });
      return recorder;
    },
    async restartSandbox() {
      const { port } = sandbox;
      await sandbox.stop();
      sandbox = await startSandbox({ port, seed: 'empty', clock: world.clock, credentials: world.keys, ...(options.sandboxDataDir ? { dataDir: options.sandboxDataDir } : {}) });
    },
    counter: (operation) => sandbox.control.counters()[operation] ?? 0,
    async close() {
      writer.destroy();
      await world.close();
      await sandbox.stop();
    },
  };
}

/** A Live Tail session has started once its renewal (before AWS's 3-hour timeout) is armed. */
export const liveSessions = (world: TailWorld) => world.timers.dueIn().filter((ms) => ms > 2 * 60 * 60 * 1000).length;

export type OpenTail = TailRecorder & { fresh(): LogEvent[] };

/**
 * Opens a tail of `group` and waits until it is following: its Live Tail session started (unless
 * it polls) and its backfill done, seen when a line written just before arrives (the viewer holds
 * live deliveries until its backfill is over). A burst written next is not racing the join;
 * `fresh()` is what arrived after that line.
 */
export async function openTail(world: TailWorld, group: string, input: Record<string, unknown> = {}): Promise<OpenTail> {
  const marker = `marker ${Math.random()}`;
  await world.put(group, 'worker', [{ timestamp: world.clock.now() - 1, message: marker }]);
  const before = world.timers.arms;
  const tail = world.tail({ target: { kind: 'group', group }, ...input }, { autoAck: true });
  if (input.source !== 'polling') await until(() => world.timers.arms > before && liveSessions(world) > 0, 'the Live Tail session');
  await until(() => tail.events().some((event) => event.message === marker), 'the backfill');
  const fresh = () => {
    const events = tail.events();
    return events.slice(events.findIndex((event) => event.message === marker) + 1);
  };
  return Object.assign(tail, { fresh });
}

/**
 * A burst over several streams: `perStream` lines each, timestamps interleaved across streams
 * (several share a millisecond), and in every stream a pair of identical lines at the same
 * millisecond, which are two events and must arrive twice.
 */
export function burst(start: number, streams: string[], perStream: number, tag: string): Map<string, { timestamp: number; message: string }[]> {
  const lines = new Map<string, { timestamp: number; message: string }[]>();
  for (const stream of streams) {
    const own: { timestamp: number; message: string }[] = [];
    for (let i = 0; i < perStream; i++) own.push({ timestamp: start + Math.floor(i / 2), message: `${tag} ${stream} line ${i}` });
    own.push({ timestamp: start + Math.floor(perStream / 2), message: `${tag} ${stream} twin` });
    own.push({ timestamp: start + Math.floor(perStream / 2), message: `${tag} ${stream} twin` });
    lines.set(stream, own);
  }
  return lines;
}

export async function putBurst(world: TailWorld, group: string, lines: Map<string, { timestamp: number; message: string }[]>): Promise<void> {
  for (const [stream, own] of lines) await world.put(group, stream, own);
}

/** What a burst must look like in the tail: time order, and at one millisecond the order it was written in. */
export function expectedOrder(lines: Map<string, { timestamp: number; message: string }[]>): string[] {
  const all = [...lines].flatMap(([stream, own]) => own.map((line) => ({ ...line, stream })));
  return all.sort((a, b) => a.timestamp - b.timestamp).map((line) => `${line.timestamp} ${line.stream} ${line.message}`);
}

export const seen = (events: LogEvent[]) => events.map((event) => `${event.timestamp} ${event.stream} ${event.message}`);
