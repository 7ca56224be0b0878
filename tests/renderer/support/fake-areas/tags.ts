import type { tagsRequests, tagsStreams } from '../../../../shared/contract/tags';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** tags.*: tags kept per ARN in `byArn`; `find` matches them like AWS's Tags.<key> filters. */
export class FakeTags {
  readonly byArn = new Map<string, Record<string, string>>();

  readonly requests: RequestHandlersOf<typeof tagsRequests> = {
    'tags.list': async (input) => ({ ...(this.byArn.get(input.arn) ?? {}) }),
    'tags.update': async (input) => {
      const next = { ...(this.byArn.get(input.arn) ?? {}), ...input.set };
      for (const key of input.remove) delete next[key];
      this.byArn.set(input.arn, next);
      return { ...next };
    },
    'tags.find': async (input) => ({
      arns: [...this.byArn.entries()]
        .filter(([, tags]) => input.filters.every((f) => f.key in tags && (f.value === undefined || tags[f.key] === f.value)))
        .map(([arn]) => arn),
    }),
  };
  readonly streams: StreamHandlersOf<typeof tagsStreams> = {};
}
