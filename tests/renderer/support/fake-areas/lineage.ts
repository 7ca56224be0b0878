import type { lineageRequests, lineageStreams } from '../../../../shared/contract/lineage';
import type { LineageGraph } from '../../../../shared/domain/lineage';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** lineage.get: answers the graph set for a resource in `graphs` (keyed by the resource asked). */
export class FakeLineage {
  graphs = new Map<string, LineageGraph>();

  readonly requests: RequestHandlersOf<typeof lineageRequests> = {
    'lineage.get': async (input) => {
      const graph = this.graphs.get(input.resource);
      if (!graph) throw new SageDeckError({ code: 'ResourceNotFound', message: `Nothing called ${input.resource} was found.`, retryable: false });
      return structuredClone(graph);
    },
  };
  readonly streams: StreamHandlersOf<typeof lineageStreams> = {};
}
