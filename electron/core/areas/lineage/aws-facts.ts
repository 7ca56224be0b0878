import type {
  ContainerDefinition,
  DescribeEndpointConfigOutput,
  DescribeModelOutput,
  DescribeProcessingJobResponse,
  Endpoint,
  ModelPackage,
  TrainingJob,
} from '@aws-sdk/client-sagemaker';
import type { ConfigFacts, DataUse, EndpointFacts, JobFacts, ModelFacts, PackageFacts } from './facts';

const ms = (date: Date | undefined) => (date ? date.getTime() : undefined);

/** The S3 URIs of a job's inputs or outputs, each labelled with the member and the name it was given. */
function dataUses<T>(items: T[] | undefined, member: string, name: (item: T) => string | undefined, uri: (item: T) => string | undefined): DataUse[] {
  return (items ?? []).flatMap((item) => {
    const at = uri(item);
    return at ? [{ label: `${member} ${name(item) ?? ''}`.trim(), uri: at }] : [];
  });
}
const present = <T>(values: (T | undefined)[]): T[] => values.filter((value): value is T => value !== undefined && value !== '');

export function processingFacts(job: DescribeProcessingJobResponse): JobFacts {
  return {
    kind: 'processing-job',
    name: job.ProcessingJobName ?? '',
    arn: job.ProcessingJobArn,
    status: job.ProcessingJobStatus,
    startMs: ms(job.ProcessingStartTime ?? job.CreationTime),
    endMs: ms(job.ProcessingEndTime),
    inputs: dataUses(job.ProcessingInputs, 'ProcessingInputs', (i) => i.InputName, (i) => i.S3Input?.S3Uri),
    outputs: dataUses(job.ProcessingOutputConfig?.Outputs, 'ProcessingOutputConfig', (o) => o.OutputName, (o) => o.S3Output?.S3Uri),
  };
}

/** DescribeTrainingJob's answer and Search's TrainingJob record have the same members. */
export function trainingFacts(job: TrainingJob): JobFacts {
  return {
    kind: 'training-job',
    name: job.TrainingJobName ?? '',
    arn: job.TrainingJobArn,
    status: job.TrainingJobStatus,
    startMs: ms(job.TrainingStartTime ?? job.CreationTime),
    endMs: ms(job.TrainingEndTime),
    inputs: dataUses(job.InputDataConfig, 'InputDataConfig', (c) => c.ChannelName, (c) => c.DataSource?.S3DataSource?.S3Uri),
    outputs: [],
    artifact: job.ModelArtifacts?.S3ModelArtifacts,
  };
}

/** DescribeModelPackage's answer and Search's ModelPackage record have the same members. */
export function packageFacts(pkg: ModelPackage): PackageFacts {
  const containers = pkg.InferenceSpecification?.Containers ?? [];
  const group = pkg.ModelPackageGroupName;
  const version = pkg.ModelPackageVersion;
  return {
    arn: pkg.ModelPackageArn ?? '',
    name: group && version !== undefined ? `${group}/${version}` : (pkg.ModelPackageName ?? pkg.ModelPackageArn ?? ''),
    group,
    version,
    status: pkg.ModelApprovalStatus ?? pkg.ModelPackageStatus,
    dataUrls: present(containers.map((c) => c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri)),
    images: present(containers.map((c) => c.Image)),
  };
}

export function modelFacts(model: DescribeModelOutput): ModelFacts {
  const containers: ContainerDefinition[] = present([model.PrimaryContainer, ...(model.Containers ?? [])]);
  return {
    name: model.ModelName ?? '',
    arn: model.ModelArn,
    packageArns: present(containers.map((c) => c.ModelPackageName)),
    dataUrls: present(containers.map((c) => c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri)),
    images: present(containers.map((c) => c.Image)),
  };
}

export function configFacts(config: DescribeEndpointConfigOutput): ConfigFacts {
  const variants = [...(config.ProductionVariants ?? []), ...(config.ShadowProductionVariants ?? [])];
  return {
    name: config.EndpointConfigName ?? '',
    arn: config.EndpointConfigArn,
    models: [...new Set(present(variants.map((v) => v.ModelName)))],
  };
}

/** DescribeEndpoint's answer and Search's Endpoint record share these members. */
export function endpointFacts(endpoint: Partial<Pick<Endpoint, 'EndpointName' | 'EndpointArn' | 'EndpointStatus' | 'EndpointConfigName'>>): EndpointFacts {
  return {
    name: endpoint.EndpointName ?? '',
    arn: endpoint.EndpointArn,
    status: endpoint.EndpointStatus,
    config: endpoint.EndpointConfigName,
  };
}
