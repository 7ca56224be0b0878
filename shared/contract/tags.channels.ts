export const TAGS_REQUESTS = ['tags.list', 'tags.update', 'tags.find'] as const;
export const TAGS_STREAMS = [] as const;
