import { SageDeckError } from '../../../../shared/errors';
import { isThrottling } from '../../watch/throttling';

/** AWS's refusals of what was sent (not throttling, not a fault): these belong to a form field. */
const INPUT_REFUSALS = new Set(['BadRequestException', 'ConflictException']);

/** Which form field a refusal at each step is about, when the step takes one field from the form. */
const STEP_FIELD: Record<string, (message: string) => string | undefined> = {
  CreateRestApi: () => 'apiName',
  CreateResource: () => 'pathPart',
  CreateModel: (message) => (/schema|json/i.test(message) ? 'schema' : /name/i.test(message) ? 'modelName' : 'schema'),
  PutIntegration: (message) => (/credential|role|iam/i.test(message) ? 'invokeRoleArn' : /uri|endpoint/i.test(message) ? 'endpointName' : 'invokeRoleArn'),
  CreateDeployment: () => 'stageName',
  UpdateStage: (message) => (/throttl|rate|burst/i.test(message) ? 'throttling' : undefined),
  CreateUsagePlan: (message) => (/quota/i.test(message) ? 'usagePlan.quota' : /throttl|rate/i.test(message) ? 'usagePlan.rateLimit' : /burst/i.test(message) ? 'usagePlan.burstLimit' : 'usagePlan.name'),
};

export function fieldOfRefusal(operation: string, error: unknown): string | undefined {
  if (!(error instanceof Error) || !INPUT_REFUSALS.has(error.name)) return undefined;
  return STEP_FIELD[operation]?.(error.message);
}

export interface Made {
  apiName: string;
  apiId?: string;
  apiKeyId?: string;
  usagePlanId?: string;
  /** "Created REST API churn-api (abc123)", … in order. */
  steps: string[];
}

/** What to do about what the flow already made: delete it (with the AWS CLI command), or nothing to clean. */
function nextStep(made: Made, retryable: boolean): string {
  const deletions = [
    made.usagePlanId ? `aws apigateway delete-usage-plan --usage-plan-id ${made.usagePlanId}` : undefined,
    made.apiKeyId ? `aws apigateway delete-api-key --api-key ${made.apiKeyId}` : undefined,
    made.apiId ? `aws apigateway delete-rest-api --rest-api-id ${made.apiId}` : undefined,
  ].filter((command): command is string => command !== undefined);
  const again = retryable ? 'try again' : 'correct the form and try again';
  if (deletions.length === 0) return `Nothing was created: ${again}.`;
  return `Delete the half-made API ${made.apiName}${made.apiId ? ` (${made.apiId})` : ''} first (${deletions.join('; ')}), then ${again}.`;
}

/** A step's failure in words: which step, AWS's reason, what already exists, what to do; the field when it is one. */
export function stepFailure(operation: string, what: string, error: unknown, made: Made): SageDeckError {
  const reason = error instanceof Error ? error.message : String(error);
  const status = (error as { $metadata?: { httpStatusCode?: number; requestId?: string } }).$metadata;
  const retryable = isThrottling(error) || (status?.httpStatusCode ?? 0) >= 500;
  const created = made.steps.length > 0 ? ` Already done: ${made.steps.join('; ')}.` : '';
  const field = fieldOfRefusal(operation, error);
  return new SageDeckError({
    code: error instanceof Error ? error.name : 'ExposeFailed',
    message: `Exposing the endpoint stopped at ${operation} (${what}): ${reason}.${created} ${nextStep(made, retryable)}`,
    retryable,
    ...(field ? { fields: { [field]: `AWS refused this: ${reason}` } } : {}),
    ...(status?.requestId ? { requestId: status.requestId } : {}),
  });
}
