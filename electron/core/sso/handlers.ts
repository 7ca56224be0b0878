import type { RequestHandlers, StreamHandlers } from '../rpc/handlers';
import type { SsoService } from './sso-service';

export type SsoRequestChannels = 'sso.signIn' | 'sso.openVerification' | 'sso.signOut';

/** Only names, codes, URLs and expiry times cross here: tokens and client secrets stay in core. */
export function ssoHandlers(sso: SsoService): Pick<RequestHandlers, SsoRequestChannels> {
  return {
    'sso.signIn': (input) => sso.signIn(input.profile),
    'sso.openVerification': (input) => sso.openVerification(input.profile),
    'sso.signOut': (input) => sso.signOut(input.profile),
  };
}

export function ssoStreams(sso: SsoService): Pick<StreamHandlers, 'sso.events'> {
  return { 'sso.events': (input, emit) => sso.subscribe(input.profile, emit) };
}
