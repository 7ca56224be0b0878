import type { PolicyDocument, Statement } from './policy-document';
import { parseS3Uri, type RoleNeeds, type ScheduleTarget } from './role-facts';

export interface SuggestionContext {
  roleArn: string;
  region: string;
  /** The account of the role (from its ARN). */
  accountId: string;
  /** KMS key references as the resources name them → the key ARN (an alias resolved); unresolved ones are kept as named. */
  keyArns: ReadonlyMap<string, string>;
}

export interface BuiltSuggestion {
  document: PolicyDocument;
  reasons: string[];
}

interface Part {
  statement: Statement;
  reason: string;
}

const objectPattern = (uri: string) => {
  const at = parseS3Uri(uri);
  return at ? `${at.bucket}/${at.key}*` : undefined;
};

/** Prefixes with any prefix of another in the list left out (the shorter one covers it). */
function covering(patterns: string[]): string[] {
  const unique = [...new Set(patterns)].sort();
  return unique.filter((p) => !unique.some((other) => other !== p && p.startsWith(other.slice(0, -1))));
}

/** Folders holding this many objects read one by one (a daily file each) are granted as the folder. */
export const FOLD_AT = 3;

/** `bucket/raw/usage/2026-11-22.csv*` × many → `bucket/raw/usage/*`: a list that grows with every run would need a new version each day. */
function folded(patterns: string[]): string[] {
  const byFolder = new Map<string, string[]>();
  for (const p of patterns) {
    const folder = p.slice(0, p.lastIndexOf('/') + 1);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), p]);
  }
  return [...byFolder].flatMap(([folder, inFolder]) => (inFolder.length >= FOLD_AT && folder.includes('/') ? [`${folder}*`] : inFolder));
}

function s3Parts(needs: RoleNeeds): Part[] {
  const writes = covering(needs.writes.flatMap((u) => objectPattern(u) ?? []));
  // A read under a prefix the role writes is covered by the write statement's GetObject.
  const reads = covering(folded(needs.reads.flatMap((u) => objectPattern(u) ?? []))).filter((r) => !writes.some((w) => r.startsWith(w.slice(0, -1))));
  const parts: Part[] = [];
  if (reads.length > 0) {
    parts.push({
      statement: { Sid: 'ReadPipelineData', Effect: 'Allow', Action: ['s3:GetObject'], Resource: reads.map((p) => `arn:aws:s3:::${p}`) },
      reason: `Read the prefixes its jobs and models read: ${reads.join(', ')}`,
    });
  }
  if (writes.length > 0) {
    parts.push({
      statement: { Sid: 'WritePipelineData', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'], Resource: writes.map((p) => `arn:aws:s3:::${p}`) },
      reason: `Write (and read back) the prefixes its jobs write: ${writes.join(', ')}`,
    });
  }
  const byBucket = new Map<string, string[]>();
  for (const pattern of [...reads, ...writes]) {
    const [bucket, ...key] = pattern.split('/');
    if (bucket) byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), key.join('/')]);
  }
  for (const [bucket, prefixes] of [...byBucket].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push({
      statement: {
        Sid: `List${bucket.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 128),
        Effect: 'Allow',
        Action: ['s3:ListBucket'],
        Resource: [`arn:aws:s3:::${bucket}`],
        Condition: { StringLike: { 's3:prefix': [...new Set(prefixes)].sort() } },
      },
      reason: `List ${bucket} only under the prefixes it uses`,
    });
  }
  return parts;
}

/** `<account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>` → the repository's ARN. */
export function repositoryArn(image: string): string | undefined {
  const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(image);
  return match ? `arn:aws:ecr:${match[2]}:${match[1]}:repository/${match[3]}` : undefined;
}

function executionParts(needs: RoleNeeds, ctx: SuggestionContext): Part[] {
  const parts: Part[] = [
    {
      statement: {
        Sid: 'SageMakerLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        Resource: [`arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:/aws/sagemaker/*`],
      },
      reason: 'Write the jobs\' and endpoints\' logs to the /aws/sagemaker/ log groups',
    },
    {
      statement: { Sid: 'SageMakerMetrics', Effect: 'Allow', Action: ['cloudwatch:PutMetricData'], Resource: ['*'] },
      reason: 'Publish metrics (PutMetricData has no resource-level permissions)',
    },
  ];
  const repositories = [...new Set(needs.images.flatMap((i) => repositoryArn(i) ?? []))].sort();
  if (repositories.length > 0) {
    parts.push(
      { statement: { Sid: 'EcrLogin', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: ['*'] }, reason: 'Log in to ECR (no resource-level permissions)' },
      {
        statement: { Sid: 'PullImages', Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'], Resource: repositories },
        reason: `Pull its images from ${repositories.map((r) => r.split('/').pop()).join(', ')}`,
      },
    );
  }
  const keys = [...new Set(needs.kmsKeys.map((k) => ctx.keyArns.get(k) ?? k))].sort();
  if (keys.length > 0) {
    parts.push({
      statement: { Sid: 'UseDataKeys', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: keys },
      reason: 'Decrypt and encrypt with the KMS keys of its buckets, volumes and endpoint configs',
    });
  }
  parts.push({
    statement: {
      Sid: 'PassOwnRoleToSageMaker',
      Effect: 'Allow',
      Action: ['iam:PassRole'],
      Resource: [ctx.roleArn],
      Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
    },
    reason: 'Pass itself to SageMaker (jobs it starts run as this role), and only to SageMaker',
  });
  return parts;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a scheduler role needs for its target: the universal target's API action, or the target kind's one action. */
function scheduleParts(target: ScheduleTarget, ctx: SuggestionContext): Part[] {
  const universal = /^arn:aws[a-z-]*:scheduler:::aws-sdk:([a-z0-9-]+):([A-Za-z0-9]+)$/.exec(target.arn);
  if (universal) {
    const [, service = '', apiAction = ''] = universal;
    const action = `${service}:${capitalised(apiAction)}`;
    const parts: Part[] = [];
    let request: { RoleArn?: string; Tags?: unknown[] } = {};
    try {
      request = JSON.parse(target.input ?? '{}') as typeof request;
    } catch {
      // An input that is not JSON names no role to pass.
    }
    const resourceType = service === 'sagemaker' ? /^Create(.+)$/.exec(capitalised(apiAction))?.[1]?.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase() : undefined;
    const resource = resourceType ? `arn:aws:sagemaker:${ctx.region}:${ctx.accountId}:${resourceType}/*` : '*';
    parts.push({ statement: { Effect: 'Allow', Action: [action], Resource: [resource] }, reason: `Call ${action} for its schedule` });
    if (service === 'sagemaker' && request.Tags?.length) {
      parts.push({ statement: { Effect: 'Allow', Action: ['sagemaker:AddTags'], Resource: [resource] }, reason: 'Tag what the schedule creates (its request carries tags)' });
    }
    if (request.RoleArn) {
      parts.push({
        statement: { Effect: 'Allow', Action: ['iam:PassRole'], Resource: [request.RoleArn], Condition: { StringEquals: { 'iam:PassedToService': `${service}.amazonaws.com` } } },
        reason: `Pass ${request.RoleArn.split('/').pop() ?? ''} to ${service} for the ${apiAction} request`,
      });
    }
    return parts;
  }
  const direct: [RegExp, string][] = [
    [/:sagemaker:[^:]*:\d{12}:pipeline\//, 'sagemaker:StartPipelineExecution'],
    [/:lambda:/, 'lambda:InvokeFunction'],
    [/:sqs:/, 'sqs:SendMessage'],
    [/:sns:/, 'sns:Publish'],
    [/:states:/, 'states:StartExecution'],
  ];
  const action = direct.find(([pattern]) => pattern.test(target.arn))?.[1];
  return action ? [{ statement: { Effect: 'Allow', Action: [action], Resource: [target.arn] }, reason: `${action} on its schedule's target` }] : [];
}

/** Sids for statements that have none, so the suggestion's statements can be told apart in the diff and the simulator. */
function numbered(parts: Part[]): Part[] {
  const seen = new Set<string>();
  return parts.map((part, index) => {
    let sid = part.statement.Sid ?? `Pipeline${index + 1}`;
    while (seen.has(sid)) sid = `${sid}${index + 1}`;
    seen.add(sid);
    return { ...part, statement: { ...part.statement, Sid: sid } };
  });
}

/**
 * A least-privilege document from what the pipeline uses the role for: S3 on the exact prefixes
 * (ListBucket with an s3:prefix condition), logs, metrics, its images and keys and passing itself
 * to SageMaker for an execution role; a schedule's target action; InvokeEndpoint for an API's.
 */
export function buildSuggestion(needs: RoleNeeds, ctx: SuggestionContext): BuiltSuggestion {
  const parts: Part[] = [
    ...s3Parts(needs),
    ...(needs.execution ? executionParts(needs, ctx) : []),
    ...needs.scheduleTargets.flatMap((t) => scheduleParts(t, ctx)),
  ];
  if (needs.invokeEndpoints.length > 0) {
    parts.push({
      statement: { Sid: 'InvokeEndpoints', Effect: 'Allow', Action: ['sagemaker:InvokeEndpoint'], Resource: [...needs.invokeEndpoints].sort() },
      reason: `Invoke the endpoints its API integrations call: ${needs.invokeEndpoints.map((e) => e.split('/').pop()).join(', ')}`,
    });
  }
  const seen = new Set<string>();
  const unique = parts.filter((part) => {
    const key = JSON.stringify({ ...part.statement, Sid: undefined });
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const final = numbered(unique);
  return { document: { Version: '2012-10-17', Statement: final.map((p) => p.statement) }, reasons: final.map((p) => p.reason) };
}
