/** The real app on the built-in sandbox profile (the Security & cost area's one render helper), with the fake backups area. */
export { renderSecurity as renderBackups } from '../posture/security-app';

/** The section's chunks imported before the tests: the first import is slow on a busy runner. */
export async function preloadBackupChunks(): Promise<void> {
  await Promise.all([
    import('../../../../renderer/src/features/security/SecurityArea'),
    import('../../../../renderer/src/features/security/backups/BackupsSection'),
    import('../../../../renderer/src/components/ConfirmModal'),
  ]);
}
