/** The real app over the real dispatcher and gate on the sandbox profile: the Security & cost area's one harness. */
export { renderSecurity as renderRoles } from '../posture/security-app';

/** The section's chunks imported before the tests: the first import is slow on a busy runner. */
export async function preloadRoleChunks(): Promise<void> {
  await Promise.all([
    import('../../../../renderer/src/features/security/SecurityArea'),
    import('../../../../renderer/src/features/security/roles/RolesSection'),
    import('../../../../renderer/src/components/ConfirmModal'),
  ]);
}
