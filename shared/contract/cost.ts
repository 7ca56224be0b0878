import type { COST_REQUESTS, COST_STREAMS } from './cost.channels';
import type { AnyRequestSpec, AnyStreamSpec, SameKeys } from './spec';

/** What runs now and its $/hour, month-to-date and forecast by service and by cost-allocation tag, untagged resources, the budget. */
export const costRequests = {} satisfies Record<(typeof COST_REQUESTS)[number], AnyRequestSpec>;

export const costStreams = {} satisfies Record<(typeof COST_STREAMS)[number], AnyStreamSpec>;

export const costChannelsMatch: [
  SameKeys<keyof typeof costRequests, (typeof COST_REQUESTS)[number]>,
  SameKeys<keyof typeof costStreams, (typeof COST_STREAMS)[number]>,
] = [true, true];
