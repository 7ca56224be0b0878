import type { EndpointSummary } from '../../../../../shared/domain/endpoints';
import { useLiveList } from '../../live/use-live-list';

export const endpointKey = (endpoint: EndpointSummary) => endpoint.name;

/**
 * The live endpoints list: the first page from endpoints.list, then the watcher's changes. The
 * watcher carries no filter, so every view of the list shares one poller on the host.
 */
export function useEndpointList() {
  return useLiveList('endpoints.list', 'endpoints.watch', { list: {}, watch: {} }, endpointKey);
}
