export const APP_REQUESTS = ['app.info', 'app.diagnostics'] as const;
export const APP_STREAMS = [] as const;
