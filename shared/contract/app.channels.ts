export const APP_REQUESTS = ['app.info', 'app.diagnostics', 'app.exportDiagnostics', 'app.updateStatus', 'app.setUpdateConsent'] as const;
export const APP_STREAMS = [] as const;
