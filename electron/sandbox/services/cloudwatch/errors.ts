import { AwsError } from '../../types';

/**
 * CloudWatch speaks awsQuery (the CLI) and awsJson1_0 in query-compatible mode (the SDK). Errors
 * are raised with their query code; the JSON service renames them to the modelled shape name and
 * keeps the query code for the `x-amzn-query-error` header (see `jsonError`).
 */
const JSON_NAMES: Record<string, string> = {
  InvalidParameterValue: 'InvalidParameterValueException',
  InvalidParameterCombination: 'InvalidParameterCombinationException',
  MissingParameter: 'MissingRequiredParameterException',
  LimitExceeded: 'LimitExceededFault',
  InvalidFormat: 'InvalidFormatFault',
  InternalServiceError: 'InternalServiceFault',
  // Coral's input validation: ValidationError to query clients, ValidationException in JSON.
  ValidationError: 'ValidationException',
};

export class CloudWatchError extends AwsError {
  /** The awsQuery code, which query-compatible JSON clients read from `x-amzn-query-error`. */
  readonly queryCode: string;
  constructor(code: string, message: string, status = 400, queryCode = code) {
    super(code, message, status);
    this.queryCode = queryCode;
  }
}

export function jsonError(error: unknown): unknown {
  if (!(error instanceof AwsError)) return error;
  const queryCode = error instanceof CloudWatchError ? error.queryCode : error.code;
  const name = JSON_NAMES[queryCode];
  return name ? new CloudWatchError(name, error.message, error.status, queryCode) : error;
}

export const invalidParameterValue = (message: string) => new CloudWatchError('InvalidParameterValue', message);
export const invalidParameterCombination = (message: string) =>
  new CloudWatchError('InvalidParameterCombination', message);
export const missingParameter = (member: string) =>
  new CloudWatchError('MissingParameter', `The parameter ${member} is required.`);
export const invalidNextToken = () => new CloudWatchError('InvalidNextToken', 'The service cannot process the NextToken.');
export const validationError = (message: string) => new CloudWatchError('ValidationError', message);
export const alarmNotFound = (name: string) => new CloudWatchError('ResourceNotFound', `Alarm ${name} not found`, 404);
export const invalidFormat = (message: string) => new CloudWatchError('InvalidFormat', message);
export const limitExceeded = (message: string) => new CloudWatchError('LimitExceeded', message);
export const resourceNotFoundException = (message: string) =>
  new CloudWatchError('ResourceNotFoundException', message, 404);
