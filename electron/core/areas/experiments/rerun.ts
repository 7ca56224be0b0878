import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  type CreateTrainingJobRequest,
  type DescribeTrainingJobResponse,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { RerunInput } from '../../../../shared/contract/experiments';
import { SageDeckError } from '../../../../shared/errors';
import { withFieldErrors } from '../jobs/aws-field-errors';
import { listTags } from '../tags/resource-tags';

/** What a re-run takes from the source as DescribeTrainingJob states it: everything that shapes the training. */
const COPIED = [
  'AlgorithmSpecification',
  'RoleArn',
  'HyperParameters',
  'InputDataConfig',
  'OutputDataConfig',
  'ResourceConfig',
  'VpcConfig',
  'StoppingCondition',
  'EnableNetworkIsolation',
  'EnableInterContainerTrafficEncryption',
  'EnableManagedSpotTraining',
  'CheckpointConfig',
  'DebugHookConfig',
  'DebugRuleConfigurations',
  'TensorBoardOutputConfig',
  'ProfilerConfig',
  'ProfilerRuleConfigurations',
  'Environment',
  'RetryStrategy',
  'RemoteDebugConfig',
  'InfraCheckConfig',
] as const satisfies readonly (keyof CreateTrainingJobRequest & keyof DescribeTrainingJobResponse)[];

/**
 * The CreateTrainingJob request of a re-run: the source's settings, its experiment and trial (so
 * the new run lands next to it; the display and run names were the source's own), its tags but
 * AWS's `aws:` ones, which AWS refuses on create and adds again itself.
 */
export function rerunRequest(source: DescribeTrainingJobResponse, name: string, tags: Record<string, string>): CreateTrainingJobRequest {
  const copied = Object.fromEntries(COPIED.flatMap((member) => (source[member] !== undefined ? [[member, source[member]]] : [])));
  const request: CreateTrainingJobRequest = {
    TrainingJobName: name,
    RoleArn: source.RoleArn,
    OutputDataConfig: source.OutputDataConfig,
    ...(copied as Partial<CreateTrainingJobRequest>),
  };
  const experiment = source.ExperimentConfig;
  if (experiment?.ExperimentName || experiment?.TrialName) {
    request.ExperimentConfig = {
      ...(experiment.ExperimentName ? { ExperimentName: experiment.ExperimentName } : {}),
      ...(experiment.TrialName ? { TrialName: experiment.TrialName } : {}),
    };
  }
  const kept = Object.entries(tags).filter(([key]) => !key.startsWith('aws:'));
  if (kept.length > 0) request.Tags = kept.map(([Key, Value]) => ({ Key, Value }));
  return request;
}

/** AWS's refusal with only what concerns the one field the re-run form has: the new name. */
function onNameOnly(error: unknown): unknown {
  const mapped = withFieldErrors(error);
  if (!(mapped instanceof SageDeckError) || !mapped.fields) return mapped;
  if (!mapped.fields.name) return error;
  return new SageDeckError({
    code: mapped.code,
    message: mapped.message,
    fields: { name: mapped.fields.name },
    retryable: false,
    ...(mapped.requestId ? { requestId: mapped.requestId } : {}),
  });
}

/** A new training job from a run's job, in the same experiment and trial. */
export async function rerunTrainingJob(client: SageMakerClient, input: RerunInput, signal: AbortSignal): Promise<{ arn: string; name: string }> {
  const source = await client.send(new DescribeTrainingJobCommand({ TrainingJobName: input.trainingJob }), { abortSignal: signal });
  const tags = source.TrainingJobArn ? await listTags(client, source.TrainingJobArn, signal) : {};
  try {
    const answer = await client.send(new CreateTrainingJobCommand(rerunRequest(source, input.name, tags)), { abortSignal: signal });
    return { arn: answer.TrainingJobArn ?? '', name: input.name };
  } catch (error) {
    throw onNameOnly(error);
  }
}
