import type {
  CreateProcessingJobRequest,
  CreateTrainingJobRequest,
  ProcessingInstanceType,
  Tag,
  TrainingInstanceType,
} from '@aws-sdk/client-sagemaker';
import type { ProcessingJobInput, TrainingJobInput } from '../../../../shared/validation/sagemaker';

const tagList = (tags: Record<string, string>): Tag[] => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

/** The form's training job as AWS's CreateTrainingJob request. */
export function createTrainingJobRequest(input: TrainingJobInput): CreateTrainingJobRequest {
  return {
    TrainingJobName: input.name,
    RoleArn: input.roleArn,
    AlgorithmSpecification: {
      TrainingImage: input.image,
      TrainingInputMode: 'File',
      ...(input.metricDefinitions.length > 0
        ? { MetricDefinitions: input.metricDefinitions.map((m) => ({ Name: m.name, Regex: m.regex })) }
        : {}),
    },
    HyperParameters: input.hyperParameters,
    InputDataConfig: input.inputs.map((channel) => ({
      ChannelName: channel.channelName,
      DataSource: {
        S3DataSource: { S3DataType: 'S3Prefix', S3Uri: channel.s3Uri, S3DataDistributionType: 'FullyReplicated' },
      },
      ...(channel.contentType ? { ContentType: channel.contentType } : {}),
    })),
    OutputDataConfig: {
      S3OutputPath: input.outputS3Uri,
      ...(input.outputKmsKeyId ? { KmsKeyId: input.outputKmsKeyId } : {}),
    },
    ResourceConfig: {
      InstanceType: input.instanceType as TrainingInstanceType,
      InstanceCount: input.instanceCount,
      VolumeSizeInGB: input.volumeSizeGb,
      ...(input.volumeKmsKeyId ? { VolumeKmsKeyId: input.volumeKmsKeyId } : {}),
    },
    StoppingCondition: { MaxRuntimeInSeconds: input.maxRuntimeSeconds },
    EnableNetworkIsolation: input.enableNetworkIsolation,
    EnableInterContainerTrafficEncryption: input.enableInterContainerTrafficEncryption,
    ...(Object.keys(input.tags).length > 0 ? { Tags: tagList(input.tags) } : {}),
  };
}

/** The form's processing job as AWS's CreateProcessingJob request. */
export function createProcessingJobRequest(input: ProcessingJobInput): CreateProcessingJobRequest {
  return {
    ProcessingJobName: input.name,
    RoleArn: input.roleArn,
    AppSpecification: {
      ImageUri: input.image,
      ...(input.entrypoint.length > 0 ? { ContainerEntrypoint: input.entrypoint } : {}),
      ...(input.arguments.length > 0 ? { ContainerArguments: input.arguments } : {}),
    },
    ...(Object.keys(input.environment).length > 0 ? { Environment: input.environment } : {}),
    ProcessingInputs: input.inputs.map((item) => ({
      InputName: item.name,
      S3Input: { S3Uri: item.s3Uri, LocalPath: item.localPath, S3DataType: 'S3Prefix', S3InputMode: 'File' },
    })),
    ProcessingOutputConfig: {
      Outputs: input.outputs.map((item) => ({
        OutputName: item.name,
        S3Output: { S3Uri: item.s3Uri, LocalPath: item.localPath, S3UploadMode: 'EndOfJob' },
      })),
      ...(input.outputKmsKeyId ? { KmsKeyId: input.outputKmsKeyId } : {}),
    },
    ProcessingResources: {
      ClusterConfig: {
        InstanceType: input.instanceType as ProcessingInstanceType,
        InstanceCount: input.instanceCount,
        VolumeSizeInGB: input.volumeSizeGb,
        ...(input.volumeKmsKeyId ? { VolumeKmsKeyId: input.volumeKmsKeyId } : {}),
      },
    },
    StoppingCondition: { MaxRuntimeInSeconds: input.maxRuntimeSeconds },
    NetworkConfig: {
      EnableNetworkIsolation: input.enableNetworkIsolation,
      EnableInterContainerTrafficEncryption: input.enableInterContainerTrafficEncryption,
    },
    ...(Object.keys(input.tags).length > 0 ? { Tags: tagList(input.tags) } : {}),
  };
}
