import './profiles.css';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { AreaProps } from '../../app/areas';
import { withQueries } from '../query-client';
import { AddManagedProfileForm } from './AddManagedProfileForm';
import { KeychainStatusNotice } from './KeychainStatusNotice';
import { ManagedProfileList } from './ManagedProfileList';
import { useKeychainStatus } from './use-keychain-status';

/**
 * Profiles whose keys SageDeck keeps: added here, stored in the OS keychain, never written to
 * ~/.aws. Profiles from ~/.aws/config are listed in the profile menu and edited in those files.
 */
function ProfilesArea(_props: AreaProps) {
  const keychain = useKeychainStatus();
  return (
    <SpaceBetween size="l">
      {[
        <Container
          key="add"
          header={
            <Header
              variant="h2"
              description="For an account you reach with an access key pair. SageDeck never writes ~/.aws/config or ~/.aws/credentials."
            >
              Add profile with access keys
            </Header>
          }
        >
          <SpaceBetween size="m">
            {[
              <KeychainStatusNotice key="keychain" keychain={keychain} />,
              <AddManagedProfileForm key="form" disabled={keychain.status !== 'available'} />,
            ]}
          </SpaceBetween>
        </Container>,
        <Container key="list" header={<Header variant="h2">Stored in SageDeck</Header>}>
          <ManagedProfileList />
        </Container>,
      ]}
    </SpaceBetween>
  );
}

export default withQueries(ProfilesArea);
