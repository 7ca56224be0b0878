import { AwsError } from '../../../types';

/**
 * A query CloudWatch Logs would refuse to compile. `start`/`end` are character offsets into the
 * query string (end exclusive), the span AWS reports in `queryCompileError.location`.
 */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

/** AWS's wording for a token the grammar did not expect: "unexpected symbol found X at line L and position P". */
export function unexpectedSymbol(
  source: string,
  text: string,
  start: number,
  end = start + Math.max(text.length, 1),
): QuerySyntaxError {
  const before = source.slice(0, start);
  const line = before.split('\n').length;
  const position = start - (before.lastIndexOf('\n') + 1);
  return new QuerySyntaxError(`unexpected symbol found ${text} at line ${line} and position ${position}`, start, end);
}

export function malformedQuery(error: QuerySyntaxError): AwsError {
  const queryCompileError = {
    location: { startCharOffset: error.start, endCharOffset: error.end },
    message: error.message,
  };
  // AwsError types `extra` as strings because the XML families need text; the awsJson encoder
  // spreads it into the JSON body as is, so the structure reaches the client as AWS sends it.
  const extra = { queryCompileError } as unknown as Record<string, string>;
  return new AwsError('MalformedQueryException', error.message, 400, 'Sender', extra);
}

export const queryNotFound = () => new AwsError('ResourceNotFoundException', 'Query does not exist');

export const queryNotRunning = () => new AwsError('InvalidParameterException', 'Query is not running');

export const tooManyQueries = (max: number) =>
  new AwsError('LimitExceededException', `Account has reached the limit of ${max} concurrent queries`);
