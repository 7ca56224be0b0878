import type { alarmsRequests, alarmsStreams } from '../../../../shared/contract/alarms';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

// WORK IN PROGRESS (issue 11): the in-memory alarms fake replaces these.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'Alarms are being built.', retryable: false });
};

export class FakeAlarms {
  readonly requests: RequestHandlersOf<typeof alarmsRequests> = {
    'alarms.list': notBuilt,
    'alarms.history': notBuilt,
    'alarms.disableActions': notBuilt,
    'alarms.enableActions': notBuilt,
    'alarms.recommendations': notBuilt,
    'alarms.createRecommended': notBuilt,
    'alarms.update': notBuilt,
    'alarms.delete': notBuilt,
  };
  readonly streams: StreamHandlersOf<typeof alarmsStreams> = { 'alarms.watch': notBuilt };
}
