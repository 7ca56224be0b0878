import { useIdentity, useSession } from '../../app/services';
import { kindLabel } from '../../components/ProfileSwitcher';
import { errorMessage } from '../../components/ErrorNotice';
import { ProductionBadge } from '../../components/ProductionBadge';

/** Who and where the console acts as: profile, region, kind, account and caller. */
export function SessionPanel() {
  const session = useSession((state) => state.session);
  const profiles = useSession((state) => state.profiles);
  const status = useSession((state) => state.status);
  const profile = profiles.find((candidate) => candidate.name === session?.profile);
  const identity = useIdentity();
  const refreshViews = useSession((state) => state.refreshViews);

  return (
    <section className="panel" aria-labelledby="overview-session">
      <h2 id="overview-session">Current session</h2>
      {status === 'loading' || !session ? (
        <p className="loading" role="status">
          Loading the session…
        </p>
      ) : (
        <dl className="key-values">
          <div>
            <dt>Profile</dt>
            <dd data-testid="overview-profile">
              {session.profile} {session.production && <ProductionBadge />}
            </dd>
          </div>
          <div>
            <dt>Region</dt>
            <dd data-testid="overview-region">{session.region}</dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd data-testid="overview-kind">{kindLabel(profile?.kind)}</dd>
          </div>
          <div>
            <dt>Account</dt>
            <dd data-testid="overview-account">
              {identity.status === 'ready' ? identity.identity.account : identity.status === 'error' ? 'Not available' : 'Asking AWS…'}
            </dd>
          </div>
          <div className="key-values-wide">
            <dt>Signed in as</dt>
            <dd data-testid="overview-identity">
              {identity.status === 'ready'
                ? identity.identity.arn
                : identity.status === 'error'
                  ? `Could not read the caller identity: ${errorMessage(identity.error)}`
                  : 'Asking AWS…'}
            </dd>
            {identity.status === 'error' && (
              // In its own <dd>: a <dl> group holds only <dt> and <dd> (axe definition-list).
              <dd>
                <button type="button" className="button" data-testid="overview-identity-retry" onClick={refreshViews}>
                  Try again
                </button>
              </dd>
            )}
          </div>
          {profile?.endpointUrl && (
            <div>
              <dt>Endpoint</dt>
              <dd>{profile.endpointUrl}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
