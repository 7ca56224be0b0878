import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../app/services';
import { errorMessage } from '../../components/ErrorNotice';
import { applySsoEvent, type SsoFlow } from './sso-flow';

export type SignInFlow = SsoFlow | { step: 'error'; message: string };

/**
 * Runs one IAM Identity Center device sign-in for `profile`: asks the host to start it, then follows
 * sso.watch until the browser approves, denies or the code expires. `retry` starts over.
 */
export function useSsoSignIn(profile: string) {
  const client = useClient();
  const [flow, setFlow] = useState<SignInFlow>({ step: 'starting' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    // Listen before starting, so an approval that comes quickly is not missed.
    const stop = client.subscribe('sso.watch', { profile }, (event) => {
      if (live) setFlow((current) => (current.step === 'error' ? current : applySsoEvent(current, event)));
    });
    client.request('sso.signIn', { profile }).then(
      (authorization) =>
        live && setFlow((current) => (current.step === 'starting' ? { step: 'waiting', authorization } : current)),
      (reason: unknown) => live && setFlow({ step: 'error', message: errorMessage(reason) }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [client, profile, attempt]);

  const retry = useCallback(() => {
    setFlow({ step: 'starting' });
    setAttempt((count) => count + 1);
  }, []);

  return { flow, retry };
}
