import type { InvokeEndpointInput, InvokeEndpointOutput } from '@aws-sdk/client-sagemaker-runtime';
import { AwsError, type OperationContext } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { ENDPOINT_LOG_GROUP_PREFIX } from '../base/logs';
import type { EndpointRecord, VariantState } from '../base/records';
import { hash32, unitFrom } from '../base/hash';
import { key } from '../base/state';
import { servingVariants } from '../endpoints/instances';
import { singleRequestLatencyUs } from '../traffic/load-model';
import { publishInvocation } from '../traffic/publisher';
import { churnProbability } from './churn-model';
import { PayloadError, formatOf, parseCsv, parseJson, render } from './payload';

function validationError(message: string): AwsError {
  return new AwsError('ValidationError', message, 400);
}

/** What the runtime says when the container answered with an error. */
function modelError(endpoint: EndpointRecord, ctx: OperationContext, error: PayloadError): AwsError {
  const group = `${ENDPOINT_LOG_GROUP_PREFIX}${endpoint.name}`;
  const message =
    `Received ${error.status >= 500 ? 'server' : 'client'} error (${error.status}) from primary with message "${error.message}". ` +
    `See https://${ctx.region}.console.aws.amazon.com/cloudwatch/home?region=${ctx.region}#logEventViewer:group=${group} in account ${ctx.accountId} for more information.`;
  return new AwsError('ModelError', message, 424, 'Sender', {
    OriginalMessage: error.message,
    LogStreamArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${group}`,
  });
}

/** Traffic goes to the variant with the most weight unless the caller targets one. */
function chooseVariant(endpoint: EndpointRecord, variants: VariantState[], target: string | undefined): VariantState {
  if (target !== undefined) {
    const chosen = variants.find((v) => v.variantName === target);
    if (!chosen) throw validationError(`Target variant ${target} not found for endpoint ${endpoint.name}.`);
    return chosen;
  }
  const [first] = [...variants].sort((a, b) => b.currentWeight - a.currentWeight);
  if (!first) throw validationError(`Endpoint ${endpoint.name} has no production variants.`);
  return first;
}

export function invokeEndpoint(deps: SageMakerDeps, input: InvokeEndpointInput, ctx: OperationContext): InvokeEndpointOutput {
  const name = input.EndpointName ?? '';
  const state = deps.store.region(whereOf(ctx));
  const endpoint = state.endpoints[key(name)];
  if (!endpoint) throw validationError(`Endpoint ${name} of account ${ctx.accountId} not found.`);
  // An endpoint keeps serving while it is being updated (blue/green keeps the old fleet up).
  if (endpoint.status !== 'InService' && endpoint.status !== 'Updating') {
    throw validationError(`Endpoint ${name} of account ${ctx.accountId} is not in service: its status is ${endpoint.status}.`);
  }
  const draw = unitFrom(ctx.requestId);
  const fleet = servingVariants(endpoint, draw);
  const isNewFleet = fleet !== endpoint.variants;
  const variant = chooseVariant(endpoint, fleet, input.TargetVariant);
  const body = Buffer.from(input.Body ?? new Uint8Array()).toString('utf8');
  const fault = endpoint.traffic?.faults[variant.variantName];
  const faultApplies = fault !== undefined && (!fault.newFleetOnly || isNewFleet);
  const lastMinute = deps.env.bus.endpoints?.recentInvocationsPerInstance?.(state.where, endpoint.name, variant.variantName, 1)[0] ?? 0;
  const latency = singleRequestLatencyUs(lastMinute, faultApplies ? fault.latencyMs : 0, ctx.requestId);
  const report = (status: number) =>
    publishInvocation(deps.env, state.where, endpoint, variant, {
      status,
      modelUs: latency.model,
      overheadUs: latency.overhead,
      slot: hash32(ctx.requestId) % Math.max(1, variant.currentInstanceCount),
      timestamp: deps.env.clock.now(),
    });
  try {
    if (faultApplies && unitFrom(`${ctx.requestId}:error`) < fault.errorRate) throw new PayloadError('Internal server error: the worker raised an exception', 500);
    const requestFormat = formatOf(input.ContentType) ?? 'text/csv';
    if (requestFormat === 'unsupported') throw new PayloadError(`Content type ${input.ContentType} is not supported by this algorithm.`, 415);
    const acceptFormat = formatOf(input.Accept) ?? requestFormat;
    if (acceptFormat === 'unsupported') throw new PayloadError(`Accept type ${input.Accept} is not supported by this algorithm.`, 406);
    const rows = requestFormat === 'text/csv' ? parseCsv(body) : parseJson(body);
    const output: InvokeEndpointOutput = {
      Body: Buffer.from(render(acceptFormat, rows.map(churnProbability)), 'utf8'),
      ContentType: acceptFormat,
      InvokedProductionVariant: variant.variantName,
    };
    if (input.CustomAttributes !== undefined) output.CustomAttributes = input.CustomAttributes;
    report(200);
    return output;
  } catch (error) {
    if (error instanceof PayloadError) {
      report(error.status);
      throw modelError(endpoint, ctx, error);
    }
    throw error;
  }
}
