import { describe, expect, it } from 'vitest';
import type { appRequests } from '../../../shared/contract/app';
import { noDuplicateChannels } from '../../../shared/contract';
import type { jobsRequests, jobsStreams } from '../../../shared/contract/jobs';
import type { Disjoint } from '../../../shared/contract/spec';

/*
 * The proof is the typecheck (`tsc -p tsconfig.node.json`): an area repeating another's channel
 * must not compile. If Disjoint ever let a duplicate through, the @ts-expect-error lines below would
 * become unused and fail the typecheck themselves.
 */
type JobsAgain = Pick<typeof jobsRequests, 'jobs.list'>;

// @ts-expect-error jobs.list is in both areas.
const duplicate: Disjoint<[typeof appRequests, typeof jobsRequests, JobsAgain]> = true;
// @ts-expect-error a stream channel repeated across two areas fails the same way.
const duplicateStream: Disjoint<[typeof jobsStreams, typeof jobsStreams]> = true;
const distinct: Disjoint<[typeof appRequests, typeof jobsRequests]> = true;

describe('contract registry', () => {
  it('merges areas whose channels are distinct', () => {
    expect([duplicate, duplicateStream, distinct]).toEqual([true, true, true]);
    expect(noDuplicateChannels).toEqual([true, true]);
  });
});
