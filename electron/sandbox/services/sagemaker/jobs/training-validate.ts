import type { CreateTrainingJobRequest } from '@aws-sdk/client-sagemaker';
import { Checker } from '../validation/checker';
import { checkEntityName, checkExperimentEntityName, checkRoleArn, checkS3Uri, checkTags } from '../validation/common';
import { checkKmsKeyId, checkVpcConfig } from '../validation/job-config';
import { TRAINING_INSTANCE_TYPES } from '../validation/instance-types';
import { ENUMS } from '../validation/patterns';
import { validationException } from '../base/errors';

/** CreateTrainingJob's constraints from the service model, checked in one pass like AWS does. */
export function validateCreateTrainingJob(input: CreateTrainingJobRequest): void {
  const c = new Checker();
  checkEntityName(c, 'trainingJobName', input.TrainingJobName);
  checkRoleArn(c, 'roleArn', input.RoleArn);
  if (c.required('outputDataConfig', input.OutputDataConfig)) {
    checkS3Uri(c, 'outputDataConfig.s3OutputPath', input.OutputDataConfig?.S3OutputPath);
  }
  const algorithm = input.AlgorithmSpecification;
  if (c.required('algorithmSpecification', algorithm) && algorithm) {
    c.required('algorithmSpecification.trainingInputMode', algorithm.TrainingInputMode);
    c.oneOf('algorithmSpecification.trainingInputMode', algorithm.TrainingInputMode, ENUMS.trainingInputMode);
    c.length('algorithmSpecification.trainingImage', algorithm.TrainingImage, 0, 255);
    c.size('algorithmSpecification.metricDefinitions', algorithm.MetricDefinitions, 0, 40);
    (algorithm.MetricDefinitions ?? []).forEach((definition, i) => {
      const at = `algorithmSpecification.metricDefinitions.${i + 1}.member`;
      if (c.required(`${at}.name`, definition.Name)) c.length(`${at}.name`, definition.Name, 1, 255);
      if (c.required(`${at}.regex`, definition.Regex)) c.length(`${at}.regex`, definition.Regex, 1, 500);
    });
  }
  const resources = input.ResourceConfig;
  if (c.required('resourceConfig', resources) && resources) {
    c.oneOf('resourceConfig.instanceType', resources.InstanceType, TRAINING_INSTANCE_TYPES);
    c.range('resourceConfig.instanceCount', resources.InstanceCount, 1);
    c.range('resourceConfig.volumeSizeInGB', resources.VolumeSizeInGB, 1);
    checkKmsKeyId(c, 'resourceConfig.volumeKmsKeyId', resources.VolumeKmsKeyId);
  }
  checkKmsKeyId(c, 'outputDataConfig.kmsKeyId', input.OutputDataConfig?.KmsKeyId);
  checkVpcConfig(c, 'vpcConfig', input.VpcConfig);
  const stopping = input.StoppingCondition;
  if (c.required('stoppingCondition', stopping) && stopping) {
    c.range('stoppingCondition.maxRuntimeInSeconds', stopping.MaxRuntimeInSeconds, 1);
    c.range('stoppingCondition.maxWaitTimeInSeconds', stopping.MaxWaitTimeInSeconds, 1);
  }
  c.size('inputDataConfig', input.InputDataConfig, 1, 20);
  (input.InputDataConfig ?? []).forEach((channel, i) => {
    const at = `inputDataConfig.${i + 1}.member`;
    if (c.required(`${at}.channelName`, channel.ChannelName)) c.pattern(`${at}.channelName`, channel.ChannelName, '[A-Za-z0-9\\.\\-_]+');
    const s3 = channel.DataSource?.S3DataSource;
    if (s3) {
      checkS3Uri(c, `${at}.dataSource.s3DataSource.s3Uri`, s3.S3Uri);
      c.required(`${at}.dataSource.s3DataSource.s3DataType`, s3.S3DataType);
      c.oneOf(`${at}.dataSource.s3DataSource.s3DataType`, s3.S3DataType, ENUMS.s3DataType);
    }
  });
  // HyperParameterKey 0..256 and HyperParameterValue 0..2500 (pattern `.*`), at most 100 entries.
  c.map('hyperParameters', input.HyperParameters, 100, { max: 256, pattern: '.*' }, { max: 2500, pattern: '.*' });
  const experiment = input.ExperimentConfig;
  if (experiment?.ExperimentName !== undefined) checkExperimentEntityName(c, 'experimentConfig.experimentName', experiment.ExperimentName);
  if (experiment?.TrialName !== undefined) checkExperimentEntityName(c, 'experimentConfig.trialName', experiment.TrialName);
  checkTags(c, input.Tags);
  c.done();
  // Not expressible in the model's shapes, so AWS checks it after them with its own sentence.
  if (algorithm && !algorithm.TrainingImage && !algorithm.AlgorithmName) {
    throw validationException('You must specify either AlgorithmName or TrainingImage in AlgorithmSpecification.');
  }
}
