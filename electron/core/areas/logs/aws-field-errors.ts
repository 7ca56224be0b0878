import { SageDeckError } from '../../../../shared/errors';

/** CloudWatch Logs' member names → the contract's input fields, per request. */
export type MemberFields = Record<string, string>;

interface AwsRefusal extends Error {
  $metadata: { requestId?: string };
}

function isAwsRefusal(error: unknown): error is AwsRefusal {
  return error instanceof Error && typeof (error as { $metadata?: unknown }).$metadata === 'object';
}

/** AWS's compile error, with where in the query it is when AWS says. */
function compileErrorText(error: AwsRefusal): string {
  const compile = (error as { queryCompileError?: { message?: string; location?: { startCharOffset?: number; endCharOffset?: number } } })
    .queryCompileError;
  const message = compile?.message || error.message;
  const start = compile?.location?.startCharOffset;
  return start === undefined ? message : `${message} (at character ${start + 1})`;
}

/**
 * Puts AWS's refusal next to the field the user typed: validation errors name the member
 * ("Value 'x' at 'retentionInDays' failed to satisfy constraint: …"), a missing group is the
 * group field's fault, a query that does not compile is the query's. Anything else is returned
 * as it was and shown as the request's error.
 */
export function withLogsFieldErrors(error: unknown, members: MemberFields, notFoundField?: string): unknown {
  if (!isAwsRefusal(error)) return error;
  const fields: Record<string, string> = {};
  for (const match of error.message.matchAll(/Value '[^']*' at '([^'.]+)[^']*' failed to satisfy constraint: ([^;]+)/g)) {
    const field = members[match[1] ?? ''];
    if (field) fields[field] ??= `AWS refused this value: ${match[2]?.trim() ?? ''}`;
  }
  if (error.name === 'ResourceNotFoundException' && notFoundField) fields[notFoundField] = error.message;
  if (error.name === 'MalformedQueryException' && members.queryString) fields[members.queryString] = compileErrorText(error);
  if (Object.keys(fields).length === 0) return error;
  return new SageDeckError({
    code: error.name,
    message: error.message,
    fields,
    retryable: false,
    ...(error.$metadata.requestId ? { requestId: error.$metadata.requestId } : {}),
  });
}

/** Runs an AWS call and rethrows its refusal with fields (see withLogsFieldErrors). */
export async function refusalsAsFields<T>(call: () => Promise<T>, members: MemberFields, notFoundField?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw withLogsFieldErrors(error, members, notFoundField);
  }
}
