import type { OperationHandler } from '../../types';

/**
 * awsQuery writes maps as <entry><key/><value/></entry>, which the XML writer does for Map values
 * only; GetMetricStatistics' ExtendedStatistics is the one map CloudWatch returns.
 */
export function queryCompatible(operations: Record<string, OperationHandler>): Record<string, OperationHandler> {
  const out: Record<string, OperationHandler> = { ...operations };
  const statistics = operations.GetMetricStatistics;
  if (statistics) {
    out.GetMetricStatistics = async (input, ctx) => {
      const output = (await statistics(input, ctx)) as { Datapoints?: Record<string, unknown>[] };
      for (const datapoint of output.Datapoints ?? []) {
        const extended = datapoint.ExtendedStatistics;
        if (extended && typeof extended === 'object' && !(extended instanceof Map))
          datapoint.ExtendedStatistics = new Map(Object.entries(extended));
      }
      return output;
    };
  }
  return out;
}
