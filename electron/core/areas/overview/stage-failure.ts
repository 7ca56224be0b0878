import type { StageResult } from '../../../../shared/domain/overview';
import { isThrottling } from '../../watch/throttling';
import { operationMissing } from '../endpoints/aws-refusals';

/** What a stage reads, in the words of its failure message: "SageDeck could not read <what>". */
export interface StageSubject {
  what: string;
  /** The IAM actions the stage needs, named when AWS refuses one. */
  actions: string[];
  /** Where to look next (an area of the console, or the AWS console). */
  area: string;
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/** The next step for the kinds of failure a user can act on; the rest are worth a retry. */
function nextStep(error: unknown, subject: StageSubject): string {
  const name = nameOf(error);
  if (/AccessDenied|UnauthorizedOperation|AuthorizationError|Forbidden/i.test(name) || statusOf(error) === 403)
    return `This profile's role may not call ${subject.actions.join(', ')}: ask for that permission, or switch to a profile that has it.`;
  if (operationMissing(error)) return `This endpoint does not have the operation (an emulator without it): use AWS or an emulator that has it.`;
  if (isThrottling(error)) return 'AWS is throttling this account: retry in a minute.';
  if (/ExpiredToken|InvalidClientTokenId|UnrecognizedClient|CredentialsProvider/i.test(name))
    return 'The credentials were refused: sign in again (top bar), then retry.';
  return `Retry; if it keeps failing, open ${subject.area} for details.`;
}

/** A stage that could not be read: AWS's code, what failed and what to do about it. */
export function stageFailure(error: unknown, subject: StageSubject): StageResult<never> {
  const reason = error instanceof Error && error.message ? error.message : nameOf(error);
  return { ok: false, code: nameOf(error), message: `SageDeck could not read ${subject.what}: ${reason}. ${nextStep(error, subject)}` };
}

/** The part of a stage that could not be read, as a notice on a stage that otherwise was. */
export function partMissing(what: string, error: unknown): string {
  const reason = error instanceof Error && error.message ? error.message : nameOf(error);
  return `${what} could not be read (${nameOf(error)}: ${reason}).`;
}
