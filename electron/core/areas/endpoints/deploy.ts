import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  DescribeModelPackageCommand,
  UpdateEndpointCommand,
  type DescribeEndpointOutput,
  type ProductionVariantInstanceType,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { DeployResult } from '../../../../shared/domain/endpoints';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import { endpointUpdate, inProgressError } from './aws-refusals';
import { versionRef, type ConfigResolver } from './config-resolver';
import type { DeploymentLog } from './deployment-log';
import { chainTags, deployFieldOf, deploymentConfig, deploymentName, type DeployRequest } from './deploy-requests';

export interface DeployDeps {
  client: SageMakerClient;
  configs: ConfigResolver;
  log: DeploymentLog;
  generation: number;
  profile: string;
  region: string;
  signal: AbortSignal;
  callerArn: () => Promise<string | undefined>;
  now: () => number;
}

function fieldError(field: string, message: string, code: string = ErrorCodes.InvalidInput): SageDeckError {
  return new SageDeckError({ code, message, fields: { [field]: message }, retryable: false });
}

/** AWS's refusals of the deploy's calls, on the field they are about; the rest pass through unchanged. */
async function onField<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const field = error instanceof Error && error.name === 'ValidationException' ? deployFieldOf(error.message) : undefined;
    if (field && error instanceof Error) throw fieldError(field, error.message, error.name);
    throw error;
  }
}

async function existing(client: SageMakerClient, name: string, signal: AbortSignal): Promise<DescribeEndpointOutput | undefined> {
  try {
    return await client.send(new DescribeEndpointCommand({ EndpointName: name }), { abortSignal: signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'ValidationException' && /could not find/i.test(error.message)) return undefined;
    throw error;
  }
}

/**
 * Deploys a model package version: the model (its container is the version), an endpoint config
 * tagged with the chain, then CreateEndpoint or a blue/green UpdateEndpoint with the strategy and
 * rollback alarms. Only an Approved version, unless the caller overrides with a reason (the
 * request, reason included, is journalled by the gate; the config carries the reason as a tag).
 */
export async function deploy(deps: DeployDeps, input: DeployRequest): Promise<DeployResult> {
  const { client, signal } = deps;
  const version = await onField(() => client.send(new DescribeModelPackageCommand({ ModelPackageName: input.modelPackageArn }), { abortSignal: signal }));
  const status = version.ModelApprovalStatus ?? 'PendingManualApproval';
  if (status !== 'Approved' && !input.override) {
    const ref = versionRef(input.modelPackageArn);
    throw fieldError('modelPackageArn', `Version ${ref.version ?? input.modelPackageArn} is ${status}: approve it first, or deploy it with an override and a reason.`, 'NotApproved');
  }
  const endpoint = await existing(client, input.endpointName, signal);
  if (endpoint && endpoint.EndpointStatus !== 'InService') throw inProgressError(input.endpointName, endpoint.EndpointStatus ?? 'changing');
  const current = endpoint?.EndpointConfigName ? await deps.configs.resolve(client, deps.generation, endpoint.EndpointConfigName, signal) : undefined;
  const roleArn = input.roleArn ?? current?.roleArn;
  if (!roleArn) throw fieldError('roleArn', 'Choose the execution role SageMaker uses for this model.');

  const at = new Date(deps.now()).toISOString();
  const name = deploymentName(input.endpointName, deps.now());
  const by = await deps.callerArn();
  const tags = chainTags({
    endpointName: input.endpointName,
    kind: 'deploy',
    previousConfigName: endpoint?.EndpointConfigName,
    modelPackageArn: input.modelPackageArn,
    by,
    at,
    overrideReason: status !== 'Approved' ? input.reason : undefined,
  });
  await onField(() =>
    client.send(
      new CreateModelCommand({ ModelName: name, ExecutionRoleArn: roleArn, PrimaryContainer: { ModelPackageName: input.modelPackageArn }, Tags: tags }),
      { abortSignal: signal },
    ),
  );
  await onField(() =>
    client.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: name,
        ProductionVariants: [
          { VariantName: input.variantName, ModelName: name, InstanceType: input.instanceType as ProductionVariantInstanceType, InitialInstanceCount: input.instanceCount, InitialVariantWeight: 1 },
        ],
        Tags: tags,
      }),
      { abortSignal: signal },
    ),
  );
  if (endpoint) {
    await endpointUpdate(input.endpointName, 'UpdateEndpoint', () =>
      onField(() =>
        client.send(new UpdateEndpointCommand({ EndpointName: input.endpointName, EndpointConfigName: name, DeploymentConfig: deploymentConfig(input) }), { abortSignal: signal }),
      ),
    );
  } else {
    await onField(() => client.send(new CreateEndpointCommand({ EndpointName: input.endpointName, EndpointConfigName: name }), { abortSignal: signal }));
  }
  await deps.log.add({
    profile: deps.profile,
    region: deps.region,
    endpointName: input.endpointName,
    kind: 'deploy',
    configName: name,
    ...(endpoint?.EndpointConfigName ? { previousConfigName: endpoint.EndpointConfigName } : {}),
    modelPackageArn: input.modelPackageArn,
    alarms: input.rollbackAlarms,
    at,
    ...(by ? { by } : {}),
    ...(status !== 'Approved' && input.reason ? { overrideReason: input.reason } : {}),
  });
  return { endpointName: input.endpointName, modelName: name, configName: name, createdEndpoint: !endpoint };
}
