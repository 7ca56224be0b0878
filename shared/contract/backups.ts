import type { BACKUPS_REQUESTS, BACKUPS_STREAMS } from './backups.channels';
import type { AnyRequestSpec, AnyStreamSpec, SameKeys } from './spec';

/** AWS Backup coverage of the pipeline buckets, backup jobs, recovery points and restore tests. */
export const backupsRequests = {} satisfies Record<(typeof BACKUPS_REQUESTS)[number], AnyRequestSpec>;

export const backupsStreams = {} satisfies Record<(typeof BACKUPS_STREAMS)[number], AnyStreamSpec>;

export const backupsChannelsMatch: [
  SameKeys<keyof typeof backupsRequests, (typeof BACKUPS_REQUESTS)[number]>,
  SameKeys<keyof typeof backupsStreams, (typeof BACKUPS_STREAMS)[number]>,
] = [true, true];
