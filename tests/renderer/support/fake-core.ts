import type { Envelope, SageDeckBridge, ServerMessage } from '../../../shared/bridge';
import type { RequestMeta } from '../../../shared/contract';
import type { JobSummary } from '../../../shared/domain/jobs';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import type { Settings } from '../../../shared/domain/settings';
import { ErrorCodes, SageDeckError, type ErrorEnvelope } from '../../../shared/errors';
import { createConnection, type Connection } from '../../../electron/core/rpc/connection';
import { createDispatcher, type Dispatcher } from '../../../electron/core/rpc/dispatcher';
import type { RequestHandlers, StreamHandlers } from '../../../electron/core/rpc/handlers';
import { createMutationGate } from '../../../electron/core/rpc/mutation-gate';
import { FakeAlarms } from './fake-areas/alarms';
import { FakeApp } from './fake-areas/app';
import { FakeData } from './fake-areas/data';
import { FakeEndpoints } from './fake-areas/endpoints';
import { FakeExperiments } from './fake-areas/experiments';
import { FakeJobs } from './fake-areas/jobs';
import { FakeJournal } from './fake-areas/journal';
import { FakeLineage } from './fake-areas/lineage';
import { FakeLogs } from './fake-areas/logs';
import { FakeMetrics } from './fake-areas/metrics';
import { FakeOverview } from './fake-areas/overview';
import { FakeProfiles } from './fake-areas/profiles';
import { FakePrompts } from './fake-areas/prompts';
import { FakeRegistry } from './fake-areas/registry';
import { FakeSession } from './fake-areas/session';
import { FakeSettings } from './fake-areas/settings';
import { FakeSso } from './fake-areas/sso';
import { FakeTags } from './fake-areas/tags';
import { FakeApis } from './fake-areas/apis';
import { FakeLoadBalancers } from './fake-areas/load-balancers';
import { FakeRoles } from './fake-areas/roles';
import { FakePosture } from './fake-areas/posture';
import { FakeCost } from './fake-areas/cost';
import { FakeBackups } from './fake-areas/backups';
import { FakeCompliance } from './fake-areas/compliance';
import { profile } from './fixtures';

export interface RecordedCall {
  channel: string;
  input: unknown;
  meta: RequestMeta | undefined;
}

export interface FakeCoreOptions {
  profiles?: ProfileSummary[];
  /** Where the console starts. `production: true` marks the session's profile as production. */
  session?: Partial<SessionInfo>;
  settings?: Partial<Settings>;
  journal?: JournalEntry[];
  jobs?: JobSummary[];
  /** The gate's clock for journal times; by default a fixed day that moves one second per read. */
  now?: () => number;
}

type AnyRequestHandler = (input: unknown, ctx: { signal: AbortSignal }) => Promise<unknown>;
type AnyStreamHandler = (
  input: unknown,
  emit: (event: unknown) => void,
  end: (error?: unknown) => void,
  ctx: { signal: AbortSignal },
) => () => void;
type Listener = { onEvent: (event: unknown) => void; onEnd: (error?: ErrorEnvelope) => void };

/** What crosses a real transport is data only (JSON over the socket, structured clone over IPC). */
const overTheWire = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

function tickingClock(): () => number {
  let time = Date.UTC(2026, 10, 26, 12, 0, 0);
  return () => (time += 1000);
}

/**
 * The real core's request path with fake areas behind it, as a SageDeckBridge: every request and
 * stream goes through the real connection server (meta checks, stream cap), the real dispatcher
 * (zod input validation, UnknownChannel, session-scoped streams ended on a switch) and the real
 * mutation gate (ConfirmationRequired, typed names on production, journaling into `journal`).
 *
 * Each area is a small in-memory fake typed from its contract (`profiles`, `session`, `jobs`…:
 * read and set their state directly). The test controls work on any channel, wrapped once around
 * the handlers: `failNext`, `hold`, `delay`, `emit`, `subscriberCount`, `callsTo`.
 */
export class FakeCore implements SageDeckBridge {
  readonly app = new FakeApp();
  readonly settings: FakeSettings;
  readonly profiles: FakeProfiles;
  readonly session: FakeSession;
  readonly journal: FakeJournal;
  readonly prompts = new FakePrompts();
  readonly sso = new FakeSso();
  readonly jobs: FakeJobs;
  readonly logs = new FakeLogs();
  readonly endpoints = new FakeEndpoints();
  readonly registry = new FakeRegistry();
  readonly alarms = new FakeAlarms();
  readonly metrics = new FakeMetrics();
  readonly overview = new FakeOverview();
  readonly data = new FakeData();
  readonly experiments = new FakeExperiments();
  readonly lineage = new FakeLineage();
  readonly tags = new FakeTags();
  readonly apis = new FakeApis();
  readonly loadBalancers = new FakeLoadBalancers();
  readonly roles = new FakeRoles();
  readonly posture = new FakePosture();
  readonly cost = new FakeCost();
  readonly backups = new FakeBackups();
  readonly compliance = new FakeCompliance();
  readonly dispatcher: Dispatcher;
  /** Every request this bridge sent, as the renderer sent it (before any validation). */
  readonly calls: RecordedCall[] = [];

  private readonly failures = new Map<string, ErrorEnvelope[]>();
  private readonly holds = new Map<string, Promise<void>>();
  private readonly delays = new Map<string, Promise<void>>();
  private readonly emitters = new Map<string, Set<(event: unknown) => void>>();
  private readonly connection: Connection;
  private readonly listeners = new Map<number, Listener>();
  private nextStreamId = 1;

  constructor(options: FakeCoreOptions = {}) {
    const profiles = options.profiles ?? [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })];
    const sessionProfile = options.session?.profile ?? 'sandbox';
    // Production is a mark on a profile, kept in settings: seed the marks the options imply.
    const marked = new Set([
      ...(options.settings?.productionProfiles ?? []),
      ...profiles.filter((entry) => entry.production).map((entry) => entry.name),
      ...(options.session?.production ? [sessionProfile] : []),
    ]);
    this.settings = new FakeSettings({ ...options.settings, productionProfiles: [...marked] });
    this.profiles = new FakeProfiles(profiles, this.settings);
    this.session = new FakeSession(options.session ?? {}, this.profiles, this.settings);
    this.journal = new FakeJournal(options.journal);
    this.jobs = new FakeJobs(options.jobs);

    // Spelled out, so an area missing a channel of the contract fails the typecheck here.
    const requests: RequestHandlers = {
      ...this.app.requests,
      ...this.profiles.requests,
      ...this.session.requests,
      ...this.settings.requests,
      ...this.journal.requests,
      ...this.prompts.requests,
      ...this.sso.requests,
      ...this.jobs.requests,
      ...this.logs.requests,
      ...this.endpoints.requests,
      ...this.registry.requests,
      ...this.alarms.requests,
      ...this.metrics.requests,
      ...this.overview.requests,
      ...this.data.requests,
      ...this.experiments.requests,
      ...this.lineage.requests,
      ...this.tags.requests,
      ...this.apis.requests,
      ...this.loadBalancers.requests,
      ...this.roles.requests,
      ...this.posture.requests,
      ...this.cost.requests,
      ...this.backups.requests,
      ...this.compliance.requests,
    };
    const streams: StreamHandlers = {
      ...this.app.streams,
      ...this.profiles.streams,
      ...this.session.streams,
      ...this.settings.streams,
      ...this.journal.streams,
      ...this.prompts.streams,
      ...this.sso.streams,
      ...this.jobs.streams,
      ...this.logs.streams,
      ...this.endpoints.streams,
      ...this.registry.streams,
      ...this.alarms.streams,
      ...this.metrics.streams,
      ...this.overview.streams,
      ...this.data.streams,
      ...this.experiments.streams,
      ...this.lineage.streams,
      ...this.tags.streams,
      ...this.apis.streams,
      ...this.loadBalancers.streams,
      ...this.roles.streams,
      ...this.posture.streams,
      ...this.cost.streams,
      ...this.backups.streams,
      ...this.compliance.streams,
    };

    const gate = createMutationGate({
      where: () => ({ ...this.session.current }),
      record: async (entry) => this.journal.record(entry),
      now: options.now ?? tickingClock(),
    });
    this.dispatcher = createDispatcher({
      handlers: this.wrapRequests(requests),
      streams: this.wrapStreams(streams),
      gate,
      sessionSignal: () => this.session.signal(),
    });
    this.connection = this.connect((message) => this.deliver(message));
  }

  /**
   * Another client of the same core (a second window, a socket): its own connection server over
   * the shared dispatcher, its messages handed to `send`.
   */
  connect(send: (message: ServerMessage) => void): Connection {
    return createConnection(this.dispatcher, (message) => send(overTheWire(message)));
  }

  // --- SageDeckBridge -------------------------------------------------------------------------

  async request(channel: string, input: unknown, meta?: RequestMeta): Promise<Envelope> {
    this.calls.push({ channel, input, meta });
    return overTheWire(await this.connection.request(channel, overTheWire(input), meta));
  }

  subscribe(channel: string, input: unknown, onEvent: (event: unknown) => void, onEnd: (error?: ErrorEnvelope) => void) {
    const id = this.nextStreamId++;
    this.listeners.set(id, { onEvent, onEnd });
    this.connection.open(id, channel, overTheWire(input));
    return () => {
      if (this.listeners.delete(id)) this.connection.close(id);
    };
  }

  private deliver(message: ServerMessage): void {
    const listener = this.listeners.get(message.id);
    if (!listener) return;
    if (message.t === 'ev') listener.onEvent(message.event);
    else if (message.t === 'end') {
      this.listeners.delete(message.id);
      listener.onEnd(message.error);
    }
  }

  // --- Test controls --------------------------------------------------------------------------

  /**
   * The next call that reaches `channel`'s handler fails with this error instead of running (as if
   * AWS refused it). Input validation and confirmation come first; a failed mutation is journalled.
   * On a stream channel, the next subscription ends with the error at once.
   */
  failNext(channel: string, error: Partial<ErrorEnvelope> & { message: string }): void {
    const queue = this.failures.get(channel) ?? [];
    queue.push({ code: ErrorCodes.Internal, retryable: false, ...error });
    this.failures.set(channel, queue);
  }

  /** Calls on `channel` wait before running until the returned function is called. */
  hold(channel: string): () => void {
    let release: () => void = () => {};
    this.holds.set(channel, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(channel);
      release();
    };
  }

  /**
   * The next call on `channel` runs at once (from the state at that moment) but its answer is
   * delivered only when the returned function is called: a reply that arrives late, after later
   * requests were answered.
   */
  delay(channel: string): () => void {
    let release: () => void = () => {};
    this.delays.set(channel, new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  }

  /** The requests the renderer sent on `channel`, refused ones included. */
  callsTo(channel: string): RecordedCall[] {
    return this.calls.filter((call) => call.channel === channel);
  }

  /** Open subscriptions of a stream channel, from every connection. */
  subscriberCount(channel: string): number {
    return this.emitters.get(channel)?.size ?? 0;
  }

  /**
   * Sends an event on every open subscription of `channel`, as if its handler emitted it. Prefer
   * the area's own controls (`session.select`, `prompts.ask`, `sso.event`, `jobs.update`) where
   * the area's state should change too; this one is for what the area would never send by itself.
   */
  emit(channel: string, event: unknown): void {
    for (const emit of [...(this.emitters.get(channel) ?? [])]) emit(overTheWire(event));
  }

  private wrapRequests(handlers: RequestHandlers): RequestHandlers {
    const wrapped: Record<string, AnyRequestHandler> = {};
    for (const [channel, handler] of Object.entries(handlers as Record<string, AnyRequestHandler>)) {
      wrapped[channel] = async (input, ctx) => {
        await this.holds.get(channel);
        const delayed = this.delays.get(channel);
        this.delays.delete(channel);
        const failure = this.failures.get(channel)?.shift();
        const outcome = failure
          ? { ok: false as const, error: new SageDeckError(failure) }
          : await handler(input, ctx).then(
              (value) => ({ ok: true as const, value }),
              (error: unknown) => ({ ok: false as const, error }),
            );
        await delayed;
        if (!outcome.ok) throw outcome.error;
        return outcome.value;
      };
    }
    return wrapped as RequestHandlers;
  }

  private wrapStreams(handlers: StreamHandlers): StreamHandlers {
    const wrapped: Record<string, AnyStreamHandler> = {};
    for (const [channel, handler] of Object.entries(handlers as Record<string, AnyStreamHandler>)) {
      wrapped[channel] = (input, emit, end, ctx) => {
        const failure = this.failures.get(channel)?.shift();
        if (failure) {
          end(new SageDeckError(failure));
          return () => {};
        }
        const open = this.emitters.get(channel) ?? new Set();
        this.emitters.set(channel, open);
        open.add(emit);
        const stop = handler(input, emit, end, ctx);
        return () => {
          open.delete(emit);
          stop();
        };
      };
    }
    return wrapped as StreamHandlers;
  }
}
