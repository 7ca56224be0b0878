import type { EndpointRecord } from '../base/records';

/** Timers of one endpoint, by what drives them, so a delete or a rollback cancels exactly its own. */
export const endpointTimerKey = {
  lifecycle: (e: Pick<EndpointRecord, 'arn'>) => e.arn,
  deployment: (e: Pick<EndpointRecord, 'arn'>) => `${e.arn}#deployment`,
  capacity: (e: Pick<EndpointRecord, 'arn'>) => `${e.arn}#capacity`,
};

export function endpointTimerKeys(e: Pick<EndpointRecord, 'arn'>): string[] {
  return [endpointTimerKey.lifecycle(e), endpointTimerKey.deployment(e), endpointTimerKey.capacity(e)];
}
