import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import type { KeychainState } from './use-keychain-status';

/** Says first where keys will go, or why they cannot be stored at all. */
export function KeychainStatusNotice({ keychain }: { keychain: KeychainState }) {
  if (keychain.status === 'checking') {
    return (
      <Box color="text-status-inactive" data-testid="keychain-status">
        Checking the OS keychain…
      </Box>
    );
  }
  if (keychain.status === 'available') {
    return (
      <Box data-testid="keychain-status">
        Secret access keys are stored in {keychain.backend ?? 'the OS keychain'}, never in a file.
      </Box>
    );
  }
  return (
    <Alert
      type="warning"
      header="No keychain available: SageDeck cannot store access keys"
      data-testid="keychain-status"
    >
      {keychain.message}
    </Alert>
  );
}
