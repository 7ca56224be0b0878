import type { MutationSpec, RequestMeta } from '../../../shared/contract';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';
import type { JournalEntry } from '../../../shared/domain/journal';
import { toErrorEnvelope } from './errors';
import { redactSecrets } from './redact';

export interface MutationCall {
  channel: string;
  mutation: MutationSpec<unknown>;
  input: unknown;
  meta: RequestMeta;
}

export interface GateDeps {
  /** Where and as whom the action runs, for the journal and the production rule. */
  where: () => { profile: string; region: string; account?: string; production: boolean };
  record: (entry: Omit<JournalEntry, 'id'>) => Promise<void>;
  now?: () => number;
  /** Told when a mutation has finished, whatever its outcome (shared reads begun before it end there). */
  settled?: () => void;
}

/**
 * The single path every mutating request takes: destructive actions must arrive confirmed (and
 * with the resource name typed on production profiles), and every attempt is journalled with its
 * outcome, whether it ran or was refused by AWS.
 */
export interface MutationGate {
  run<T>(call: MutationCall, perform: () => Promise<T>): Promise<T>;
}

export function createMutationGate(deps: GateDeps): MutationGate {
  const now = deps.now ?? Date.now;
  return {
    async run(call, perform) {
      const where = deps.where();
      const target = call.mutation.target(call.input);
      if (call.mutation.destructive) {
        const typedOk = !where.production || call.meta.typedConfirmation === target;
        if (!call.meta.confirmed || !typedOk) {
          throw new SageDeckError({
            code: ErrorCodes.ConfirmationRequired,
            message: where.production
              ? `"${call.mutation.action}" on production profile ${where.profile}: type ${target} to confirm.`
              : `"${call.mutation.action}" cannot be undone: confirm to continue.`,
            retryable: false,
            confirmation: { action: call.mutation.action, target, typeToConfirm: where.production },
          });
        }
      }
      const started = now();
      const base = {
        time: new Date(started).toISOString(),
        profile: where.profile,
        region: where.region,
        channel: call.channel,
        target,
        input: redactSecrets(call.input),
        ...(where.account ? { account: where.account } : {}),
      };
      try {
        const result = await perform().finally(() => deps.settled?.());
        await deps.record({ ...base, outcome: 'success', durationMs: now() - started });
        return result;
      } catch (error) {
        const envelope = toErrorEnvelope(error);
        await deps.record({
          ...base,
          outcome: 'failure',
          error: { code: envelope.code, message: envelope.message },
          durationMs: now() - started,
          ...(envelope.requestId ? { requestId: envelope.requestId } : {}),
        });
        throw error;
      }
    },
  };
}
