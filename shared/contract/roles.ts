import type { ROLES_REQUESTS, ROLES_STREAMS } from './roles.channels';
import type { AnyRequestSpec, AnyStreamSpec, SameKeys } from './spec';

/** IAM roles the pipeline uses: trust and permission policies, findings, the policy simulator, a least-privilege suggestion. */
export const rolesRequests = {} satisfies Record<(typeof ROLES_REQUESTS)[number], AnyRequestSpec>;

export const rolesStreams = {} satisfies Record<(typeof ROLES_STREAMS)[number], AnyStreamSpec>;

export const rolesChannelsMatch: [
  SameKeys<keyof typeof rolesRequests, (typeof ROLES_REQUESTS)[number]>,
  SameKeys<keyof typeof rolesStreams, (typeof ROLES_STREAMS)[number]>,
] = [true, true];
