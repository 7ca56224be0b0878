import type { OperationHandler, ServiceDefinition, ServiceModuleFactory } from '../../types';
import { groupOperations } from './groups';
import { createLogWriter, ingestOperations } from './ingest';
import { insightsOperations } from './insights/operations';
import { LiveTailHub } from './live-tail';
import { readOperations } from './read';
import { LogsStore } from './store';
import { streamOperations } from './streams';
import { logsTagSource } from './tag-source';
import { registerTagSource } from '../tagging/directory';

/**
 * CloudWatch Logs (awsJson1_1, `Logs_20140328`): groups, streams, events, filter patterns, Live
 * Tail and Logs Insights queries. Also the bus's LogWriter, through which SageMaker jobs and
 * endpoints write their logs.
 */
export const createLogsModule: ServiceModuleFactory = (env) => {
  const store = new LogsStore();
  const liveTail = new LiveTailHub(store);
  const insights = insightsOperations(store);
  env.bus.logs = createLogWriter(store, () => env.clock.now());
  registerTagSource(env.bus, logsTagSource(store));

  const operations: Record<string, OperationHandler> = {
    ...groupOperations(store),
    ...streamOperations(store),
    ...ingestOperations(store),
    ...readOperations(store),
    ...insights.operations,
    StartLiveTail: liveTail.StartLiveTail,
  };

  const service: ServiceDefinition = {
    signingName: 'logs',
    protocol: 'awsJson1_1',
    targetPrefix: 'Logs_20140328',
    operations,
    snapshot: () => store.snapshot(),
    restore: (state) => {
      liveTail.closeAll();
      insights.registry.reset();
      store.restore(state);
    },
    reset: () => {
      liveTail.closeAll();
      insights.registry.reset();
      store.reset();
    },
  };

  // The module lives on after dispose (the control API's reset disposes, then resets and serves
  // again), so dispose only ends the sessions and their timers.
  return { services: [service], dispose: () => liveTail.closeAll() };
};
