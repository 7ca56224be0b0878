import { useQuery } from '@tanstack/react-query';
import { useClient } from '../../app/services';
import { errorMessage } from '../../components/ErrorNotice';

export type KeychainState =
  | { status: 'checking' }
  | { status: 'available'; backend: string | undefined }
  | { status: 'unavailable'; message: string };

const UNAVAILABLE = 'SageDeck found no OS keychain, so it will not store access keys (it never falls back to a file).';

/** Whether app-managed keys can be stored; a host that cannot even say counts as "no". */
export function useKeychainStatus(): KeychainState {
  const client = useClient();
  const query = useQuery({ queryKey: ['keychain.status'], queryFn: () => client.request('keychain.status', {}) });
  if (query.isPending) return { status: 'checking' };
  if (query.isError) return { status: 'unavailable', message: errorMessage(query.error) };
  if (query.data.available) return { status: 'available', backend: query.data.backend };
  return { status: 'unavailable', message: query.data.message ?? UNAVAILABLE };
}
