import { z } from 'zod';
import { LINEAGE_KINDS, type LineageGraph } from '../domain/lineage';
import type { LINEAGE_REQUESTS, LINEAGE_STREAMS } from './lineage.channels';
import { request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const lineageRequests = {
  /**
   * The chain upstream and downstream of one resource: an ARN, a name (endpoint, model, endpoint
   * config, training or processing job, in that order unless `kind` says) or an s3:// URI.
   */
  'lineage.get': request({
    input: z
      .object({
        resource: z.string().trim().min(1, 'Enter an ARN, a name or an s3:// URI.').max(2048),
        kind: z.enum(LINEAGE_KINDS).optional(),
      })
      .strict(),
    output: returns<LineageGraph>(),
  }),
} satisfies Record<(typeof LINEAGE_REQUESTS)[number], AnyRequestSpec>;

export const lineageStreams = {} satisfies Record<(typeof LINEAGE_STREAMS)[number], AnyStreamSpec>;

export const lineageChannelsMatch: [
  SameKeys<keyof typeof lineageRequests, (typeof LINEAGE_REQUESTS)[number]>,
  SameKeys<keyof typeof lineageStreams, (typeof LINEAGE_STREAMS)[number]>,
] = [true, true];
