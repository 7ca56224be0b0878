/** Patterns from SageMaker's service model (sagemaker 2017-07-24), unanchored as the model has them. */
export const PATTERNS = {
  entityName: '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}',
  experimentEntityName: '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}',
  modelName: '[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?',
  roleArn: 'arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+',
  s3Uri: '(https|s3)://([^/]+)/?(.*)',
  containerImage: '[\\S]+',
  resourceArn: 'arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:.+',
  modelPackageArn: 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:model-package/[\\S]{1,2048}',
  tag: '([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)',
} as const;

export const ENUMS = {
  sortBy: ['Name', 'CreationTime', 'Status'],
  sortByNameOrCreation: ['Name', 'CreationTime'],
  sortOrder: ['Ascending', 'Descending'],
  trainingJobStatus: ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped', 'Deleting'],
  processingJobStatus: ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'],
  endpointStatus: ['OutOfService', 'Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'InService', 'Deleting', 'Failed', 'UpdateRollbackFailed'],
  modelApprovalStatus: ['Approved', 'Rejected', 'PendingManualApproval'],
  trainingInputMode: ['Pipe', 'File', 'FastFile'],
  s3DataType: ['ManifestFile', 'S3Prefix', 'AugmentedManifestFile', 'Converse'],
  processingS3DataType: ['ManifestFile', 'S3Prefix'],
  processingS3UploadMode: ['Continuous', 'EndOfJob'],
} as const;
