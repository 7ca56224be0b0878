import { lazy, Suspense, useEffect } from 'react';
import { useIdentity, useServices, useSession, useSso } from './services';

const SsoSignInModal = lazy(() => import('../features/sso/SsoSignInModal'));

/**
 * "Sign in again" for the current profile when its IAM Identity Center sign-in is missing, expired
 * or revoked (a request failed with SsoSignInRequired, or sso.watch said so), and the sign-in
 * dialog. A finished sign-in makes every open view read again.
 */
export function SsoHost() {
  const { sso, session } = useServices();
  const profile = useSession((state) => state.session?.profile);
  const reason = useSso((state) => (profile ? state.needsSignIn[profile] : undefined));
  const signingIn = useSso((state) => state.signingIn);
  const identity = useIdentity();

  useEffect(
    () =>
      sso.getState().watch((signedIn) => {
        if (signedIn === session.getState().session?.profile) session.getState().refreshViews();
      }),
    [sso, session],
  );

  // The session answered: whatever sign-in it needed has happened (here or in the AWS CLI).
  useEffect(() => {
    if (identity.status === 'ready' && profile) sso.getState().forget(profile);
  }, [identity, profile, sso]);

  return (
    <>
      {profile && reason !== undefined && (
        <div className="sso-banner" role="alert" data-testid="sso-banner">
          <span>{reason || `The IAM Identity Center sign-in for ${profile} is needed.`}</span>
          <button
            type="button"
            className="button"
            data-testid="sso-sign-in"
            onClick={() => sso.getState().startSignIn(profile)}
          >
            Sign in again
          </button>
        </div>
      )}
      {signingIn && (
        <Suspense fallback={null}>
          <SsoSignInModal key={signingIn} profile={signingIn} onClose={() => sso.getState().closeSignIn()} />
        </Suspense>
      )}
    </>
  );
}
