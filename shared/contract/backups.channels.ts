export const BACKUPS_REQUESTS = ['backups.overview', 'backups.recoveryPoints', 'backups.restoreTest', 'backups.history', 'backups.deleteScratch'] as const;
export const BACKUPS_STREAMS = ['backups.watchRestoreTest'] as const;
