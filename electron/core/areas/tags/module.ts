import type { tagsRequests, tagsStreams } from '../../../../shared/contract/tags';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface TagsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

// WORK IN PROGRESS (issue 13): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'This area is being built.', retryable: false });
};

/** Tags on SageMaker resources: read, edit, and find what carries them across the pipeline. */
export function tagsArea(_deps: TagsAreaDeps): AreaModule<typeof tagsRequests, typeof tagsStreams> {
  return {
    requests: {
      'tags.list': notBuilt,
      'tags.update': notBuilt,
      'tags.find': notBuilt,
    },
    streams: {},
    dispose: () => undefined,
  };
}
