import { ScalableDimension, ServiceNamespace } from '@aws-sdk/client-application-auto-scaling';
import { Checker } from '../sagemaker/validation/checker';

/** The same "N validation errors detected: …" wording SageMaker uses; one checker for both. */
export { Checker };

export const NAMESPACES: readonly string[] = Object.values(ServiceNamespace);
export const DIMENSIONS: readonly string[] = Object.values(ScalableDimension);
const RESOURCE_ID = '[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*';

export function checkTargetKey(c: Checker, input: { ServiceNamespace?: string; ResourceId?: string; ScalableDimension?: string }, required = true): void {
  if (!required || c.required('serviceNamespace', input.ServiceNamespace)) c.oneOf('serviceNamespace', input.ServiceNamespace, NAMESPACES);
  if (!required || c.required('resourceId', input.ResourceId)) {
    c.length('resourceId', input.ResourceId, 1, 1600);
    c.pattern('resourceId', input.ResourceId, RESOURCE_ID);
  }
  if (!required || c.required('scalableDimension', input.ScalableDimension)) c.oneOf('scalableDimension', input.ScalableDimension, DIMENSIONS);
}

export function checkMaxResults(c: Checker, value: number | undefined): void {
  c.range('maxResults', value, 1, 50);
}
