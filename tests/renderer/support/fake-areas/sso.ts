import type { ssoRequests, ssoStreams } from '../../../../shared/contract/sso';
import type { SsoEvent } from '../../../../shared/domain/credentials';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { ssoAuthorization } from '../fixtures';
import { Listeners } from './listeners';

/** sso.*: device sign-in with a fixed user code; `event` says what the browser did. */
export class FakeSso {
  /** What sso.openVerification answers: the web host cannot open a browser and says so. */
  opens = true;
  private readonly watchers = new Listeners<SsoEvent>();

  /** A sign-in state change, sent to the watchers of that profile and of every profile. */
  event(event: SsoEvent): void {
    this.watchers.send(event);
  }

  readonly requests: RequestHandlersOf<typeof ssoRequests> = {
    'sso.signIn': async (input) => ssoAuthorization(input.profile),
    'sso.openVerification': async (input) => ({ opened: this.opens, url: ssoAuthorization(input.profile).verificationUriComplete }),
    'sso.signOut': async (input) => {
      this.event({ profile: input.profile, state: 'signed-out' });
      return { signedOut: true };
    },
  };

  readonly streams: StreamHandlersOf<typeof ssoStreams> = {
    'sso.watch': (input, emit) =>
      this.watchers.add((event) => {
        if (!input.profile || event.profile === input.profile) emit(event);
      }),
  };
}
