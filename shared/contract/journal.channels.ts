export const JOURNAL_REQUESTS = ['journal.list'] as const;
export const JOURNAL_STREAMS = ['journal.watch'] as const;
