/**
 * Raised for any pattern CloudWatch Logs would refuse. `message` is the text AWS answers with
 * (InvalidParameterException): "Invalid filter pattern" for most mistakes, and "Invalid
 * character(s) in term" for a regular expression outside AWS's character set. `detail` says
 * what exactly was wrong, for logs and tests.
 */
export class FilterPatternError extends Error {
  constructor(
    readonly detail: string,
    message = 'Invalid filter pattern',
  ) {
    super(message);
    this.name = 'FilterPatternError';
  }
}
