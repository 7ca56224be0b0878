/**
 * Where a stage answers. On AWS `https://<id>.execute-api.<region>.amazonaws.com/<stage>`; on a
 * custom endpoint (the sandbox, LocalStack, a profile's endpoint_url) the path convention both use,
 * `<endpoint>/restapis/<id>/<stage>/_user_request_`, so no host name has to resolve.
 */
export interface InvokeTarget {
  region: string;
  /** The session's custom `apigateway` endpoint; undefined on AWS. */
  endpoint?: string | undefined;
}

export function stageInvokeUrl(target: InvokeTarget, apiId: string, stageName: string): string {
  if (target.endpoint) return `${target.endpoint.replace(/\/+$/, '')}/restapis/${apiId}/${encodeURIComponent(stageName)}/_user_request_`;
  const suffix = target.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://${apiId}.execute-api.${target.region}.${suffix}/${encodeURIComponent(stageName)}`;
}

/** A resource path under a stage's invoke URL: `/predict` → `<invokeUrl>/predict`. */
export function resourceUrl(invokeUrl: string, path: string): string {
  return path === '/' ? `${invokeUrl}/` : `${invokeUrl}${path}`;
}
