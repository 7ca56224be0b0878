import { renderOnSandbox, type SandboxAppOptions } from '../../support/render-on-sandbox';

/** The real app on the built-in sandbox profile, opened at a Security & cost address. */
export const renderSecurity = (hash: string, options: SandboxAppOptions = {}) => renderOnSandbox(hash, options);

/** The sections' chunks imported before the tests: the first import is slow on a busy runner. */
export async function preloadSecurityChunks(): Promise<void> {
  await Promise.all([
    import('../../../../renderer/src/features/security/SecurityArea'),
    import('../../../../renderer/src/features/security/posture/PostureSection'),
    import('../../../../renderer/src/features/security/compliance/ComplianceSection'),
  ]);
}
