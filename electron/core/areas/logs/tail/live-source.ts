import { StartLiveTailCommand, type CloudWatchLogsClient, type StartLiveTailResponseStream } from '@aws-sdk/client-cloudwatch-logs';
import type { LogEvent } from '../../../../../shared/domain/logs';
import { isAbort, isFatal, isThrottling, liveTailRefusal, reasonOf } from './errors';
import { filterPages } from './filter-reads';
import { describeGroup } from './group-info';
import { AdaptiveInterval } from './intervals';
import { fromLiveTail, liveTailRequest } from './live-events';
import { byTime, type SourceContext, type TailSource } from './source';

/** AWS ends a session after 3 hours; a new one is opened 10 minutes before, overlapping the old. */
export const RENEW_AFTER_MS = 3 * 60 * 60 * 1000 - 10 * 60 * 1000;

interface Session {
  abort: AbortController;
  read: number;
  /** Updates held while the session's backfill runs, so viewers get them after the older lines. */
  held: { events: LogEvent[]; sampled: boolean }[] | undefined;
  /** Replaced by a renewal or stopped: its end is expected. */
  retired: boolean;
}

export interface LiveSourceHooks {
  /** Live Tail is delivering (the first session started): viewers may backfill now. */
  live(): void;
  /** Live Tail was refused for good: the upstream switches to polling. */
  refused(reason: string): void;
}

/**
 * Live Tail (StartLiveTail's event stream): one session per upstream, renewed before AWS's 3-hour
 * timeout. A dropped stream (network, restarted backend, SessionStreamingException) is reopened
 * with backoff; the new session holds its updates while a FilterLogEvents backfill reads from the
 * last event seen, so the tail resumes with no gap, and the overlap is deduplicated downstream.
 */
export class LiveSource implements TailSource {
  private current: Session | undefined;
  private readonly interval = new AdaptiveInterval();
  private cancelTimer: () => void = () => undefined;
  private cancelRenewal: () => void = () => undefined;
  private identifiers: string[] | undefined;
  private paused = false;
  private stopped = false;

  constructor(
    private readonly ctx: SourceContext,
    private readonly hooks: LiveSourceHooks,
  ) {}

  start(): void {
    void this.open(false);
  }

  async drain(): Promise<void> {
    this.cancelRenewal();
    await this.backfill(new AbortController().signal);
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
    this.cancelRenewal();
    if (this.current) this.retire(this.current);
  }

  private retire(session: Session): void {
    session.retired = true;
    session.abort.abort();
  }

  /** Group ARNs (AWS wants ARNs); a group not found yet is named as is and AWS answers ResourceNotFound. */
  private async groupIdentifiers(logs: CloudWatchLogsClient, signal: AbortSignal): Promise<string[]> {
    if (!this.identifiers) {
      const infos = await Promise.all(this.ctx.target.groups.map((group) => describeGroup(logs, group, signal)));
      const identifiers = this.ctx.target.groups.map((group, i) => infos[i]?.arn ?? group);
      if (infos.every(Boolean)) this.identifiers = identifiers;
      return identifiers;
    }
    return this.identifiers;
  }

  private async open(resume: boolean): Promise<void> {
    const session: Session = { abort: new AbortController(), read: this.ctx.newRead(), held: [], retired: false };
    let stream: AsyncIterable<StartLiveTailResponseStream> | undefined;
    try {
      const logs = await this.ctx.logs();
      const identifiers = await this.groupIdentifiers(logs, session.abort.signal);
      const answer = await logs.send(new StartLiveTailCommand(liveTailRequest(this.ctx.target, identifiers, this.ctx.filterPattern)), {
        abortSignal: session.abort.signal,
      });
      stream = answer.responseStream;
      if (!stream) throw new Error('StartLiveTail answered without an event stream.');
    } catch (error) {
      if (this.stopped) return;
      const refusal = liveTailRefusal(error);
      if (refusal) return this.hooks.refused(refusal);
      if (isFatal(error)) return this.ctx.fail(error);
      return this.retryLater(error);
    }
    await this.consume(session, stream, resume);
  }

  private async consume(session: Session, stream: AsyncIterable<StartLiveTailResponseStream>, resume: boolean): Promise<void> {
    let failure: unknown;
    try {
      for await (const item of stream) {
        if (item.sessionStart) void this.takeOver(session, resume);
        else if (item.sessionUpdate) {
          const events = (item.sessionUpdate.sessionResults ?? []).map((event) => fromLiveTail(this.ctx.target, event));
          const sampled = item.sessionUpdate.sessionMetadata?.sampled === true;
          if (session.held) session.held.push({ events, sampled });
          else if (events.length > 0 || sampled) this.ctx.deliver(byTime(events), session.read, sampled);
        } else if (item.SessionTimeoutException || item.SessionStreamingException) {
          failure = item.SessionTimeoutException ?? item.SessionStreamingException;
          break;
        }
      }
    } catch (error) {
      failure = error;
    }
    if (this.stopped || session.retired || (failure !== undefined && isAbort(failure) && session.abort.signal.aborted)) return;
    session.retired = true;
    if (this.current === session) this.current = undefined;
    this.retryLater(failure ?? new Error('The Live Tail stream closed.'));
  }

  /** The session started: backfill the gap (after a drop or for a renewal), release what it held, retire the old one. */
  private async takeOver(session: Session, resume: boolean): Promise<void> {
    try {
      if (resume) await this.backfill(session.abort.signal);
    } catch (error) {
      if (this.stopped || session.retired) return;
      // The gap is still open: drop this session and try the whole resume again.
      this.retire(session);
      return this.retryLater(error);
    }
    if (this.stopped || session.retired) return;
    for (const { events, sampled } of session.held ?? []) {
      if (events.length > 0 || sampled) this.ctx.deliver(byTime(events), session.read, sampled);
    }
    session.held = undefined;
    const previous = this.current;
    this.current = session;
    if (previous && previous !== session) this.retire(previous);
    this.interval.afterPass(true);
    if (this.paused) {
      this.paused = false;
      this.ctx.notice({ type: 'resumed' });
    }
    this.cancelRenewal();
    this.cancelRenewal = this.ctx.timers.after(RENEW_AFTER_MS, () => void this.open(true));
    this.hooks.live();
  }

  private async backfill(signal: AbortSignal): Promise<void> {
    const read = this.ctx.newRead();
    const logs = await this.ctx.logs();
    const range = { startTime: this.ctx.watermark(), ...(this.ctx.filterPattern ? { filterPattern: this.ctx.filterPattern } : {}) };
    for await (const page of filterPages(logs, this.ctx.target, range, signal)) this.ctx.deliver(page, read, false);
  }

  private retryLater(error: unknown): void {
    if (this.stopped) return;
    const wait = this.interval.afterFailure(isThrottling(error));
    this.paused = true;
    this.ctx.notice({ type: 'paused', reason: reasonOf(error), retryInSeconds: Math.ceil(wait / 1000) });
    this.cancelTimer();
    this.cancelTimer = this.ctx.timers.after(wait, () => void this.open(true));
  }
}
