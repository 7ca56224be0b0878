export const POSTURE_REQUESTS = ['posture.report'] as const;
export const POSTURE_STREAMS = [] as const;
