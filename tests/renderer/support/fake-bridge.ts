import type { Envelope, SageDeckBridge } from '../../../shared/bridge';
import type { RequestMeta } from '../../../shared/contract';
import type { KeychainStatus, PendingPrompt, SsoAuthorization } from '../../../shared/domain/credentials';
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

export function pendingPrompt(id: string, extra: Partial<PendingPrompt> = {}): PendingPrompt {
  return {
    id,
    kind: 'mfa',
    profile: 'ops-mfa',
    mfaSerial: 'arn:aws:iam::111122223333:mfa/alice',
    expiresAt: '2026-11-26T12:05:00.000Z',
    ...extra,
  };
}

export function ssoAuthorization(profileName: string): SsoAuthorization & { verificationUriComplete: string } {
  return {
    profile: profileName,
    userCode: 'WDJB-MJHT',
    verificationUri: 'https://device.sso.us-east-1.amazonaws.com/',
    verificationUriComplete: 'https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT',
    expiresAt: '2026-11-26T12:10:00.000Z',
    intervalSeconds: 5,
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
  private readonly delays = new Map<string, Promise<void>>();
  private readonly streams = new Map<string, Set<StreamListener>>();
  private journalId = 1;
  /** What session.identity answers besides account and ARN (expiresAt for temporary credentials). */
  identityExtra: { expiresAt?: string; account?: string } = {};
  keychain: KeychainStatus = { available: true, backend: 'Test keychain' };
  /** The MFA code prompts.answer accepts; any other code fails as AWS would. */
  mfaCode = '123456';
  /** What sso.openVerification answers: the web host cannot open a browser and says so. */
  ssoOpens = true;

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

  /**
   * The next request on `channel` is answered at once (from the state at that moment) but the
   * answer is delivered only when the returned function is called: a reply that arrives late,
   * after later requests were answered.
   */
  delay(channel: string): () => void {
    let release: () => void = () => {};
    this.delays.set(channel, new Promise<void>((resolve) => (release = resolve)));
    return () => release();
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
    const delayed = this.delays.get(channel);
    this.delays.delete(channel);
    const envelope = this.envelopeFor(channel, input, meta);
    await delayed;
    return envelope;
  }

  private envelopeFor(channel: string, input: unknown, meta: RequestMeta | undefined): Envelope {
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
      case 'session.identity': {
        const account = this.identityExtra.account ?? '123456789012';
        return {
          account,
          arn: `arn:aws:sts::${account}:assumed-role/${this.session.profile}/sagedeck`,
          userId: 'AROAEXAMPLE:sagedeck',
          ...(this.identityExtra.expiresAt ? { expiresAt: this.identityExtra.expiresAt } : {}),
        };
      }
      case 'profiles.setProduction': {
        const name = String(input.name);
        const production = Boolean(input.production);
        const found = this.profiles.find((entry) => entry.name === name);
        if (!found) throw { code: ErrorCodes.ProfileNotFound, message: `No profile named ${name}.`, retryable: false };
        const updated = { ...found, production, suggestProduction: production ? false : found.suggestProduction };
        this.profiles = this.profiles.map((entry) => (entry.name === name ? updated : entry));
        this.record(channel, name);
        if (this.session.profile === name && this.session.production !== production) {
          this.session = { ...this.session, production };
          this.emit('session.watch', this.session);
        }
        return updated;
      }
      case 'keychain.status':
        return this.keychain;
      case 'profiles.addManaged': {
        const name = String(input.name);
        if (!this.keychain.available) {
          throw { code: 'KeychainUnavailable', message: this.keychain.message ?? 'No keychain.', retryable: false };
        }
        if (this.profiles.some((entry) => entry.name === name)) {
          throw {
            code: ErrorCodes.InvalidInput,
            message: 'Input is not valid.',
            retryable: false,
            fields: { name: `A profile named ${name} already exists.` },
          };
        }
        const added: ProfileSummary = profile(name, {
          kind: 'app-managed',
          source: 'app',
          ...(typeof input.region === 'string' ? { region: input.region } : {}),
          ...(typeof input.endpointUrl === 'string' ? { endpointUrl: input.endpointUrl } : {}),
        });
        this.profiles = [...this.profiles, added];
        this.record(channel, name);
        return added;
      }
      case 'profiles.removeManaged': {
        const name = String(input.name);
        if (!meta.confirmed) {
          throw {
            code: ErrorCodes.ConfirmationRequired,
            message: 'Confirm to continue.',
            retryable: false,
            confirmation: {
              action: 'Remove app-managed profile and its keychain item',
              target: name,
              typeToConfirm: false,
            },
          };
        }
        this.profiles = this.profiles.filter((entry) => entry.name !== name);
        this.record(channel, name);
        return { removed: true };
      }
      case 'prompts.answer': {
        if (input.code !== this.mfaCode) {
          throw {
            code: 'AccessDenied',
            message: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
            retryable: false,
          };
        }
        this.emit('prompts.watch', { id: input.id, closed: true });
        return { accepted: true };
      }
      case 'prompts.cancel':
        this.emit('prompts.watch', { id: input.id, closed: true });
        return { cancelled: true };
      case 'sso.signIn':
        return ssoAuthorization(String(input.profile));
      case 'sso.openVerification':
        return { opened: this.ssoOpens, url: ssoAuthorization(String(input.profile)).verificationUriComplete };
      case 'sso.signOut':
        this.emit('sso.watch', { profile: input.profile, state: 'signed-out' });
        return { signedOut: true };
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
        this.settings = {
          ...this.settings,
          profile: name,
          region,
          recentProfiles: [name, ...this.settings.recentProfiles.filter((entry) => entry !== name)],
          recentRegions: [region, ...this.settings.recentRegions.filter((entry) => entry !== region)],
        };
        this.record(channel, `${name}${input.region ? `@${region}` : ''}`);
        this.emit('session.watch', this.session);
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
          this.emit('session.watch', this.session);
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
    this.emit('journal.watch', entry);
  }
}
