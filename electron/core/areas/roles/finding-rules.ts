import type { PolicyKind, RoleFinding, StatementRef } from '../../../../shared/domain/roles';
import { asList, conditionKeys, coversAction, parsePolicy, serviceOf, type Statement } from './policy-document';
import { parseS3Uri, type RoleNeeds, type RoleRecord } from './role-facts';

/**
 * Actions IAM only grants on `*` (no resource-level permissions): a `*` resource on them is not
 * a finding. The common ones an ML pipeline's roles hold.
 */
const STAR_ONLY = new Set(
  [
    'cloudwatch:PutMetricData',
    'cloudwatch:GetMetricData',
    'cloudwatch:ListMetrics',
    'ecr:GetAuthorizationToken',
    'logs:DescribeLogGroups',
    'sts:GetCallerIdentity',
    's3:ListAllMyBuckets',
    'sagemaker:Search',
    'sagemaker:ListTrainingJobs',
    'sagemaker:ListProcessingJobs',
    'sagemaker:ListModels',
    'sagemaker:ListEndpoints',
    'kms:ListAliases',
    'kms:ListKeys',
  ].map((a) => a.toLowerCase()),
);

const isWildcardAction = (action: string) => action === '*' || /^[a-z0-9-]+:\*$/i.test(action);
const anyResource = (statement: Statement) => asList(statement.Resource).includes('*');

interface PolicySource {
  kind: PolicyKind;
  name: string;
  arn?: string | undefined;
  versionId?: string | undefined;
  document: string;
}

function sourcesOf(role: RoleRecord): PolicySource[] {
  return [
    ...role.attached.map((p) => ({ kind: p.awsManaged ? ('aws-managed' as const) : ('managed' as const), name: p.name, arn: p.arn, versionId: p.defaultVersionId, document: p.document })),
    ...role.inline.map((p) => ({ kind: 'inline' as const, name: p.name, document: p.document })),
  ];
}

const refOf = (source: PolicySource, statement: Statement, index: number): StatementRef => ({
  policyKind: source.kind,
  policyName: source.name,
  ...(source.arn ? { policyArn: source.arn } : {}),
  ...(source.versionId ? { versionId: source.versionId } : {}),
  statementIndex: index,
  ...(statement.Sid ? { sid: statement.Sid } : {}),
});

const replaceHint = (source: PolicySource) =>
  source.kind === 'aws-managed'
    ? `${source.name} is an AWS managed policy: detach it and attach a customer managed policy that names only what the role needs.`
    : 'Use "Suggest least privilege" to replace it with the actions and resources the pipeline uses.';

function wildcardActionFinding(source: PolicySource, statement: Statement, index: number): RoleFinding | undefined {
  if (statement.NotAction !== undefined) {
    return {
      kind: 'wildcard-action',
      severity: 'high',
      title: `Allow with NotAction grants every action except ${asList(statement.NotAction).join(', ')}`,
      fix: `Name the allowed actions instead of excluding some. ${replaceHint(source)}`,
      source: refOf(source, statement, index),
    };
  }
  const wild = asList(statement.Action).filter(isWildcardAction);
  if (wild.length === 0) return undefined;
  return {
    kind: 'wildcard-action',
    severity: 'high',
    title: `${wild.join(', ')} allows every ${wild.includes('*') ? 'action of every service' : `${wild.map(serviceOf).join(', ')} action`}`,
    fix: `List only the actions the role calls. ${replaceHint(source)}`,
    source: refOf(source, statement, index),
  };
}

function wildcardResourceFinding(source: PolicySource, statement: Statement, index: number): RoleFinding | undefined {
  if (!anyResource(statement)) return undefined;
  // PassRole on * has its own finding; actions without resource-level permissions can only name *.
  const scoped = asList(statement.Action).filter((action) => !STAR_ONLY.has(action.toLowerCase()) && action.toLowerCase() !== 'iam:passrole');
  if (scoped.length === 0 && statement.NotAction === undefined) return undefined;
  return {
    kind: 'wildcard-resource',
    severity: 'medium',
    title: `${statement.NotAction !== undefined ? 'NotAction' : scoped.join(', ')} on every resource (*)`,
    fix: `Name the resources (ARNs) the role uses. ${replaceHint(source)}`,
    source: refOf(source, statement, index),
  };
}

function passRoleFinding(source: PolicySource, statement: Statement, index: number): RoleFinding | undefined {
  if (!coversAction(statement, 'iam:PassRole') || !anyResource(statement)) return undefined;
  if (conditionKeys(statement).includes('iam:passedtoservice')) return undefined;
  return {
    kind: 'passrole-any',
    severity: 'high',
    title: 'iam:PassRole on every role (*) without an iam:PassedToService condition',
    fix: 'Allow iam:PassRole only on the roles the pipeline passes (usually this role itself), with a condition iam:PassedToService = sagemaker.amazonaws.com.',
    source: refOf(source, statement, index),
  };
}

/** The buckets a statement's S3 resources reach that the pipeline never uses (`*` reaches every bucket). */
function unusedBuckets(statement: Statement, used: ReadonlySet<string>): string[] {
  const reached = new Set<string>();
  for (const resource of asList(statement.Resource)) {
    if (resource === '*' || resource === 'arn:aws:s3:::*') {
      reached.add('every bucket');
      continue;
    }
    const bucket = /^arn:aws[a-z-]*:s3:::([^/]+)/.exec(resource)?.[1];
    if (bucket && !used.has(bucket)) reached.add(bucket);
  }
  return [...reached];
}

function unusedS3Finding(source: PolicySource, statement: Statement, index: number, needs: RoleNeeds): RoleFinding | undefined {
  const s3Actions = statement.NotAction !== undefined ? ['(NotAction)'] : asList(statement.Action).filter((a) => a === '*' || serviceOf(a) === 's3');
  if (s3Actions.length === 0) return undefined;
  const uris = [...needs.reads, ...needs.writes];
  const used = new Set(uris.flatMap((uri) => parseS3Uri(uri)?.bucket ?? []));
  const beyond = unusedBuckets(statement, used);
  if (beyond.length === 0) return undefined;
  const usedWords = used.size === 0 ? 'no S3 data at all' : `only ${[...used].join(', ')}`;
  return {
    kind: 'unused-permissions',
    severity: 'medium',
    title: `S3 access beyond what the pipeline uses: ${beyond.join(', ')} (its resources use ${usedWords})`,
    fix: `Limit S3 actions to the buckets and prefixes the role's jobs read and write. ${replaceHint(source)}`,
    source: refOf(source, statement, index),
  };
}

const ACCOUNT_ROOT = /^(arn:aws[a-z-]*:iam::\d{12}:root|\d{12}|\*)$/;

function trustedRoots(statement: Statement): string[] {
  const principal = statement.Principal;
  if (principal === '*') return ['*'];
  return asList(principal?.AWS).filter((p) => ACCOUNT_ROOT.test(p));
}

function trustFindings(role: RoleRecord): RoleFinding[] {
  return parsePolicy(role.trust).Statement.flatMap((statement, index) => {
    if (statement.Effect !== 'Allow' || !coversAction(statement, 'sts:AssumeRole')) return [];
    const roots = trustedRoots(statement);
    if (roots.length === 0 || conditionKeys(statement).includes('aws:multifactorauthpresent')) return [];
    return [
      {
        kind: 'root-trust-without-mfa' as const,
        severity: 'high' as const,
        title: `Anyone in ${roots.join(', ')} allowed to assume the role can do so without MFA`,
        fix: 'Add a condition to the trust policy: "Bool": { "aws:MultiFactorAuthPresent": "true" } (or trust named principals only).',
        source: { policyKind: 'trust' as const, policyName: 'Trust policy', statementIndex: index, ...(statement.Sid ? { sid: statement.Sid } : {}) },
      },
    ];
  });
}

function boundaryFinding(role: RoleRecord): RoleFinding[] {
  if (role.boundaryArn) return [];
  return [
    {
      kind: 'no-boundary',
      severity: 'low',
      title: 'No permissions boundary',
      fix: 'Set a permissions boundary (a managed policy capping what the role can ever be granted), so a broadened policy cannot exceed it.',
    },
  ];
}

const ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * Every finding of a role: its permission policies' Allow statements (wildcard actions, `*`
 * resources, PassRole on `*`, S3 beyond the pipeline's buckets when the pipeline uses the role),
 * its trust policy (the account root without MFA) and a missing boundary. Worst first.
 */
export function roleFindings(role: RoleRecord, needs?: RoleNeeds): RoleFinding[] {
  const fromPolicies = sourcesOf(role).flatMap((source) =>
    parsePolicy(source.document).Statement.flatMap((statement, index) => {
      if (statement.Effect !== 'Allow') return [];
      const found = [wildcardActionFinding(source, statement, index), wildcardResourceFinding(source, statement, index), passRoleFinding(source, statement, index)];
      if (needs && needs.uses.length > 0) found.push(unusedS3Finding(source, statement, index, needs));
      return found.filter((f): f is RoleFinding => f !== undefined);
    }),
  );
  return [...fromPolicies, ...trustFindings(role), ...boundaryFinding(role)].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
