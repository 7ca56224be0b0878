import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

export async function appReady(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('ready'));
}

/**
 * The app loads the palette while idle and areas and modals on demand; import those chunks up
 * front so none is still loading when a test's environment is torn down.
 */
export async function preloadChunks(): Promise<void> {
  await Promise.all([
    import('../../../renderer/src/components/CommandPalette'),
    import('../../../renderer/src/components/ConfirmModal'),
    import('../../../renderer/src/features/overview/OverviewArea'),
    import('../../../renderer/src/features/profiles/ProfilesArea'),
    import('../../../renderer/src/features/mfa/MfaPrompt'),
    import('../../../renderer/src/features/sso/SsoSignInModal'),
  ]);
}
