import type { LogEvent, ResolvedTarget, TailMessage, TailSource, TailTarget } from '../../../../../shared/domain/logs';
import type { SageDeckClient } from '../../../bridge/typed-client';
import { targetLabel, targetSlug } from '../logs-routes';
import { compileClientRegex, type ClientRegex } from './client-regex';
import { FrameNotifier } from './frame-notifier';
import { DEFAULT_CAPACITY, LineBuffer } from './line-buffer';
import { RateMeter } from './rate-meter';
import type { LineCriteria } from './visible-index';

/** Where a live tail starts: some minutes before now, or a chosen moment. */
export type SinceChoice = { kind: 'last'; minutes: number } | { kind: 'at'; ms: number };

export type TailPhase = 'connecting' | 'live' | 'paused' | 'ended' | 'failed' | 'search';

export interface TailViewOptions {
  wrap: boolean;
  utc: boolean;
  regex: ClientRegex;
  /** Show only lines the regex matches (otherwise it highlights). */
  onlyMatching: boolean;
  hiddenStreams: ReadonlySet<number>;
}

export interface RangeSearch {
  startTime: number;
  endTime: number;
  nextToken?: string;
  loading: boolean;
  error?: string;
}

// "sampled" stays shown this long after the last sampled batch: a flag that blinks per batch is unreadable.
const SAMPLED_SHOWN_MS = 5000;
const OLDER_PAGE = 1000;
const SEARCH_PAGE = 1000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One open tail: its `logs.tail` subscription, its lines (a LineBuffer outside React) and its
 * status. Batches are stored, then acknowledged (`logs.ack`), so the host sends more only as fast
 * as this viewer stores them; screens subscribe through `notifier`, told at most once a frame.
 */
export class TailSession {
  readonly notifier = new FrameNotifier();
  readonly buffer: LineBuffer;
  readonly rate = new RateMeter();
  phase: TailPhase = 'connecting';
  resolved: ResolvedTarget | undefined;
  source: TailSource | undefined;
  /** Why the tail polls instead of using Live Tail, when the host said. */
  sourceReason: string | undefined;
  pausedReason: string | undefined;
  retryInSeconds = 0;
  /** Set after a pause: the tail followed again without a gap. */
  resumedAt: number | undefined;
  endedReason: string | undefined;
  failure: string | undefined;
  since: number | undefined;
  eventsSeen = 0;
  droppedByHost = 0;
  lastSampledAt = 0;
  following = true;
  filterPattern = '';
  sinceChoice: SinceChoice = { kind: 'last', minutes: 1 };
  search: RangeSearch | undefined;
  older: { loading: boolean; exhausted: boolean; error?: string } = { loading: false, exhausted: false };
  options: TailViewOptions = { wrap: false, utc: false, regex: { text: '' }, onlyMatching: false, hiddenStreams: new Set() };
  private criteriaMemo: { options: TailViewOptions; criteria: LineCriteria } | undefined;
  private tailId: string | undefined;
  private stop: (() => void) | undefined;
  /** Bumped per subscription: events of one we closed are ignored. */
  private subscription = 0;

  constructor(
    private readonly client: SageDeckClient,
    readonly key: string,
    readonly target: TailTarget,
    private readonly now: () => number = () => Date.now(),
    capacity = DEFAULT_CAPACITY,
  ) {
    this.buffer = new LineBuffer(capacity);
  }

  get label(): string {
    return this.resolved?.label ?? targetLabel(this.target);
  }
  get slug(): string {
    return this.resolved?.slug ?? targetSlug(this.target);
  }
  get sampled(): boolean {
    return this.lastSampledAt > 0 && this.now() - this.lastSampledAt < SAMPLED_SHOWN_MS;
  }
  /** Lines lost to the bounds: this buffer's own and the host's. */
  get dropped(): number {
    return this.buffer.droppedHere + this.droppedByHost;
  }

  /** (Re)starts following from the chosen start time with the chosen filter pattern. */
  start(): void {
    this.close();
    const id = ++this.subscription;
    this.resetLines();
    this.mode('connecting');
    this.search = undefined;
    const since = this.sinceChoice.kind === 'at' ? this.sinceChoice.ms : this.now() - this.sinceChoice.minutes * 60_000;
    const input = {
      target: this.target,
      since: Math.max(0, Math.floor(since)),
      source: 'auto' as const,
      ...(this.filterPattern ? { filterPattern: this.filterPattern } : {}),
    };
    this.stop = this.client.subscribe(
      'logs.tail',
      input,
      (message) => {
        if (id === this.subscription) this.receive(message);
      },
      (error) => {
        if (id !== this.subscription) return;
        this.stop = undefined;
        if (this.phase !== 'ended') {
          this.failure = error?.message ?? 'The host ended the tail.';
          this.mode('failed');
        }
      },
    );
  }

  close(): void {
    this.subscription++;
    const stop = this.stop;
    this.stop = undefined;
    stop?.();
  }

  setFilterPattern(pattern: string): void {
    this.filterPattern = pattern.trim();
    this.restartCurrentMode();
  }

  setSince(choice: SinceChoice): void {
    this.sinceChoice = choice;
    if (this.phase !== 'search') this.start();
  }

  setFollowing(following: boolean): void {
    if (this.following === following) return;
    this.following = following;
    this.notifier.notifyNow();
  }

  setOptions(patch: Partial<Omit<TailViewOptions, 'regex'>> & { regexText?: string }): void {
    const { regexText, ...rest } = patch;
    this.options = { ...this.options, ...rest, ...(regexText !== undefined ? { regex: compileClientRegex(regexText) } : {}) };
    this.notifier.notifyNow();
  }

  toggleStream(index: number): void {
    const hidden = new Set(this.options.hiddenStreams);
    if (hidden.has(index)) hidden.delete(index);
    else hidden.add(index);
    this.setOptions({ hiddenStreams: hidden });
  }

  /** The filter the visible rows follow; the same object until the options change. */
  criteria(): LineCriteria {
    if (this.criteriaMemo?.options !== this.options) {
      const { regex, onlyMatching, hiddenStreams } = this.options;
      this.criteriaMemo = { options: this.options, criteria: { hiddenStreams, only: onlyMatching && regex.test ? regex.test : undefined } };
    }
    return this.criteriaMemo.criteria;
  }

  setCapacity(capacity: number): void {
    this.buffer.resize(capacity);
    this.notifier.notifyNow();
  }

  /** "Load older": the events just before the oldest line held, put before it. */
  async loadOlder(): Promise<void> {
    if (this.older.loading) return;
    const before = this.buffer.oldestTime() ?? this.since ?? this.now();
    const id = this.subscription;
    this.older = { loading: true, exhausted: this.older.exhausted };
    this.notifier.schedule();
    try {
      const page = await this.client.request('logs.older', {
        target: this.target,
        before: Math.max(0, Math.floor(before)),
        limit: OLDER_PAGE,
        ...(this.filterPattern ? { filterPattern: this.filterPattern } : {}),
      });
      if (id !== this.subscription) return;
      this.buffer.prepend(page.events);
      this.older = { loading: false, exhausted: page.exhausted };
    } catch (error) {
      if (id === this.subscription) this.older = { loading: false, exhausted: false, error: messageOf(error) };
    }
    this.notifier.schedule();
  }

  /** Stops following and shows a past time range instead, first page. */
  async searchRange(startTime: number, endTime: number): Promise<void> {
    this.close();
    this.resetLines();
    this.search = { startTime, endTime, loading: false };
    this.mode('search');
    await this.loadMoreSearch();
  }

  async loadMoreSearch(): Promise<void> {
    const search = this.search;
    if (!search || search.loading) return;
    const id = this.subscription;
    this.search = { ...search, loading: true, error: undefined };
    this.notifier.schedule();
    try {
      const page = await this.client.request('logs.search', {
        target: this.target,
        startTime: search.startTime,
        endTime: search.endTime,
        limit: SEARCH_PAGE,
        ...(this.filterPattern ? { filterPattern: this.filterPattern } : {}),
        ...(search.nextToken ? { nextToken: search.nextToken } : {}),
      });
      if (id !== this.subscription || this.phase !== 'search') return;
      this.storeEvents(page.events);
      this.search = { startTime: search.startTime, endTime: search.endTime, loading: false, ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
    } catch (error) {
      if (id === this.subscription) this.search = { ...search, loading: false, error: messageOf(error) };
    }
    this.notifier.schedule();
  }

  private restartCurrentMode(): void {
    if (this.phase === 'search' && this.search) void this.searchRange(this.search.startTime, this.search.endTime);
    else this.start();
  }

  private resetLines(): void {
    this.buffer.clear();
    this.rate.reset();
    this.eventsSeen = 0;
    this.droppedByHost = 0;
    this.lastSampledAt = 0;
    this.older = { loading: false, exhausted: false };
    this.endedReason = undefined;
    this.failure = undefined;
    this.pausedReason = undefined;
    this.resumedAt = undefined;
    this.following = true;
  }

  private mode(phase: TailPhase): void {
    this.phase = phase;
    this.notifier.schedule();
  }

  private storeEvents(events: readonly LogEvent[]): void {
    this.buffer.append(events);
    this.eventsSeen += events.length;
    this.rate.add(events.length);
  }

  private receive(message: TailMessage): void {
    switch (message.type) {
      case 'started':
        this.tailId = message.tailId;
        this.resolved = message.target;
        this.source = message.source;
        this.since = message.since;
        this.mode('live');
        return;
      case 'events':
        this.storeEvents(message.events);
        this.droppedByHost += message.droppedByHost;
        if (message.sampled) this.lastSampledAt = this.now();
        // Stored: the host may send the next batch. A failed ack shows as the stream's own end.
        if (this.tailId) this.client.request('logs.ack', { tailId: this.tailId, seq: message.seq }).catch(() => undefined);
        this.notifier.schedule();
        return;
      case 'source':
        this.source = message.source;
        this.sourceReason = message.reason;
        this.notifier.schedule();
        return;
      case 'paused':
        this.pausedReason = message.reason;
        this.retryInSeconds = message.retryInSeconds;
        this.mode('paused');
        return;
      case 'resumed':
        this.pausedReason = undefined;
        this.resumedAt = this.now();
        this.mode('live');
        return;
      case 'ended':
        this.endedReason = message.reason;
        this.buffer.appendNote(message.at, `The tail ended: ${message.reason}`);
        this.mode('ended');
        return;
    }
  }
}
