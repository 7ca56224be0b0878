/**
 * The IAM rules the compliance report applies to policy documents. Pure. IAM answers documents
 * URL-encoded (GetAccountAuthorizationDetails); both that and plain JSON are read.
 */

interface Statement {
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function statementsOf(document: string | undefined): Statement[] {
  if (!document) return [];
  for (const text of [document, safeDecode(document)]) {
    try {
      const parsed = JSON.parse(text) as { Statement?: Statement | Statement[] };
      return asList(parsed.Statement);
    } catch {
      // Not this spelling: try the other.
    }
  }
  return [];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "s3:* on *" — each Allow that grants a wildcard action (or NotAction), or iam:PassRole on every role. */
export function broadGrants(document: string | undefined): string[] {
  const found: string[] = [];
  for (const s of statementsOf(document)) {
    if (s.Effect !== 'Allow') continue;
    const resources = asList(s.Resource);
    const onAll = resources.includes('*');
    const where = resources.length ? resources.join(', ') : '(NotResource)';
    if (s.NotAction !== undefined) found.push(`every action except ${asList(s.NotAction).join(', ')} on ${where}`);
    for (const action of asList(s.Action)) {
      if (action === '*' || action.endsWith(':*')) found.push(`${action} on ${where}`);
      else if (action.toLowerCase() === 'iam:passrole' && onAll) found.push('iam:PassRole on *');
    }
  }
  return found;
}

function requiresMfa(condition: Statement['Condition']): boolean {
  return Object.entries(condition ?? {}).some(([operator, keys]) =>
    Object.entries(keys).some(([key, value]) => {
      const k = key.toLowerCase();
      if (k === 'aws:multifactorauthpresent') return /^Bool$/i.test(operator) && asList(value as unknown).some((v) => String(v).toLowerCase() === 'true');
      return k === 'aws:multifactorauthage' && /^NumericLessThan(Equals)?$/i.test(operator);
    }),
  );
}

/** Whom the trust policy lets assume the role without MFA: AWS principals (people, accounts), never services. */
export function assumableWithoutMfa(trustPolicy: string | undefined): string[] {
  const who: string[] = [];
  for (const s of statementsOf(trustPolicy)) {
    if (s.Effect !== 'Allow' || requiresMfa(s.Condition)) continue;
    const principal = s.Principal;
    const aws = principal === '*' ? ['*'] : asList((principal as { AWS?: string | string[] } | undefined)?.AWS);
    who.push(...aws);
  }
  return who;
}
