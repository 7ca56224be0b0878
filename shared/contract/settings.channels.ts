export const SETTINGS_REQUESTS = ['settings.get', 'settings.update', 'settings.reset'] as const;
export const SETTINGS_STREAMS = [] as const;
