import type { overviewRequests, overviewStreams } from '../../../../shared/contract/overview';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

// WORK IN PROGRESS (issue 11): the in-memory overview fake replaces these.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'The overview is being built.', retryable: false });
};

export class FakeOverview {
  readonly requests: RequestHandlersOf<typeof overviewRequests> = { 'overview.pipeline': notBuilt };
  readonly streams: StreamHandlersOf<typeof overviewStreams> = {};
}
