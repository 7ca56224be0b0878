import type { RunningCostRow, UntaggedResource } from '../../../../../shared/domain/cost';
import { browseHref } from '../../data/data-routes';
import { endpointHref, endpointsHref } from '../../endpoints/endpoint-routes';
import { jobHref } from '../../jobs/job-routes';
import { logGroupsHref } from '../../logs/logs-routes';
import { groupHref } from '../../registry/registry-routes';
import { loadBalancerHref, restApiHref } from '../../api/api-routes';

/** "$1,234.56": cost as Cost Explorer's console shows it. */
export const usd = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const RUNNING_KIND_LABEL: Record<RunningCostRow['kind'], string> = {
  endpoint: 'Endpoint',
  'training-job': 'Training job',
  'processing-job': 'Processing job',
};

export function runningHref(row: RunningCostRow): string {
  if (row.kind === 'endpoint') return endpointHref(row.name);
  return jobHref(row.kind === 'training-job' ? 'training' : 'processing', row.name);
}

/** Where an untagged resource lives in SageDeck, when an area shows it. */
export function untaggedHref(resource: UntaggedResource): string | undefined {
  switch (resource.resourceType) {
    case 'sagemaker:training-job':
      return jobHref('training', resource.name);
    case 'sagemaker:processing-job':
      return jobHref('processing', resource.name);
    case 'sagemaker:endpoint':
      return endpointHref(resource.name);
    case 'sagemaker:endpoint-config':
    case 'sagemaker:model':
      return endpointsHref();
    case 'sagemaker:model-package-group':
      return groupHref(resource.name);
    case 's3':
      return browseHref(resource.name);
    case 'elasticloadbalancing:loadbalancer':
      return loadBalancerHref(resource.name);
    case 'apigateway:restapis':
      return restApiHref(resource.name);
    case 'logs:log-group':
      return logGroupsHref();
    default:
      return undefined;
  }
}
