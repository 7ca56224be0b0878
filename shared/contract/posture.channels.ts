export const POSTURE_REQUESTS = [] as const;
export const POSTURE_STREAMS = [] as const;
