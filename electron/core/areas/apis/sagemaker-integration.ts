/*
 * API Gateway's AWS integration to SageMaker Runtime: the URI names the action path
 * `runtime.sagemaker:path//endpoints/<name>/invocations` (read back by endpointOfIntegrationUri).
 */

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
