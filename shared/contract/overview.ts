import type { PipelineOverview } from '../domain/overview';
import type { OVERVIEW_REQUESTS, OVERVIEW_STREAMS } from './overview.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const overviewRequests = {
  /** Each stage of the pipeline for the current session, read in parallel, cached briefly per session. */
  'overview.pipeline': request({ input: empty, output: returns<PipelineOverview>() }),
} satisfies Record<(typeof OVERVIEW_REQUESTS)[number], AnyRequestSpec>;

export const overviewStreams = {} satisfies Record<(typeof OVERVIEW_STREAMS)[number], AnyStreamSpec>;

export const overviewChannelsMatch: [
  SameKeys<keyof typeof overviewRequests, (typeof OVERVIEW_REQUESTS)[number]>,
  SameKeys<keyof typeof overviewStreams, (typeof OVERVIEW_STREAMS)[number]>,
] = [true, true];
