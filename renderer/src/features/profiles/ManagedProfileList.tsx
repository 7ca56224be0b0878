import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import { useClient, useServices, useSession } from '../../app/services';
import { errorMessage } from '../../components/ErrorNotice';

/** The profiles SageDeck keeps itself; removing one deletes its keychain item (after a confirmation). */
export function ManagedProfileList() {
  const client = useClient();
  const { session } = useServices();
  const allProfiles = useSession((state) => state.profiles);
  const profiles = useMemo(() => allProfiles.filter((profile) => profile.kind === 'app-managed'), [allProfiles]);
  const current = useSession((state) => state.session?.profile);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  const remove = async (name: string) => {
    setBusy(name);
    setError(undefined);
    try {
      await client.request('profiles.removeManaged', { name });
      await session.getState().reloadProfiles();
    } catch (reason) {
      if (!(reason instanceof SageDeckError && reason.code === ErrorCodes.Cancelled)) setError(errorMessage(reason));
    } finally {
      setBusy(undefined);
    }
  };

  if (profiles.length === 0) {
    return (
      <Box color="text-status-inactive" data-testid="managed-profiles-empty">
        No profiles stored in SageDeck yet.
      </Box>
    );
  }
  return (
    <SpaceBetween size="s">
      {[
        error ? (
          <Alert key="error" type="error" header="The profile was not removed">
            {error}
          </Alert>
        ) : null,
        <ul key="list" className="managed-profiles" data-testid="managed-profiles">
          {profiles.map((profile) => (
            <li key={profile.name} data-testid={`managed-profile-${profile.name}`}>
              <span className="managed-profile-name">{profile.name}</span>
              <span className="managed-profile-detail">
                {profile.region ?? 'no default region'}
                {profile.endpointUrl ? ` · ${profile.endpointUrl}` : ''}
                {profile.name === current ? ' · in use' : ''}
              </span>
              <Button
                onClick={() => void remove(profile.name)}
                loading={busy === profile.name}
                disabled={busy !== undefined}
                data-testid={`managed-remove-${profile.name}`}
                ariaLabel={`Remove ${profile.name}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>,
      ]}
    </SpaceBetween>
  );
}
