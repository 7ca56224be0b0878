import type { rolesRequests, rolesStreams } from '../../../../shared/contract/roles';
import type { PolicySuggestion, RoleDetail, RoleFinding, SimulationAnswer } from '../../../../shared/domain/roles';
import type { ApplySuggestionInput, SimulateInput } from '../../../../shared/validation/roles';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const ACCOUNT = '111122223333';
export const SAGEMAKER_ROLE = 'SageDeckDemoSageMakerRole';
export const ACCESS_POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/SageDeckDemoSageMakerAccess`;

const pretty = (doc: unknown) => JSON.stringify(doc, null, 2);

const BROAD_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:*', Resource: '*' },
    { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
  ],
});

export const LEAST_PRIVILEGE_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [{ Sid: 'ReadPipelineData', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::sagedeck-demo-churn-data/processed/train/*'] }],
});

const source = (statementIndex: number) => ({ policyKind: 'managed' as const, policyName: 'SageDeckDemoSageMakerAccess', policyArn: ACCESS_POLICY_ARN, versionId: 'v1', statementIndex });

export const BROAD_FINDINGS: RoleFinding[] = [
  { kind: 'wildcard-action', severity: 'high', title: 's3:* allows every s3 action', fix: 'List only the actions the role calls.', source: source(0) },
  { kind: 'passrole-any', severity: 'high', title: 'iam:PassRole on every role (*) without an iam:PassedToService condition', fix: 'Allow iam:PassRole only on the roles the pipeline passes.', source: source(1) },
  { kind: 'no-boundary', severity: 'low', title: 'No permissions boundary', fix: 'Set a permissions boundary.' },
];

function sageMakerRole(): RoleDetail {
  return {
    summary: {
      name: SAGEMAKER_ROLE,
      arn: `arn:aws:iam::${ACCOUNT}:role/${SAGEMAKER_ROLE}`,
      path: '/',
      usedBy: [
        { kind: 'training-job', name: 'churn-xgb-2026-12-01-0930-001' },
        { kind: 'processing-job', name: 'churn-preprocess-2026-12-01' },
        { kind: 'model', name: 'churn-xgb-model-3' },
      ],
      findingCounts: { high: 2, medium: 0, low: 1 },
    },
    trustPolicy: pretty({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    policies: [{ kind: 'managed', name: 'SageDeckDemoSageMakerAccess', arn: ACCESS_POLICY_ARN, versionId: 'v1', document: BROAD_POLICY }],
    findings: BROAD_FINDINGS,
  };
}

function apiRole(): RoleDetail {
  return {
    summary: {
      name: 'churn-api-invoke',
      arn: `arn:aws:iam::${ACCOUNT}:role/churn-api-invoke`,
      path: '/',
      usedBy: [{ kind: 'api', name: 'churn-api', key: 'a1b2c3d4e5' }],
      findingCounts: { high: 0, medium: 0, low: 0 },
      boundaryArn: `arn:aws:iam::${ACCOUNT}:policy/SageDeckBoundary`,
    },
    trustPolicy: pretty({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    policies: [{ kind: 'inline', name: 'invoke-churn-prod', document: pretty({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sagemaker:InvokeEndpoint', Resource: 'x' }] }) }],
    findings: [],
  };
}

/**
 * roles.*: the demo's over-broad SageMaker execution role and the least-privilege API role.
 * `applySuggestion` clears the role's policy findings as IAM would after the new version.
 */
export class FakeRoles {
  readonly details = new Map<string, RoleDetail>([
    [SAGEMAKER_ROLE, sageMakerRole()],
    ['churn-api-invoke', apiRole()],
  ]);
  notice: string | undefined;
  listError: Error | undefined;
  simulation: SimulationAnswer = {
    available: true,
    results: [
      {
        action: 's3:DeleteBucket',
        resource: 'arn:aws:s3:::sagedeck-demo-churn-data',
        decision: 'allowed',
        matched: [{ policyName: 'SageDeckDemoSageMakerAccess', statementIndex: 0 }],
        missingContext: [],
        explanation: 'Allowed by SageDeckDemoSageMakerAccess statement 1',
      },
    ],
  };
  readonly simulated: SimulateInput[] = [];
  readonly applied: ApplySuggestionInput[] = [];

  suggestionFor(roleName: string): PolicySuggestion {
    const detail = this.details.get(roleName);
    const current = detail?.policies[0]?.document ?? '';
    return {
      roleName,
      target: { kind: 'managed', policyArn: ACCESS_POLICY_ARN, policyName: 'SageDeckDemoSageMakerAccess', defaultVersionId: 'v1', versionCount: 1 },
      current,
      suggested: LEAST_PRIVILEGE_POLICY,
      diff: [
        { op: 'same', text: '{' },
        { op: 'removed', text: '      "Action": "s3:*",' },
        { op: 'added', text: '      "Action": ["s3:GetObject"],' },
        { op: 'same', text: '}' },
      ],
      reasons: ['Read the prefixes its jobs and models read: sagedeck-demo-churn-data/processed/train/*'],
    };
  }

  readonly requests: RequestHandlersOf<typeof rolesRequests> = {
    'roles.list': () => {
      if (this.listError) return Promise.reject(this.listError);
      const items = [...this.details.values()].map((d) => d.summary);
      return Promise.resolve(this.notice ? { items, notice: this.notice } : { items });
    },
    'roles.describe': (input) => {
      const detail = this.details.get(input.roleName);
      return detail ? Promise.resolve(detail) : Promise.reject(Object.assign(new Error(`The role with name ${input.roleName} cannot be found.`), { name: 'NoSuchEntityException' }));
    },
    'roles.simulate': (input) => {
      this.simulated.push(input);
      return Promise.resolve(this.simulation);
    },
    'roles.suggest': (input) => Promise.resolve(this.suggestionFor(input.roleName)),
    'roles.applySuggestion': (input) => {
      this.applied.push(input);
      const detail = this.details.get(input.roleName);
      if (detail) {
        const findings = detail.findings.filter((f) => f.severity === 'low');
        this.details.set(input.roleName, {
          ...detail,
          findings,
          summary: { ...detail.summary, findingCounts: { high: 0, medium: 0, low: findings.length } },
          policies: detail.policies.map((p, i) => (i === 0 ? { ...p, versionId: 'v2', document: input.document } : p)),
        });
      }
      return Promise.resolve({ policyName: 'SageDeckDemoSageMakerAccess', versionId: 'v2' });
    },
  };
  readonly streams: StreamHandlersOf<typeof rolesStreams> = {};
}
