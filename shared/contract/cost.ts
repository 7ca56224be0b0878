import { z } from 'zod';
import type { CostByTagAnswer, CostSummaryAnswer, RunningNow, TagResourcesResult, UntaggedResources } from '../domain/cost';
import { costTagKeySchema, tagResourcesSchema, type TagResourcesInput } from '../validation/cost';
import type { COST_REQUESTS, COST_STREAMS } from './cost.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

const tagKey = z.object({ tagKey: costTagKeySchema }).strict();

/** "project=churn on 3 resources" in the confirmation and the journal. */
const tagTarget = (input: TagResourcesInput) => {
  const tags = Object.entries(input.tags)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  return `${tags} on ${input.arns.length === 1 ? (input.arns[0] ?? '') : `${input.arns.length} resources`}`;
};

/** What runs now and its $/hour, month-to-date and forecast by service and by cost-allocation tag, untagged resources, the budget. */
export const costRequests = {
  /** In-service endpoints and in-progress jobs with their instance-hour price (the shipped on-demand table), the total $/hour and the month at this rate. */
  'cost.now': request({ input: empty, output: returns<RunningNow>() }),
  /** Month to date and forecast by service (Cost Explorer), a daily chart, and the profile's budget with whether the forecast exceeds it. */
  'cost.summary': request({ input: empty, output: returns<CostSummaryAnswer>() }),
  /** Month-to-date cost per value of a cost-allocation tag ("(untagged)" for resources without it), with a daily chart. */
  'cost.byTag': request({ input: tagKey, output: returns<CostByTagAnswer>() }),
  /** The pipeline's resources (Resource Groups Tagging API) without the tag key. */
  'cost.untagged': request({ input: tagKey, output: returns<UntaggedResources>() }),
  /** Adds the tags to every resource (TagResources, 20 at a time); a resource AWS refused is reported, the rest keep their tags. Confirmed and journalled. */
  'cost.tagResources': request({
    input: tagResourcesSchema,
    output: returns<TagResourcesResult>(),
    mutation: { action: 'Tag resources', target: tagTarget, destructive: true },
  }),
} satisfies Record<(typeof COST_REQUESTS)[number], AnyRequestSpec>;

export const costStreams = {} satisfies Record<(typeof COST_STREAMS)[number], AnyStreamSpec>;

export const costChannelsMatch: [
  SameKeys<keyof typeof costRequests, (typeof COST_REQUESTS)[number]>,
  SameKeys<keyof typeof costStreams, (typeof COST_STREAMS)[number]>,
] = [true, true];
