import type { tagsRequests, tagsStreams } from '../../../../shared/contract/tags';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';
import { ProcessingJobTags } from './processing-tags';
import { listTags, updateTags } from './resource-tags';
import { findTagged } from './tag-finder';

export interface TagsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/** Tags on SageMaker resources: read, edit, and find what carries them across the pipeline (the Tagging API, else Search). */
export function tagsArea(deps: TagsAreaDeps): AreaModule<typeof tagsRequests, typeof tagsStreams> {
  const sagemaker = async () => (await deps.clients.current()).get('sagemaker');
  const finders = async () => {
    const clients = await deps.clients.current();
    return { sagemaker: clients.get('sagemaker'), tagging: clients.get('tagging') };
  };
  const processing = new ProcessingJobTags(deps.now ?? Date.now);

  return {
    requests: {
      'tags.list': async (input, ctx) => listTags(await sagemaker(), input.arn, ctx.signal),
      'tags.update': async (input, ctx) => {
        // A processing job's tags may be among the remembered ones: the next find reads them again.
        processing.forget();
        return updateTags(await sagemaker(), input, ctx.signal);
      },
      'tags.find': async (input, ctx) =>
        findTagged(await finders(), processing, deps.session.current().generation, input.filters, ctx.signal),
    },
    streams: {},
    dispose: () => undefined,
  };
}
