import type { PostureReport } from '../domain/posture';
import type { POSTURE_REQUESTS, POSTURE_STREAMS } from './posture.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** Encryption and network posture across the pipeline (buckets, jobs, endpoint configs, log groups, API stages, listeners, KMS keys). */
export const postureRequests = {
  /** One list of findings across the pipeline, read live; checks the endpoint cannot run are `unknown` and listed in `checksNotRun`. */
  'posture.report': request({ input: empty, output: returns<PostureReport>() }),
} satisfies Record<(typeof POSTURE_REQUESTS)[number], AnyRequestSpec>;

export const postureStreams = {} satisfies Record<(typeof POSTURE_STREAMS)[number], AnyStreamSpec>;

export const postureChannelsMatch: [
  SameKeys<keyof typeof postureRequests, (typeof POSTURE_REQUESTS)[number]>,
  SameKeys<keyof typeof postureStreams, (typeof POSTURE_STREAMS)[number]>,
] = [true, true];
