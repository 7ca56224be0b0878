import { SageDeckError } from '../../../../shared/errors';

/** ModifyTargetGroup's member names (as AWS quotes them) → the health-check form's fields. */
const HEALTH_CHECK_MEMBERS: Record<string, string> = {
  healthCheckProtocol: 'healthCheck.protocol',
  healthCheckPort: 'healthCheck.port',
  healthCheckPath: 'healthCheck.path',
  healthCheckIntervalSeconds: 'healthCheck.intervalSeconds',
  healthCheckTimeoutSeconds: 'healthCheck.timeoutSeconds',
  healthyThresholdCount: 'healthCheck.healthyThreshold',
  unhealthyThresholdCount: 'healthCheck.unhealthyThreshold',
  matcher: 'healthCheck.matcher',
};

/**
 * ELBv2 also refuses combinations in plain sentences ("Health check interval must be greater than
 * the timeout.", "Health check path must begin with a '/' character"): the field the sentence
 * opens with is the one to correct. Order matters: the first that matches wins.
 */
const HEALTH_CHECK_SENTENCES: [RegExp, string][] = [
  [/health check interval/i, 'healthCheck.intervalSeconds'],
  [/health check timeout|timeout/i, 'healthCheck.timeoutSeconds'],
  [/health check path/i, 'healthCheck.path'],
  [/health check port/i, 'healthCheck.port'],
  [/health check protocol/i, 'healthCheck.protocol'],
  [/matcher|http ?code/i, 'healthCheck.matcher'],
  [/unhealthy threshold/i, 'healthCheck.unhealthyThreshold'],
  [/healthy threshold/i, 'healthCheck.healthyThreshold'],
];

interface AwsRefusal extends Error {
  $metadata: { requestId?: string };
}

function isAwsRefusal(error: unknown): error is AwsRefusal {
  return error instanceof Error && typeof (error as { $metadata?: unknown }).$metadata === 'object';
}

/** The SDK names awsQuery errors `<Code>Exception` where it models them and `<Code>` where it does not. */
const codeOf = (error: Error) => error.name.replace(/Exception$/, '');

function healthCheckFields(error: AwsRefusal): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of error.message.matchAll(/Value [^;]*? at '([^'.]+)[^']*' failed to satisfy constraint: ([^;]+)/g)) {
    const field = HEALTH_CHECK_MEMBERS[match[1] ?? ''];
    if (field) fields[field] ??= `AWS refused this value: ${match[2]?.trim() ?? ''}`;
  }
  if (Object.keys(fields).length > 0 || codeOf(error) !== 'ValidationError') return fields;
  const field = HEALTH_CHECK_SENTENCES.find(([pattern]) => pattern.test(error.message))?.[1];
  return field ? { [field]: error.message } : {};
}

/** A refused target (not an instance, an IP outside the VPC, a bad port, too many) is the targets field's fault. */
function targetFields(error: AwsRefusal): Record<string, string> {
  const code = codeOf(error);
  if (code === 'InvalidTarget' || code === 'TooManyTargets' || code === 'TooManyRegistrationsForTargetId') return { targets: error.message };
  if (code === 'ValidationError' && /target|port|availability zone/i.test(error.message)) return { targets: error.message };
  return {};
}

function withFields(error: AwsRefusal, fields: Record<string, string>): unknown {
  if (Object.keys(fields).length === 0) return error;
  return new SageDeckError({
    code: codeOf(error),
    message: error.message,
    fields,
    retryable: false,
    ...(error.$metadata.requestId ? { requestId: error.$metadata.requestId } : {}),
  });
}

/** Runs a ModifyTargetGroup and puts AWS's refusal next to the health-check field it names. */
export async function healthCheckRefusals<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw isAwsRefusal(error) ? withFields(error, healthCheckFields(error)) : error;
  }
}

/** Runs a Register/DeregisterTargets and puts AWS's refusal of a target next to the targets field. */
export async function targetRefusals<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw isAwsRefusal(error) ? withFields(error, targetFields(error)) : error;
  }
}
