import { errorMessage } from '../components/ErrorNotice';
import { describeExpiry, shortArn } from './identity-format';
import { useIdentity, useSession } from './services';
import { useNow } from './use-now';

function Expiry({ expiresAt }: { expiresAt: string }) {
  const refreshViews = useSession((state) => state.refreshViews);
  const now = useNow(true);
  const view = describeExpiry(expiresAt, now);
  if (!view) return null;
  const title = `Temporary credentials expire at ${new Date(expiresAt).toLocaleString()}`;
  if (view.state === 'expired') {
    return (
      <button
        type="button"
        className="identity-expiry is-expired"
        data-testid="identity-expiry"
        data-state="expired"
        title="These credentials have expired. Ask AWS again; SageDeck refreshes them or asks you to sign in."
        onClick={refreshViews}
      >
        {view.text}
      </button>
    );
  }
  return (
    <span
      className={`identity-expiry${view.state === 'warning' ? ' is-warning' : ''}`}
      data-testid="identity-expiry"
      data-state={view.state}
      title={title}
      role={view.state === 'warning' ? 'status' : undefined}
    >
      {view.text}
    </span>
  );
}

/** Who the session is: the account and ARN STS reports, and how long temporary credentials last. */
export function IdentitySummary() {
  const state = useIdentity();
  const refreshViews = useSession((store) => store.refreshViews);
  if (state.status === 'idle') return null;
  if (state.status === 'loading') {
    return (
      <div className="identity" data-testid="identity" aria-busy="true">
        <span className="identity-account" data-testid="identity-account">
          …
        </span>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="identity" data-testid="identity">
        <button
          type="button"
          className="identity-unavailable"
          data-testid="identity-account"
          title={`${errorMessage(state.error)} Click to ask again.`}
          onClick={refreshViews}
        >
          Identity unavailable
        </button>
      </div>
    );
  }
  const { identity } = state;
  return (
    <div className="identity" data-testid="identity">
      <span className="identity-account" data-testid="identity-account" title="AWS account id">
        {identity.account}
      </span>
      <span className="identity-arn" data-testid="identity-arn" title={identity.arn}>
        {shortArn(identity.arn)}
      </span>
      {identity.expiresAt && <Expiry expiresAt={identity.expiresAt} />}
    </div>
  );
}
