/**
 * The HTTPS-only rule of a bucket policy: Deny every S3 action to everyone when the request did
 * not come over TLS (`aws:SecureTransport` is false), on the bucket and on its objects. Pure: used
 * to read a posture and to add the rule to a policy without touching the user's own statements.
 */

interface Statement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement?: Statement | Statement[];
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function parse(policy: string): PolicyDocument | undefined {
  try {
    const document: unknown = JSON.parse(policy);
    return typeof document === 'object' && document !== null ? (document as PolicyDocument) : undefined;
  } catch {
    return undefined;
  }
}

function everyone(principal: unknown): boolean {
  if (principal === '*') return true;
  const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
  return asList(aws as string | string[] | undefined).includes('*');
}

/** `aws:SecureTransport` pinned to false under Bool (or BoolIfExists), whatever the key's case. */
function deniesPlainHttp(condition: Statement['Condition']): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    if (!/^Bool(IfExists)?$/i.test(operator)) continue;
    for (const [key, value] of Object.entries(keys)) {
      if (
        key.toLowerCase() === 'aws:securetransport' &&
        asList(value as unknown).some((v) => String(v).toLowerCase() === 'false')
      )
        return true;
    }
  }
  return false;
}

/** The bucket's objects, in any partition (aws, aws-cn, aws-us-gov), or everything. */
function coversObjects(resources: string[], bucket: string): boolean {
  return resources.some(
    (r) =>
      r === '*' ||
      /^arn:aws[a-z-]*:s3:::\*$/.test(r) ||
      (/^arn:aws[a-z-]*:s3:::/.test(r) && r.slice(r.indexOf(':::') + 3) === `${bucket}/*`),
  );
}

function isHttpsOnlyStatement(statement: Statement, bucket: string): boolean {
  const actions = asList(statement.Action).map((a) => a.toLowerCase());
  return (
    statement.Effect === 'Deny' &&
    everyone(statement.Principal) &&
    (actions.includes('s3:*') || actions.includes('*')) &&
    coversObjects(asList(statement.Resource), bucket) &&
    deniesPlainHttp(statement.Condition)
  );
}

export function isHttpsOnly(policy: string | undefined, bucket: string): boolean {
  const document = policy === undefined ? undefined : parse(policy);
  return asList(document?.Statement).some((statement) => isHttpsOnlyStatement(statement, bucket));
}

export function httpsOnlyStatement(bucket: string, sid = 'DenyInsecureTransport'): Statement {
  return {
    Sid: sid,
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/**
 * The policy with the HTTPS-only statement added after the user's own (unchanged when it already
 * has one). Undefined when the existing policy is not JSON SageDeck can read: never overwrite it.
 */
export function withHttpsOnly(policy: string | undefined, bucket: string): string | undefined {
  if (policy === undefined) return JSON.stringify({ Version: '2012-10-17', Statement: [httpsOnlyStatement(bucket)] });
  const document = parse(policy);
  if (!document) return undefined;
  if (isHttpsOnly(policy, bucket)) return policy;
  const statements = asList(document.Statement);
  const taken = new Set(statements.map((s) => s.Sid));
  let sid = 'DenyInsecureTransport';
  for (let n = 2; taken.has(sid); n += 1) sid = `DenyInsecureTransport${n}`;
  return JSON.stringify({
    ...document,
    Version: document.Version ?? '2012-10-17',
    Statement: [...statements, httpsOnlyStatement(bucket, sid)],
  });
}
