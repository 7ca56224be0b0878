export const SESSION_REQUESTS = ['session.current', 'session.select', 'session.identity'] as const;
export const SESSION_STREAMS = ['session.watch'] as const;
