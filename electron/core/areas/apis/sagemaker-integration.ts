/**
 * API Gateway's AWS integration to SageMaker Runtime: the URI names the action path
 * `runtime.sagemaker:path//endpoints/<name>/invocations` (the console writes two slashes, some
 * templates one; both reach InvokeEndpoint).
 */
const SAGEMAKER_URI = /^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:runtime\.sagemaker:path\/\/?endpoints\/([^/]+)\/invocations$/;

/** The SageMaker endpoint an integration URI invokes, if it is one. */
export function endpointOfUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const name = SAGEMAKER_URI.exec(uri)?.[1];
  return name ? decodeURIComponent(name) : undefined;
}

/** AWS's partition of a region: ARNs outside the commercial one say so. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** The integration URI that calls InvokeEndpoint on `endpointName` in the session's region. */
export function invokeEndpointUri(region: string, endpointName: string): string {
  return `arn:${partitionOf(region)}:apigateway:${region}:runtime.sagemaker:path//endpoints/${endpointName}/invocations`;
}
