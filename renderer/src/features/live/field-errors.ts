import type { z } from 'zod';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';

/** Field path (`inputs.0.s3Uri`, the same dot form the host sends in `fields`) → message. */
export type FieldErrors = Record<string, string>;

/** The first message per path of a failed zod parse: what the form shows before anything is sent. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= issue.message;
  }
  return fields;
}

/**
 * The message for a field: its own path first, then anything below it (`hyperParameters.lr` shows on
 * the hyperparameters box), so a field edited as one text box still shows the error of one entry.
 */
export function messageFor(fields: FieldErrors, path: string): string | undefined {
  if (fields[path]) return fields[path];
  const below = Object.keys(fields).find((key) => key.startsWith(`${path}.`));
  return below ? fields[below] : undefined;
}

/** The user said no to a confirmation: nothing failed, so nothing is shown as an error. */
export function isCancelled(reason: unknown): boolean {
  return reason instanceof SageDeckError && reason.code === ErrorCodes.Cancelled;
}
