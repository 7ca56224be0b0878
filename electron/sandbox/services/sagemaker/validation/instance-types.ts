import { ProcessingInstanceType, ProductionVariantInstanceType, TrainingInstanceType } from '@aws-sdk/client-sagemaker';

/** The SDK's own enums: the same value sets AWS validates instance types against. */
export const TRAINING_INSTANCE_TYPES: readonly string[] = Object.values(TrainingInstanceType);
export const PROCESSING_INSTANCE_TYPES: readonly string[] = Object.values(ProcessingInstanceType);
export const HOSTING_INSTANCE_TYPES: readonly string[] = Object.values(ProductionVariantInstanceType);
