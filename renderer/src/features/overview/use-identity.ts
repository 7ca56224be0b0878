import { useQuery } from '@tanstack/react-query';
import { useClient, useSession } from '../../app/services';

/** Who AWS says the session is (STS GetCallerIdentity), asked again after every switch. */
export function useIdentity() {
  const client = useClient();
  const session = useSession((state) => state.session);
  return useQuery({
    queryKey: ['session.identity', session?.profile, session?.region, session?.generation],
    queryFn: () => client.request('session.identity', {}),
    enabled: session !== undefined,
  });
}
