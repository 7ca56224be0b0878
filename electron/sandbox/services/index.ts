import type { ServiceModuleFactory } from '../types';
import { createLogsModule } from './logs';
import { createS3Module } from './s3';
import { createSageMakerModule } from './sagemaker';
import { createStsModule } from './sts';

/** Every service module the sandbox serves. Part 2 adds CloudWatch, Auto Scaling and Scheduler. */
export const MODULE_FACTORIES: ServiceModuleFactory[] = [createStsModule, createS3Module, createLogsModule, createSageMakerModule];
