import type { Envelope, SageDeckBridge } from '../../../shared/bridge';
import type { RequestMeta } from '../../../shared/contract';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import { ErrorCodes, type ErrorEnvelope } from '../../../shared/errors';

export interface RecordedCall {
  channel: string;
  input: unknown;
  meta: RequestMeta | undefined;
}

type StreamListener = { onEvent: (event: unknown) => void; onEnd: (error?: ErrorEnvelope) => void };

export function profile(name: string, extra: Partial<ProfileSummary> = {}): ProfileSummary {
  return { name, kind: 'static', source: 'config', production: false, suggestProduction: false, ...extra };
}

export function journalEntry(id: string, extra: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id,
    time: '2026-11-26T10:00:00.000Z',
    profile: 'sandbox',
    region: 'us-east-1',
    channel: 'session.select',
    target: 'sandbox@us-east-1',
    input: {},
    outcome: 'success',
    durationMs: 3,
    ...extra,
  };
}

export interface FakeHostOptions {
  profiles?: ProfileSummary[];
  session?: Partial<SessionInfo>;
  settings?: Partial<Settings>;
  journal?: JournalEntry[];
}

/**
 * An in-memory host behind the SageDeckBridge interface: it answers from its own data, applies
 * switches and settings, journals mutations, asks for confirmation the way the real gate does,
 * and pushes stream events, so renderer tests exercise the real client, store and screens.
 */
export class FakeHost implements SageDeckBridge {
  profiles: ProfileSummary[];
  session: SessionInfo;
  settings: Settings;
  journal: JournalEntry[];
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, ErrorEnvelope[]>();
  private readonly holds = new Map<string, Promise<void>>();
  private readonly streams = new Map<string, Set<StreamListener>>();
  private journalId = 1;

  constructor(options: FakeHostOptions = {}) {
    this.profiles = options.profiles ?? [
      profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' }),
    ];
    this.session = { profile: 'sandbox', region: 'us-east-1', production: false, generation: 1, ...options.session };
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.journal = options.journal ?? [];
  }

  /** The next request on `channel` answers with this error instead of running. */
  failNext(channel: string, error: Partial<ErrorEnvelope> & { message: string }): void {
    const queue = this.failures.get(channel) ?? [];
    queue.push({ code: ErrorCodes.Internal, retryable: false, ...error });
    this.failures.set(channel, queue);
  }

  /** Requests on `channel` wait until the returned function is called. */
  hold(channel: string): () => void {
    let release: () => void = () => {};
    this.holds.set(channel, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(channel);
      release();
    };
  }

  callsTo(channel: string): RecordedCall[] {
    return this.calls.filter((call) => call.channel === channel);
  }

  subscriberCount(channel: string): number {
    return this.streams.get(channel)?.size ?? 0;
  }

  emit(channel: string, event: unknown): void {
    for (const listener of [...(this.streams.get(channel) ?? [])]) listener.onEvent(event);
  }

  async request(channel: string, input: unknown, meta?: RequestMeta): Promise<Envelope> {
    this.calls.push({ channel, input, meta });
    await this.holds.get(channel);
    const failure = this.failures.get(channel)?.shift();
    if (failure) return { ok: false, error: failure };
    try {
      return { ok: true, result: this.answer(channel, (input ?? {}) as Record<string, unknown>, meta ?? {}) };
    } catch (error) {
      return { ok: false, error: error as ErrorEnvelope };
    }
  }

  subscribe(
    channel: string,
    _input: unknown,
    onEvent: (event: unknown) => void,
    onEnd: (error?: ErrorEnvelope) => void,
  ) {
    const listener = { onEvent, onEnd };
    const set = this.streams.get(channel) ?? new Set<StreamListener>();
    set.add(listener);
    this.streams.set(channel, set);
    return () => {
      set.delete(listener);
    };
  }

  private answer(channel: string, input: Record<string, unknown>, meta: RequestMeta): unknown {
    switch (channel) {
      case 'app.info':
        return { version: '0.0.0-test', host: 'web', platform: 'test' };
      case 'profiles.list':
        return this.profiles;
      case 'session.current':
        return this.session;
      case 'settings.get':
        return this.settings;
      case 'session.identity':
        return {
          account: '123456789012',
          arn: `arn:aws:sts::123456789012:assumed-role/${this.session.profile}/sagedeck`,
          userId: 'AROAEXAMPLE:sagedeck',
        };
      case 'journal.list':
        return this.journal.slice(0, Number(input.limit ?? 200));
      case 'session.select': {
        const name = String(input.profile);
        const chosen = this.profiles.find((candidate) => candidate.name === name);
        if (!chosen) {
          throw {
            code: ErrorCodes.ProfileNotFound,
            message: `No profile named ${name}.`,
            retryable: false,
            fields: { profile: `No profile named ${name}.` },
          };
        }
        const region = typeof input.region === 'string' ? input.region : (chosen.region ?? 'us-east-1');
        this.session = {
          profile: name,
          region,
          production: chosen.production,
          generation: this.session.generation + 1,
        };
        this.record(channel, `${name}${input.region ? `@${region}` : ''}`);
        this.emit('session.changes', this.session);
        return this.session;
      }
      case 'settings.update': {
        this.settings = { ...this.settings, ...input };
        const marked = this.settings.productionProfiles;
        this.profiles = this.profiles.map((entry) => ({ ...entry, production: marked.includes(entry.name) }));
        this.record(channel, 'settings');
        const production = marked.includes(this.session.profile);
        if (production !== this.session.production) {
          this.session = { ...this.session, production };
          this.emit('session.changes', this.session);
        }
        return this.settings;
      }
      case 'settings.reset': {
        const typeToConfirm = this.session.production;
        if (!meta.confirmed || (typeToConfirm && meta.typedConfirmation !== 'settings')) {
          throw {
            code: ErrorCodes.ConfirmationRequired,
            message: 'Confirm to continue.',
            retryable: false,
            confirmation: { action: 'Reset all settings', target: 'settings', typeToConfirm },
          };
        }
        this.settings = { ...DEFAULT_SETTINGS };
        this.record(channel, 'settings');
        return this.settings;
      }
      default:
        throw { code: ErrorCodes.UnknownChannel, message: `Unknown request: ${channel}`, retryable: false };
    }
  }

  private record(channel: string, target: string): void {
    const entry = journalEntry(`j${this.journalId++}`, {
      time: new Date(Date.UTC(2026, 10, 26, 12, 0, this.journalId)).toISOString(),
      profile: this.session.profile,
      region: this.session.region,
      channel,
      target,
    });
    this.journal = [entry, ...this.journal];
    this.emit('journal.changes', entry);
  }
}
