import { useEffect, useRef } from 'react';
import { useSessionQuery } from '../../../use-session-query';

/**
 * The sample to start from: the newest JSON payload SageDeck last sent to the endpoint, when
 * there is one. Offered once per endpoint, so a sample the user typed is never replaced.
 */
export function useRecentSample(endpointName: string, onSample: (sample: string) => void) {
  const payloads = useSessionQuery('endpoints.recentPayloads', { endpointName }, { enabled: endpointName !== '' });
  const offered = useRef<string | undefined>(undefined);
  const recent = payloads.data?.find((payload) => payload.contentType === 'application/json')?.body;
  useEffect(() => {
    if (!payloads.isSuccess || offered.current === endpointName) return;
    offered.current = endpointName;
    if (recent) onSample(recent);
  }, [payloads.isSuccess, endpointName, recent, onSample]);
}
