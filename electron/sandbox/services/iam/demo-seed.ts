import { DEMO_KEYS } from '../kms/demo-seed';
import type { IamCall, IamHandler } from './model';
import type { IamStore } from './store';

const DAY = 86_400_000;
const json = (value: unknown) => JSON.stringify(value, null, 2);
const doc = (...statements: unknown[]) => json({ Version: '2012-10-17', Statement: statements });
const trust = (principal: Record<string, string>) => doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' });

/** The names every part of issue 15 relies on (/tmp seed facts; documented in the sandbox README). */
export const DEMO_IAM = {
  sageMakerRole: 'SageDeckDemoSageMakerRole',
  apiRole: 'churn-api-invoke',
  schedulerRole: 'SageDeckDemoSchedulerRole',
  deployerRole: 'churn-prod-deployer',
  sageMakerPolicy: 'SageDeckDemoSageMakerAccess',
  boundaryPolicy: 'SageDeckBoundary',
  awsSageMakerFullAccess: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
} as const;

/** Fills the demo account: the over-broad SageMaker execution role and three well-scoped or human roles. */
export function seedDemoIam(store: IamStore, operations: Record<string, IamHandler>, accountId: string, now: number): void {
  const region = 'us-east-1';
  const call: IamCall = { accountId, now: now - 30 * DAY, callerArn: `arn:aws:iam::${accountId}:root` };
  const run = (operation: string, input: Record<string, unknown>) => operations[operation]?.(input, call);
  const policyArn = (name: string) => `arn:aws:iam::${accountId}:policy/${name}`;
  const roleArn = (name: string) => `arn:aws:iam::${accountId}:role/${name}`;

  // Deliberately too broad: s3:* and iam:PassRole on every resource.
  run('CreatePolicy', {
    PolicyName: DEMO_IAM.sageMakerPolicy,
    Description: 'SageMaker execution permissions for the churn pipeline',
    PolicyDocument: doc(
      { Sid: 'DataAccess', Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Sid: 'PassAnyRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
      {
        Sid: 'Logs',
        Effect: 'Allow',
        Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        Resource: `arn:aws:logs:${region}:${accountId}:log-group:/aws/sagemaker/*`,
      },
      { Sid: 'Metrics', Effect: 'Allow', Action: 'cloudwatch:PutMetricData', Resource: '*' },
      { Sid: 'EcrToken', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
      { Sid: 'EcrImages', Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'], Resource: '*' },
      {
        Sid: 'DemoKeys',
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: [DEMO_KEYS.data.id, DEMO_KEYS.endpoint.id].map((id) => `arn:aws:kms:${region}:${accountId}:key/${id}`),
      },
    ),
  });
  run('CreatePolicy', {
    PolicyName: DEMO_IAM.boundaryPolicy,
    Description: 'Permissions boundary for the churn pipeline roles',
    PolicyDocument: doc({ Effect: 'Allow', Action: ['sagemaker:*', 's3:Get*', 's3:List*', 'logs:*'], Resource: '*' }),
  });

  run('CreateRole', {
    RoleName: DEMO_IAM.sageMakerRole,
    Path: '/',
    Description: 'SageMaker execution role of the churn pipeline',
    AssumeRolePolicyDocument: trust({ Service: 'sagemaker.amazonaws.com' }),
    Tags: [{ Key: 'project', Value: 'churn' }],
  });
  run('AttachRolePolicy', { RoleName: DEMO_IAM.sageMakerRole, PolicyArn: policyArn(DEMO_IAM.sageMakerPolicy) });
  run('PutRolePolicy', {
    RoleName: DEMO_IAM.sageMakerRole,
    PolicyName: 'sagemaker-jobs',
    PolicyDocument: doc({
      Effect: 'Allow',
      Action: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'sagemaker:CreateProcessingJob', 'sagemaker:DescribeProcessingJob', 'sagemaker:CreateModel', 'sagemaker:AddTags'],
      Resource: `arn:aws:sagemaker:${region}:${accountId}:*`,
    }),
  });

  run('CreateRole', {
    RoleName: DEMO_IAM.apiRole,
    Description: 'API Gateway invokes the churn-prod endpoint',
    AssumeRolePolicyDocument: trust({ Service: 'apigateway.amazonaws.com' }),
    PermissionsBoundary: policyArn(DEMO_IAM.boundaryPolicy),
    Tags: [{ Key: 'project', Value: 'churn' }],
  });
  run('PutRolePolicy', {
    RoleName: DEMO_IAM.apiRole,
    PolicyName: 'invoke-churn-prod',
    PolicyDocument: doc({ Effect: 'Allow', Action: 'sagemaker:InvokeEndpoint', Resource: `arn:aws:sagemaker:${region}:${accountId}:endpoint/churn-prod` }),
  });

  run('CreateRole', {
    RoleName: DEMO_IAM.schedulerRole,
    Description: 'EventBridge Scheduler starts the nightly preprocessing job',
    AssumeRolePolicyDocument: trust({ Service: 'scheduler.amazonaws.com' }),
    Tags: [{ Key: 'project', Value: 'churn' }],
  });
  run('PutRolePolicy', {
    RoleName: DEMO_IAM.schedulerRole,
    PolicyName: 'start-processing',
    PolicyDocument: doc(
      { Effect: 'Allow', Action: 'sagemaker:CreateProcessingJob', Resource: `arn:aws:sagemaker:${region}:${accountId}:processing-job/*` },
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: roleArn(DEMO_IAM.sageMakerRole),
        Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
      },
    ),
  });

  // A human role for production changes, trusted without an MFA condition (a compliance finding).
  run('CreateRole', {
    RoleName: DEMO_IAM.deployerRole,
    Description: 'Production changes to the churn pipeline',
    AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${accountId}:root` }),
    MaxSessionDuration: 3600,
    Tags: [{ Key: 'environment', Value: 'production' }],
  });
  run('AttachRolePolicy', { RoleName: DEMO_IAM.deployerRole, PolicyArn: DEMO_IAM.awsSageMakerFullAccess });

  // The pipeline's roles were used by its jobs, endpoint and schedule; the deployer never was.
  const used: [string, number][] = [
    [DEMO_IAM.sageMakerRole, now - DAY],
    [DEMO_IAM.apiRole, now - 2 * 3_600_000],
    [DEMO_IAM.schedulerRole, now - DAY],
  ];
  for (const [name, date] of used) {
    const role = store.findRole(accountId, name);
    if (role) role.lastUsed = { date, region };
  }
}
