import type { SsoAuthorization, SsoEvent } from '../../../../shared/domain/credentials';

export type SsoFlow =
  | { step: 'starting' }
  | { step: 'waiting'; authorization: SsoAuthorization }
  | { step: 'signed-in' }
  | { step: 'ended'; outcome: 'denied' | 'expired' | 'failed'; message: string };

const ENDINGS: Record<'denied' | 'expired' | 'failed', string> = {
  denied: 'The sign-in was denied in the browser. Try again, and choose Allow on the sign-in page.',
  expired: 'The code expired before the sign-in was approved. Try again for a new code.',
  failed: 'The sign-in did not finish.',
};

/**
 * What an sso.watch event does to a sign-in in progress. Only a flow that shows a code can end:
 * an event that arrives before the code (left over from an earlier attempt) changes nothing.
 */
export function applySsoEvent(flow: SsoFlow, event: SsoEvent): SsoFlow {
  if (flow.step !== 'waiting' || event.profile !== flow.authorization.profile) return flow;
  switch (event.state) {
    case 'signed-in':
      return { step: 'signed-in' };
    case 'denied':
    case 'expired':
    case 'failed':
      return {
        step: 'ended',
        outcome: event.state,
        message: event.state === 'failed' && event.message ? event.message : ENDINGS[event.state],
      };
    default:
      return flow;
  }
}
