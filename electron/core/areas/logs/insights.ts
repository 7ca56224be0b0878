import { GetQueryResultsCommand, StartQueryCommand, StopQueryCommand, type ResultField } from '@aws-sdk/client-cloudwatch-logs';
import type { QueryResults, QueryStatus } from '../../../../shared/domain/logs';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { Disposable } from '../../lifecycle/disposables';
import { refusalsAsFields } from './aws-field-errors';
import type { LogsAreaDeps, LogsRequestHandlers } from './deps';
import { openSavedQueries } from './saved-queries';

type InsightsChannels =
  | 'logs.startQuery'
  | 'logs.queryResults'
  | 'logs.stopQuery'
  | 'logs.listSavedQueries'
  | 'logs.saveQuery'
  | 'logs.deleteSavedQuery';

export const INSIGHTS_UNAVAILABLE =
  'This endpoint does not offer CloudWatch Logs Insights (StartQuery). Search the time range or tail the group instead.';

const QUERY_MEMBERS = {
  logGroupNames: 'groups',
  queryString: 'query',
  startTime: 'startTime',
  endTime: 'endTime',
  limit: 'limit',
};

/** AWS hides this record pointer in every row; it means nothing to a reader of the table. */
const POINTER_FIELD = '@ptr';

/** An endpoint (LocalStack, moto, an older emulator) that has no Insights at all, rather than a refused call. */
function insightsMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return status === 501 || /UnknownOperation|InvalidAction|NotImplemented|UnsupportedOperation/i.test(name);
}

async function insightsCall<T>(call: () => Promise<T>, notFoundField?: string): Promise<T> {
  try {
    return await refusalsAsFields(call, QUERY_MEMBERS, notFoundField);
  } catch (error) {
    if (insightsMissing(error)) {
      throw new SageDeckError({ code: 'InsightsUnavailable', message: INSIGHTS_UNAVAILABLE, retryable: false });
    }
    throw error;
  }
}

/** AWS's rows of {field, value} pairs as records, with the fields in the order the query produced them. */
export function queryTable(results: ResultField[][]): Pick<QueryResults, 'fields' | 'rows'> {
  const fields: string[] = [];
  const seen = new Set<string>([POINTER_FIELD]);
  const rows = results.map((cells) => {
    const row: Record<string, string> = {};
    for (const { field, value } of cells) {
      if (field === undefined || field === POINTER_FIELD) continue;
      if (!seen.has(field)) {
        seen.add(field);
        fields.push(field);
      }
      row[field] = value ?? '';
    }
    return row;
  });
  return { fields, rows };
}

/**
 * Logs Insights queries and the profile's saved queries. The contract's times are epoch
 * milliseconds; StartQuery takes whole seconds, both ends inclusive, so rounding both down covers
 * the range asked for (and the rest of its first and last second) rather than cutting it.
 */
export function insightsHandlers(deps: LogsAreaDeps): Disposable & { requests: Pick<LogsRequestHandlers, InsightsChannels> } {
  const logs = async () => (await deps.clients.current()).get('logs');
  const saved = openSavedQueries(deps.dataDir, deps.now);
  const profile = () => deps.session.current().profile;
  return {
    requests: {
      'logs.startQuery': async (input, ctx) => {
        const client = await logs();
        const answer = await insightsCall(
          () =>
            client.send(
              new StartQueryCommand({
                logGroupNames: input.groups,
                queryString: input.query,
                startTime: Math.floor(input.startTime / 1000),
                endTime: Math.floor(input.endTime / 1000),
                limit: input.limit,
              }),
              { abortSignal: ctx.signal },
            ),
          'groups',
        );
        if (!answer.queryId) throw new Error('StartQuery answered without a query id.');
        return { queryId: answer.queryId };
      },

      'logs.queryResults': async (input, ctx) => {
        const client = await logs();
        const answer = await insightsCall(() => client.send(new GetQueryResultsCommand({ queryId: input.queryId }), { abortSignal: ctx.signal }));
        const statistics = answer.statistics ?? {};
        return {
          status: (answer.status ?? 'Unknown') as QueryStatus,
          ...queryTable(answer.results ?? []),
          statistics: {
            recordsMatched: statistics.recordsMatched ?? 0,
            recordsScanned: statistics.recordsScanned ?? 0,
            bytesScanned: statistics.bytesScanned ?? 0,
          },
        };
      },

      'logs.stopQuery': async (input, ctx) => {
        const client = await logs();
        try {
          const answer = await insightsCall(() => client.send(new StopQueryCommand({ queryId: input.queryId }), { abortSignal: ctx.signal }));
          return { stopped: answer.success ?? false };
        } catch (error) {
          // A query that finished while the user reached for Stop is not an error worth a dialog.
          if (error instanceof Error && error.name === 'InvalidParameterException' && /not running|already|ended|complete/i.test(error.message)) {
            return { stopped: false };
          }
          throw error;
        }
      },

      'logs.listSavedQueries': async () => saved.list(profile()),
      'logs.saveQuery': async (input) => saved.save(profile(), input),
      'logs.deleteSavedQuery': async (input) => {
        if (!(await saved.remove(profile(), input.id))) {
          throw new SageDeckError({
            code: ErrorCodes.InvalidInput,
            message: `No saved query named "${input.name}" in this profile.`,
            retryable: false,
          });
        }
        return { deleted: true };
      },
    },
    dispose: () => undefined,
  };
}
