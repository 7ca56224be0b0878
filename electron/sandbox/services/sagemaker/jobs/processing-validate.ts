import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import { Checker } from '../validation/checker';
import { checkEntityName, checkExperimentEntityName, checkRoleArn, checkS3Uri, checkTags } from '../validation/common';
import { checkKmsKeyId, checkVpcConfig } from '../validation/job-config';
import { PROCESSING_INSTANCE_TYPES } from '../validation/instance-types';
import { ENUMS } from '../validation/patterns';

export function validateCreateProcessingJob(input: CreateProcessingJobRequest): void {
  const c = new Checker();
  checkEntityName(c, 'processingJobName', input.ProcessingJobName);
  checkRoleArn(c, 'roleArn', input.RoleArn);
  const cluster = input.ProcessingResources?.ClusterConfig;
  if (c.required('processingResources', input.ProcessingResources) && c.required('processingResources.clusterConfig', cluster) && cluster) {
    if (c.required('processingResources.clusterConfig.instanceType', cluster.InstanceType)) {
      c.oneOf('processingResources.clusterConfig.instanceType', cluster.InstanceType, PROCESSING_INSTANCE_TYPES);
    }
    if (c.required('processingResources.clusterConfig.instanceCount', cluster.InstanceCount)) {
      c.range('processingResources.clusterConfig.instanceCount', cluster.InstanceCount, 1, 100);
    }
    if (c.required('processingResources.clusterConfig.volumeSizeInGB', cluster.VolumeSizeInGB)) {
      c.range('processingResources.clusterConfig.volumeSizeInGB', cluster.VolumeSizeInGB, 1, 16384);
    }
    checkKmsKeyId(c, 'processingResources.clusterConfig.volumeKmsKeyId', cluster.VolumeKmsKeyId);
  }
  if (c.required('appSpecification', input.AppSpecification)) {
    const image = input.AppSpecification?.ImageUri;
    if (c.required('appSpecification.imageUri', image)) c.length('appSpecification.imageUri', image, 0, 255);
  }
  c.size('processingInputs', input.ProcessingInputs, 0, 10);
  (input.ProcessingInputs ?? []).forEach((item, i) => {
    const at = `processingInputs.${i + 1}.member`;
    c.required(`${at}.inputName`, item.InputName);
    if (item.S3Input) {
      checkS3Uri(c, `${at}.s3Input.s3Uri`, item.S3Input.S3Uri);
      c.required(`${at}.s3Input.s3DataType`, item.S3Input.S3DataType);
      c.oneOf(`${at}.s3Input.s3DataType`, item.S3Input.S3DataType, ENUMS.processingS3DataType);
    }
  });
  const outputs = input.ProcessingOutputConfig?.Outputs;
  if (input.ProcessingOutputConfig && c.required('processingOutputConfig.outputs', outputs)) {
    c.size('processingOutputConfig.outputs', outputs, 0, 10);
    (outputs ?? []).forEach((item, i) => {
      const at = `processingOutputConfig.outputs.${i + 1}.member`;
      c.required(`${at}.outputName`, item.OutputName);
      if (item.S3Output) {
        checkS3Uri(c, `${at}.s3Output.s3Uri`, item.S3Output.S3Uri);
        c.required(`${at}.s3Output.s3UploadMode`, item.S3Output.S3UploadMode);
        c.oneOf(`${at}.s3Output.s3UploadMode`, item.S3Output.S3UploadMode, ENUMS.processingS3UploadMode);
      }
    });
  }
  checkKmsKeyId(c, 'processingOutputConfig.kmsKeyId', input.ProcessingOutputConfig?.KmsKeyId);
  checkVpcConfig(c, 'networkConfig.vpcConfig', input.NetworkConfig?.VpcConfig);
  c.map('environment', input.Environment, 100, { max: 256, pattern: '[a-zA-Z_][a-zA-Z0-9_]*' }, { max: 256, pattern: '[\\S\\s]*' });
  if (input.StoppingCondition) c.required('stoppingCondition.maxRuntimeInSeconds', input.StoppingCondition.MaxRuntimeInSeconds);
  c.range('stoppingCondition.maxRuntimeInSeconds', input.StoppingCondition?.MaxRuntimeInSeconds, 1, 777600);
  if (input.ExperimentConfig?.ExperimentName !== undefined) checkExperimentEntityName(c, 'experimentConfig.experimentName', input.ExperimentConfig.ExperimentName);
  checkTags(c, input.Tags);
  c.done();
}
