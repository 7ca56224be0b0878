import { useSessionQuery } from '../../../use-session-query';

/**
 * The invoke role an API already in front of this endpoint uses (its integration's credentials),
 * offered next to the role field: SageMaker endpoints carry no role of their own to prefill from.
 */
export function useSuggestedRole(endpointName: string): { apiName: string; roleArn: string } | undefined {
  const list = useSessionQuery('apis.list', {}, { enabled: endpointName !== '' });
  const serving = list.data?.items.find((api) => api.servesEndpoints.includes(endpointName));
  const detail = useSessionQuery('apis.describe', { apiId: serving?.id ?? '' }, { enabled: serving !== undefined });
  const roleArn = detail.data?.resources
    .flatMap((resource) => resource.methods)
    .find((method) => method.integration?.endpointName === endpointName && method.integration.credentials)?.integration?.credentials;
  return serving && roleArn ? { apiName: serving.name, roleArn } : undefined;
}
