/** The checks S3 makes on a bucket policy document before storing it. */

type Statement = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function statementsOf(text: string): Statement[] | string {
  if (!text.trimStart().startsWith('{')) return "Policies must be valid JSON and the first byte must be '{'";
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return "Policies must be valid JSON and the first byte must be '{'";
  }
  const statements = (doc as Record<string, unknown>).Statement;
  if (statements === undefined) return 'Missing required field Statement';
  const list = asList(statements);
  if (list.some((s) => s === null || typeof s !== 'object' || Array.isArray(s))) return 'Statement is not well-formed';
  return list as Statement[];
}

/** Why S3 would reject this policy for `bucket` (MalformedPolicy), or undefined when it is fine. */
export function policyProblem(text: string, bucket: string): string | undefined {
  const statements = statementsOf(text);
  if (typeof statements === 'string') return statements;
  if (statements.length === 0) return 'Could not parse the policy: Statement is empty!';
  for (const statement of statements) {
    const effect = statement.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') return `Invalid effect: ${String(effect)}`;
    if (statement.Action === undefined && statement.NotAction === undefined) return 'Missing required field Action';
    if (statement.Principal === undefined && statement.NotPrincipal === undefined) return 'Missing required field Principal';
    if (statement.Resource === undefined && statement.NotResource === undefined) return 'Missing required field Resource';
    const resources = asList(statement.Resource ?? statement.NotResource);
    for (const resource of resources) {
      if (typeof resource !== 'string') return 'Policy has invalid resource';
      const ownBucket = resource === `arn:aws:s3:::${bucket}` || resource.startsWith(`arn:aws:s3:::${bucket}/`);
      if (!ownBucket) return 'Policy has invalid resource';
    }
  }
  return undefined;
}

/**
 * Condition keys that, pinned to fixed values, make a statement for everyone non-public (S3's
 * "meaning of public"): a CIDR set, a source ARN, VPC, endpoint, owner or account, an organisation,
 * a KMS key or a user id.
 */
const RESTRICTING_KEYS = new Set(
  [
    'aws:SourceIp',
    'aws:SourceArn',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceOwner',
    'aws:SourceAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:userid',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
  ].map((k) => k.toLowerCase()),
);

const isFixed = (value: unknown) => typeof value === 'string' && !/[*?]|\$\{/.test(value);

/** Whether a statement's Condition pins one of the restricting keys to fixed values only. */
function restrictsToFixedValues(condition: unknown): boolean {
  if (!condition || typeof condition !== 'object') return false;
  return Object.values(condition as Record<string, unknown>).some((byKey) => {
    if (!byKey || typeof byKey !== 'object') return false;
    return Object.entries(byKey as Record<string, unknown>).some(([key, values]) => {
      const list = asList(values);
      return RESTRICTING_KEYS.has(key.toLowerCase()) && list.length > 0 && list.every(isFixed);
    });
  });
}

/**
 * A policy that allows everyone (`*`) without pinning the request to fixed sources: what
 * GetBucketPolicyStatus reports as public and BlockPublicPolicy refuses. A condition such as
 * `aws:SecureTransport` does not make a statement non-public.
 */
export function isPublicPolicy(text: string): boolean {
  const statements = statementsOf(text);
  if (typeof statements === 'string') return false;
  return statements.some((s) => {
    if (s.Effect !== 'Allow' || restrictsToFixedValues(s.Condition)) return false;
    const principal = s.Principal;
    if (principal === '*') return true;
    const aws = principal && typeof principal === 'object' ? (principal as Record<string, unknown>).AWS : undefined;
    return asList(aws).includes('*');
  });
}
