import type { sessionRequests, sessionStreams } from '../../../../shared/contract/session';
import type { SessionIdentity, SessionInfo } from '../../../../shared/domain/session';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { Listeners } from './listeners';
import type { FakeProfiles } from './profiles';
import type { FakeSettings } from './settings';

const DEFAULT_REGION = 'us-east-1';

/**
 * session.*: which profile and region the console acts as. Like the real session manager, a switch
 * aborts the session signal (the dispatcher then ends session-scoped streams), bumps the
 * generation, remembers the choice in settings and tells session.watch; production follows the
 * marks in settings.
 */
export class FakeSession {
  current: SessionInfo;
  /** What session.identity answers besides account and ARN (expiresAt for temporary credentials). */
  identityExtra: { expiresAt?: string; account?: string } = {};
  private controller = new AbortController();
  private readonly watchers = new Listeners<SessionInfo>();

  constructor(
    start: Partial<SessionInfo>,
    private readonly profiles: FakeProfiles,
    settings: FakeSettings,
  ) {
    const profile = start.profile ?? 'sandbox';
    this.current = {
      profile,
      region: start.region ?? this.profiles.find(profile)?.region ?? DEFAULT_REGION,
      production: settings.current.productionProfiles.includes(profile),
      generation: start.generation ?? 1,
    };
    settings.onChange((next) => this.refreshProduction(next.productionProfiles));
    this.select = (name, region) => {
      const chosen = this.profiles.find(name);
      if (!chosen) {
        throw new SageDeckError({
          code: ErrorCodes.ProfileNotFound,
          message: `No profile named "${name}" in the AWS config or credentials files.`,
          fields: { profile: 'Pick a profile from the list, or add it to ~/.aws/config.' },
          retryable: false,
        });
      }
      const nextRegion = region ?? chosen.region ?? DEFAULT_REGION;
      this.controller.abort(new SageDeckError({ code: ErrorCodes.Cancelled, message: 'The session was switched.', retryable: true }));
      this.controller = new AbortController();
      this.current = { profile: chosen.name, region: nextRegion, production: chosen.production, generation: this.current.generation + 1 };
      settings.rememberSession(chosen.name, nextRegion);
      this.watchers.send(this.current);
      return this.current;
    };
  }

  /** Switches as session.select does, without a request: a switch made in another window or the CLI. */
  readonly select: (profile: string, region?: string) => SessionInfo;

  /** The current session's signal, for the dispatcher: aborted by the next switch. */
  signal(): AbortSignal {
    return this.controller.signal;
  }

  identity(): SessionIdentity {
    const account = this.identityExtra.account ?? '123456789012';
    return {
      account,
      arn: `arn:aws:sts::${account}:assumed-role/${this.current.profile}/sagedeck`,
      userId: 'AROAEXAMPLE:sagedeck',
      ...(this.identityExtra.expiresAt ? { expiresAt: this.identityExtra.expiresAt } : {}),
    };
  }

  private refreshProduction(marked: readonly string[]): void {
    const production = marked.includes(this.current.profile);
    if (production === this.current.production) return;
    this.current = { ...this.current, production };
    this.watchers.send(this.current);
  }

  readonly requests: RequestHandlersOf<typeof sessionRequests> = {
    'session.current': async () => this.current,
    'session.select': async (input) => this.select(input.profile, input.region),
    'session.identity': async () => this.identity(),
  };

  readonly streams: StreamHandlersOf<typeof sessionStreams> = {
    'session.watch': (_input, emit) => this.watchers.add(emit),
  };
}
