/** What an ARN names, for people: its Tagging API type, the type in words and the resource's name. */
export interface ArnFacts {
  resourceType: string;
  typeLabel: string;
  name: string;
}

const LABELS: Record<string, string> = {
  'sagemaker:training-job': 'Training job',
  'sagemaker:processing-job': 'Processing job',
  'sagemaker:endpoint': 'Endpoint',
  'sagemaker:endpoint-config': 'Endpoint config',
  'sagemaker:model': 'Model',
  'sagemaker:model-package-group': 'Model group',
  'sagemaker:model-package': 'Model version',
  s3: 'S3 bucket',
  'elasticloadbalancing:loadbalancer': 'Load balancer',
  'elasticloadbalancing:targetgroup': 'Target group',
  'apigateway:restapis': 'REST API',
  'logs:log-group': 'Log group',
  'scheduler:schedule': 'Schedule',
  'kms:key': 'KMS key',
};

/**
 * arn:partition:service:region:account:resource, where the resource is `type/name…`, `type:name`
 * or (S3 buckets) just the name; load balancers and schedules carry a kind or group before the name.
 */
export function arnFacts(arn: string): ArnFacts {
  const parts = arn.split(':');
  const service = parts[2] ?? '';
  const resource = parts.slice(5).join(':');
  if (service === 's3') return { resourceType: 's3', typeLabel: LABELS.s3 ?? 'S3 bucket', name: resource.split('/')[0] ?? resource };
  const trimmed = resource.replace(/^\//, '');
  const separator = /[/:]/.exec(trimmed);
  const type = separator ? trimmed.slice(0, separator.index) : trimmed;
  const rest = separator ? trimmed.slice(separator.index + 1) : '';
  const resourceType = `${service}:${type}`;
  const segments = rest.split('/');
  let name = rest;
  if (resourceType === 'elasticloadbalancing:loadbalancer') name = segments[1] ?? rest;
  else if (resourceType === 'elasticloadbalancing:targetgroup') name = segments[0] ?? rest;
  else if (resourceType === 'scheduler:schedule') name = segments.at(-1) ?? rest;
  else if (resourceType === 'apigateway:restapis') name = segments[0] ?? rest;
  else if (resourceType === 'logs:log-group') name = rest.replace(/:\*$/, '');
  return { resourceType, typeLabel: LABELS[resourceType] ?? resourceType, name: name || arn };
}
