import type { ssoRequests, ssoStreams } from '../../../../shared/contract/sso';
import type { SsoService } from '../../sso/sso-service';
import type { AreaModule } from '../area-module';

/** IAM Identity Center sign-in. Only names, codes, URLs and expiry times cross: tokens stay in core. */
export function ssoArea(sso: SsoService): AreaModule<typeof ssoRequests, typeof ssoStreams> {
  return {
    requests: {
      'sso.signIn': (input) => sso.signIn(input.profile),
      'sso.openVerification': (input) => sso.openVerification(input.profile),
      'sso.signOut': (input) => sso.signOut(input.profile),
    },
    streams: { 'sso.watch': (input, emit) => sso.subscribe(input.profile, emit) },
    dispose: () => sso.close(),
  };
}
