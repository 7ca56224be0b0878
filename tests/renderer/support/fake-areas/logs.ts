import type { z } from 'zod';
import type { logsRequests, logsStreams } from '../../../../shared/contract/logs';
import type { LogEvent, ResolvedTarget, TailMessage, TailSource, TailTarget } from '../../../../shared/domain/logs';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { FakeLogQueries } from './logs-queries';

type TailInput = z.output<(typeof logsStreams)['logs.tail']['input']>;

/** One open `logs.tail` subscription, as the fake sees it. */
export interface FakeTail {
  tailId: string;
  input: TailInput;
  /** Sequence number the next batch gets. */
  seq: number;
  emit: (message: TailMessage) => void;
  end: (error?: unknown) => void;
}

/** A log event for a test: ids and the group are filled in. */
export function logEvent(stream: string, message: string, timestamp: number, group = '/aws/sagemaker/TrainingJobs'): LogEvent {
  return { id: `${stream}-${timestamp}-${message.length}-${Math.random().toString(36).slice(2, 8)}`, timestamp, group, stream, message };
}

/** What the host would resolve a target to (label and file-name slug as the contract describes them). */
export function resolvedTarget(target: TailTarget): ResolvedTarget {
  switch (target.kind) {
    case 'job': {
      const group = `/aws/sagemaker/${target.jobKind === 'training' ? 'TrainingJobs' : 'ProcessingJobs'}`;
      return { label: `${target.jobKind} job ${target.name}`, slug: `${target.jobKind}-${target.name}`, groups: [group], streamPrefix: `${target.name}/` };
    }
    case 'endpoint':
      return { label: `endpoint ${target.name}`, slug: `endpoint-${target.name}`, groups: [`/aws/sagemaker/Endpoints/${target.name}`] };
    case 'group':
      return { label: `group ${target.group}`, slug: target.group.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+/, ''), groups: [target.group] };
  }
}

/**
 * In-memory CloudWatch Logs for renderer tests.
 *
 * - Groups, streams, retention, Insights and saved queries: `queries` (logs-queries.ts).
 * - Live tails (below): each `logs.tail` subscription is recorded in `tails` and answered with
 *   `started` at once (source `source`, with `sourceReason` as a `source` message when set); the
 *   test then drives it with `batch`, `send` and `end`. Acknowledgements land in `acks`.
 * - The past (`logs.older`, `logs.search`): answered from `history`, oldest first.
 */
export class FakeLogs {
  readonly queries = new FakeLogQueries();

  // --- Live tails ------------------------------------------------------------------------------

  /** Open tails, oldest first; closed ones are removed. */
  readonly tails: FakeTail[] = [];
  /** Every tail ever opened, with the input it was opened with. */
  readonly opened: TailInput[] = [];
  readonly acks: { tailId: string; seq: number }[] = [];
  /** What `started` says the tail reads with. */
  source: TailSource = 'live';
  /** When set, the tail reports right after `started` that it fell back to polling, for this reason. */
  sourceReason: string | undefined;
  private nextTail = 1;

  /** Sends a batch of events to every open tail (or one), each with its own next `seq`. */
  batch(events: LogEvent[], options: { droppedByHost?: number; sampled?: boolean; tail?: FakeTail } = {}): void {
    for (const tail of options.tail ? [options.tail] : [...this.tails]) {
      tail.emit({ type: 'events', seq: tail.seq++, events, droppedByHost: options.droppedByHost ?? 0, sampled: options.sampled ?? false });
    }
  }

  /** Sends any tail message to every open tail. */
  send(message: TailMessage): void {
    for (const tail of [...this.tails]) tail.emit(message);
  }

  /** The producer ended: `ended`, then the stream closes, as the host does when a job finishes. */
  endAll(reason: string, at: number): void {
    for (const tail of [...this.tails]) {
      tail.emit({ type: 'ended', reason, at });
      tail.end();
    }
  }

  // --- The past (older lines, range search) ----------------------------------------------------

  /** Stored events every read of the past answers from; keep it in time order. */
  history: LogEvent[] = [];

  // --- Handlers ---------------------------------------------------------------------------------

  readonly requests: RequestHandlersOf<typeof logsRequests> = {
    ...this.queries.requests,
    'logs.ack': async (input) => {
      this.acks.push(input);
      return { ok: true };
    },
    'logs.older': async ({ before, limit }) => {
      const older = this.history.filter((event) => event.timestamp < before);
      const events = older.slice(-limit);
      return { events, exhausted: events.length === older.length };
    },
    'logs.search': async ({ startTime, endTime, nextToken, limit }) => {
      const inRange = this.history.filter((event) => event.timestamp >= startTime && event.timestamp <= endTime);
      const start = nextToken ? Number(nextToken.replace('search-', '')) : 0;
      const end = start + limit;
      return end < inRange.length ? { events: inRange.slice(start, end), nextToken: `search-${end}` } : { events: inRange.slice(start) };
    },
  };

  readonly streams: StreamHandlersOf<typeof logsStreams> = {
    'logs.tail': (input, emit, end) => {
      const tail: FakeTail = { tailId: `tail-${this.nextTail++}`, input, seq: 0, emit, end };
      this.tails.push(tail);
      this.opened.push(input);
      emit({ type: 'started', tailId: tail.tailId, target: resolvedTarget(input.target), source: this.source, since: input.since ?? 0 });
      if (this.sourceReason) emit({ type: 'source', source: 'polling', reason: this.sourceReason });
      return () => {
        const at = this.tails.indexOf(tail);
        if (at !== -1) this.tails.splice(at, 1);
      };
    },
  };
}
