import type { AnyRequestSpec, AnyStreamSpec } from '../../../shared/contract/spec';
import type { Disposable } from '../lifecycle/disposables';
import type { RequestHandlersOf, StreamHandlersOf } from '../rpc/handlers';

/**
 * One area of the console in core: the handlers of its contract channels and whatever it holds
 * (watchers, files, timers), released by `dispose`. `create-core.ts` builds every area from one
 * list and disposes them in reverse.
 */
export interface AreaModule<
  R extends Record<string, AnyRequestSpec>,
  S extends Record<string, AnyStreamSpec>,
> extends Disposable {
  requests: RequestHandlersOf<R>;
  streams: StreamHandlersOf<S>;
}
