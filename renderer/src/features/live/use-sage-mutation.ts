import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { RequestChannel } from '../../../../shared/contract/channels';
import type { RequestInput, RequestOutput } from '../../../../shared/contract';
import { SageDeckError } from '../../../../shared/errors';
import { useClient } from '../../app/services';
import { SESSION_QUERY_ROOT } from '../use-session-query';
import { isCancelled, type FieldErrors } from './field-errors';

export interface SageMutationOptions<C extends RequestChannel> {
  /** Channels whose session-scoped answers this change makes stale (lists, details). */
  invalidate?: readonly RequestChannel[];
  onSuccess?: (output: RequestOutput<C>, input: RequestInput<C>) => void;
}

export interface SageMutation<C extends RequestChannel> {
  /** Sends the request; resolves with the output, or `undefined` after a failure or a cancel (shown via state). */
  run: (input: RequestInput<C>) => Promise<RequestOutput<C> | undefined>;
  isPending: boolean;
  /** The failure to show; never a cancelled confirmation. */
  error: unknown;
  /** Messages the host (validation or AWS) tied to a field of the input. */
  fieldErrors: FieldErrors;
  /** The failure's message when it names no field: a form-level alert. */
  formError: string | undefined;
  reset: () => void;
}

const NO_FIELDS: FieldErrors = {};

/**
 * Every mutating request of an area goes through here: one TanStack mutation over the typed client
 * (whose ConfirmationRequired round-trip asks the user). It never throws at the caller and never
 * touches the caller's form state, so nothing typed is lost on an error.
 */
export function useSageMutation<C extends RequestChannel>(channel: C, options: SageMutationOptions<C> = {}): SageMutation<C> {
  const client = useClient();
  const queryClient = useQueryClient();
  const { invalidate, onSuccess } = options;
  const mutation = useMutation<RequestOutput<C>, unknown, RequestInput<C>>({
    mutationFn: (input) => client.request(channel, input),
    onSuccess: async (output, input) => {
      if (invalidate?.length) {
        // Every session's entry, not only the current one: an older session's cache must not revive stale rows.
        await queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] === SESSION_QUERY_ROOT && invalidate.includes(query.queryKey[2] as RequestChannel),
        });
      }
      onSuccess?.(output, input);
    },
  });

  const { mutateAsync } = mutation;
  const run = useCallback(
    (input: RequestInput<C>) => mutateAsync(input).catch(() => undefined),
    [mutateAsync],
  );
  const error = mutation.error !== null && !isCancelled(mutation.error) ? mutation.error : undefined;
  const fieldErrors = useMemo(() => (error instanceof SageDeckError && error.fields ? error.fields : NO_FIELDS), [error]);
  const formError =
    error === undefined || Object.keys(fieldErrors).length > 0 ? undefined : error instanceof Error ? error.message : String(error);
  return { run, isPending: mutation.isPending, error, fieldErrors, formError, reset: mutation.reset };
}
