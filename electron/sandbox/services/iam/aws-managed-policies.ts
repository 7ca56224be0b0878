import type { ManagedPolicyRecord } from './model';

/**
 * A few of AWS's managed policies, present in every account as on AWS (ARN `arn:aws:iam::aws:policy/…`).
 * Documents are shortened but keep each policy's meaning; AWS's own are longer.
 */
const doc = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4);

const SAGEMAKER_FULL_ACCESS = doc([
  { Sid: 'AllowAllNonAdminSageMakerActions', Effect: 'Allow', NotAction: ['sagemaker:*Domain*', 'sagemaker:*UserProfile*'], Resource: '*' },
  { Effect: 'Allow', Action: ['sagemaker:*'], Resource: '*' },
  {
    Effect: 'Allow',
    Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
    Resource: ['arn:aws:s3:::*SageMaker*', 'arn:aws:s3:::*Sagemaker*', 'arn:aws:s3:::*sagemaker*'],
  },
  { Effect: 'Allow', Action: ['s3:CreateBucket', 's3:GetBucketLocation', 's3:ListBucket', 's3:ListAllMyBuckets'], Resource: '*' },
  { Effect: 'Allow', Action: ['cloudwatch:PutMetricData', 'cloudwatch:GetMetricData', 'cloudwatch:ListMetrics', 'cloudwatch:DescribeAlarms'], Resource: '*' },
  { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams', 'logs:GetLogEvents'], Resource: 'arn:aws:logs:*:*:log-group:/aws/sagemaker/*' },
  { Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'], Resource: '*' },
  { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/*', Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } },
]);

const S3_READ_ONLY = doc([{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 's3:Describe*'], Resource: '*' }]);
const ADMINISTRATOR = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
const READ_ONLY = doc([{ Effect: 'Allow', Action: ['sagemaker:Describe*', 'sagemaker:List*', 's3:Get*', 's3:List*', 'logs:Get*', 'logs:Describe*', 'cloudwatch:Get*', 'cloudwatch:List*', 'cloudwatch:Describe*', 'iam:Get*', 'iam:List*'], Resource: '*' }]);

function awsManaged(name: string, id: string, path: string, description: string, created: string, document: string): ManagedPolicyRecord {
  const time = Date.parse(created);
  return {
    name,
    path,
    id,
    arn: `arn:aws:iam::aws:policy${path}${name}`,
    description,
    createDate: time,
    updateDate: time,
    defaultVersionId: 'v1',
    versions: [{ id: 'v1', document, createDate: time }],
    nextVersion: 2,
    tags: [],
  };
}

export const AWS_MANAGED_POLICIES: readonly ManagedPolicyRecord[] = [
  awsManaged('AdministratorAccess', 'ANPAIWMBCKSKIEE64ZLYK', '/', 'Provides full access to AWS services and resources.', '2015-02-06T18:39:46Z', ADMINISTRATOR),
  awsManaged('AmazonS3ReadOnlyAccess', 'ANPAIZTJ4DXE7G6AGAE6M', '/', 'Provides read only access to all buckets via the AWS Management Console.', '2015-02-06T18:40:59Z', S3_READ_ONLY),
  awsManaged('AmazonSageMakerFullAccess', 'ANPAJZ5IWYMXO5QDB4QOG', '/', 'Provides full access to Amazon SageMaker via the AWS Management Console and SDK.', '2017-11-29T23:26:33Z', SAGEMAKER_FULL_ACCESS),
  awsManaged('ReadOnlyAccess', 'ANPAILL3HVNFSB6DCOWYQ', '/', 'Provides read-only access to AWS services and resources.', '2015-02-06T18:39:48Z', READ_ONLY),
];

export const isAwsManagedArn = (arn: string) => arn.startsWith('arn:aws:iam::aws:policy/');
