import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { LogEvent, ResolvedTarget, TailSource as TailSourceKind, TailTarget } from '../../../../../shared/domain/logs';
import type { WatchTimers } from '../../../watch/timers';
import { watchJobEnd } from './job-end';
import { LiveSource } from './live-source';
import { PollSource } from './poll-source';
import type { SourceContext, TailNotice, TailSource } from './source';

export interface UpstreamListener {
  deliver(events: LogEvent[], read: number, sampled: boolean): void;
  notice(message: TailNotice): void;
  ended(reason: string, at: number): void;
  failed(error: unknown): void;
}

export interface UpstreamOptions {
  target: TailTarget;
  resolved: ResolvedTarget;
  filterPattern?: string;
  forcePolling: boolean;
  /** Where reads start before any event was seen (resumes and polling read from the newest event after that). */
  startAt: number;
  logs(): Promise<CloudWatchLogsClient>;
  sagemaker(): Promise<SageMakerClient>;
  timers: WatchTimers;
  now(): number;
  /** The upstream is over (job ended, failed): later viewers need a new one. */
  done(): void;
}

/**
 * One upstream per (session generation, target, filter pattern, source mode), shared by every
 * viewer of it: one Live Tail session (AWS allows 15 per account and Region) or one poller. Live
 * Tail first; polling when it is refused, said once to every viewer with a `source` message. A
 * job's upstream ends by itself when the job does, after one last read.
 */
export class Upstream {
  private readonly listeners = new Set<UpstreamListener>();
  private source: TailSource;
  private newest: number;
  private reads = 0;
  private stopJobWatch: () => void = () => undefined;
  private over = false;
  private markReady: () => void = () => undefined;
  kind: TailSourceKind;
  /** Why the upstream polls although Live Tail was asked for, told to viewers that join later too. */
  fallbackReason: string | undefined;
  /** Resolved once the upstream covers new events (a Live Tail session started, or polling began): viewers backfill after it. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly options: UpstreamOptions) {
    this.newest = options.startAt;
    this.kind = options.forcePolling ? 'polling' : 'live';
    this.source = this.kind === 'live' ? this.startLive() : this.startPolling();
    const { target } = options;
    if (target.kind === 'job') {
      this.stopJobWatch = watchJobEnd({
        kind: target.jobKind,
        name: target.name,
        sagemaker: options.sagemaker,
        timers: options.timers,
        ended: (reason) => void this.finish(reason),
        missing: (error) => this.fail(error),
      });
    }
  }

  attach(listener: UpstreamListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get viewers(): number {
    return this.listeners.size;
  }

  stop(): void {
    this.over = true;
    this.stopJobWatch();
    this.source.stop();
  }

  private context(): SourceContext {
    const { options } = this;
    return {
      target: options.resolved,
      ...(options.filterPattern ? { filterPattern: options.filterPattern } : {}),
      logs: options.logs,
      timers: options.timers,
      now: options.now,
      watermark: () => this.newest,
      startAt: options.startAt,
      newRead: () => ++this.reads,
      deliver: (events, read, sampled) => {
        if (this.over) return;
        for (const event of events) if (event.timestamp > this.newest) this.newest = event.timestamp;
        for (const listener of this.listeners) listener.deliver(events, read, sampled);
      },
      notice: (message) => {
        for (const listener of this.listeners) listener.notice(message);
      },
      fail: (error) => this.fail(error),
    };
  }

  private startLive(): TailSource {
    const live = new LiveSource(this.context(), {
      live: () => this.markReady(),
      refused: (reason) => {
        live.stop();
        this.kind = 'polling';
        this.fallbackReason = reason;
        this.source = this.startPolling();
        for (const listener of this.listeners) listener.notice({ type: 'source', source: 'polling', reason });
      },
    });
    live.start();
    return live;
  }

  private startPolling(): TailSource {
    const poller = new PollSource(this.context());
    poller.start();
    this.markReady();
    return poller;
  }

  private async finish(reason: string): Promise<void> {
    if (this.over) return;
    try {
      await this.source.drain();
    } catch {
      // The last read is a courtesy: the lines were delivered live already, and the end must still come.
    }
    this.stop();
    this.markReady();
    const at = this.options.now();
    for (const listener of this.listeners) listener.ended(reason, at);
    this.options.done();
  }

  private fail(error: unknown): void {
    if (this.over) return;
    this.stop();
    this.markReady();
    for (const listener of this.listeners) listener.failed(error);
    this.options.done();
  }
}
