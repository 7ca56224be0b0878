import { z } from 'zod';
import type { JournalEntry } from '../domain/journal';
import type { JOURNAL_REQUESTS, JOURNAL_STREAMS } from './journal.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const journalRequests = {
  'journal.list': request({
    input: z
      .object({
        limit: z.number().int().min(1).max(1000).default(200),
        channel: z.string().max(100).optional(),
      })
      .strict(),
    output: returns<JournalEntry[]>(),
  }),
} satisfies Record<(typeof JOURNAL_REQUESTS)[number], AnyRequestSpec>;

export const journalStreams = {
  'journal.watch': stream({ input: empty, event: returns<JournalEntry>() }),
} satisfies Record<(typeof JOURNAL_STREAMS)[number], AnyStreamSpec>;

export const journalChannelsMatch: [
  SameKeys<keyof typeof journalRequests, (typeof JOURNAL_REQUESTS)[number]>,
  SameKeys<keyof typeof journalStreams, (typeof JOURNAL_STREAMS)[number]>,
] = [true, true];
