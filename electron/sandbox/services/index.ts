import type { ServiceModuleFactory } from '../types';
import { createApiGatewayModule } from './apigateway';
import { createExecuteApiModule } from './apigateway/data-plane/execute-api-module';
import { createAutoScalingModule } from './autoscaling';
import { createBackupModule } from './backup';
import { createCloudWatchModule } from './cloudwatch';
import { createCostExplorerModule } from './costexplorer';
import { createElbModule } from './elbv2';
import { createIamModule } from './iam';
import { createKmsModule } from './kms';
import { createLogsModule } from './logs';
import { createS3Module } from './s3';
import { createSageMakerModule } from './sagemaker';
import { createSchedulerModule } from './scheduler';
import { createSsoModule } from './sso';
import { createStsModule } from './sts';
import { createTaggingModule } from './tagging';

/** Every service module the sandbox serves. Part 2 adds CloudWatch, Auto Scaling and Scheduler. */
export const MODULE_FACTORIES: ServiceModuleFactory[] = [createStsModule, createS3Module, createLogsModule, createSageMakerModule, createAutoScalingModule, createSsoModule, createCloudWatchModule, createSchedulerModule, createElbModule, createApiGatewayModule, createExecuteApiModule, createCostExplorerModule, createBackupModule, createKmsModule, createTaggingModule, createIamModule];
