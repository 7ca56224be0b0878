import type { PostureFindingStatus, PostureFixLink, PostureResourceKind, PostureSeverity } from '../../../../../shared/domain/posture';
import { restApiHref, loadBalancerHref } from '../../api/api-routes';
import { postureHref } from '../../data/data-routes';
import { endpointHref } from '../../endpoints/endpoint-routes';
import { jobHref } from '../../jobs/job-routes';
import { logGroupsHref } from '../../logs/logs-routes';

/** The console address where a finding is fixed. */
export function fixHref(link: PostureFixLink): string {
  switch (link.area) {
    case 'bucket':
      return postureHref(link.bucket);
    case 'job':
      return jobHref(link.kind, link.name);
    case 'endpoint':
      return endpointHref(link.name);
    case 'api':
      return restApiHref(link.apiId);
    case 'loadBalancer':
      return loadBalancerHref(link.name, 'listeners');
    case 'logGroup':
      return logGroupsHref();
  }
}

export const STATUS_LABEL: Record<PostureFindingStatus, string> = { pass: 'Pass', fail: 'Fail', unknown: 'Could not check' };
export const SEVERITY_LABEL: Record<PostureSeverity, string> = { high: 'High', medium: 'Medium', low: 'Low' };
export const KIND_LABEL: Record<PostureResourceKind, string> = {
  bucket: 'S3 bucket',
  trainingJob: 'Training job',
  processingJob: 'Processing job',
  endpointConfig: 'Endpoint config',
  logGroup: 'Log group',
  apiStage: 'API stage',
  listener: 'Listener',
  kmsKey: 'KMS key',
};
