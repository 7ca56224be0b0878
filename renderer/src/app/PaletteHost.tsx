import { lazy, Suspense, useEffect, useMemo } from 'react';
import { exportDiagnostics } from '../features/diagnostics/export-diagnostics';
import { navigateTo } from './hash-route';
import { paletteCommands } from './palette-commands';
import { useServices, useSession } from './services';

const CommandPalette = lazy(() => import('../components/CommandPalette'));

/** Ctrl+K on Windows and Linux, Cmd+K on macOS, from anywhere in the window. */
export function isPaletteShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

export function PaletteHost({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const profiles = useSession((state) => state.profiles);
  const session = useSession((state) => state.session);
  const setTheme = useSession((state) => state.setTheme);
  const select = useSession((state) => state.select);
  const setProduction = useSession((state) => state.setProduction);
  const { sso, client } = useServices();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      onOpenChange(!open);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onOpenChange]);

  const commands = useMemo(
    () =>
      paletteCommands({
        profiles,
        session,
        navigate: navigateTo,
        setTheme,
        select,
        setProduction,
        ssoSignIn: (profile) => sso.getState().startSignIn(profile),
        ssoSignOut: async (profile) => {
          await client.request('sso.signOut', { profile });
        },
        exportDiagnostics: async () => {
          await exportDiagnostics(client);
        },
      }),
    [profiles, session, setTheme, select, setProduction, sso, client],
  );

  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <CommandPalette commands={commands} onClose={() => onOpenChange(false)} />
    </Suspense>
  );
}

/** Fetches the palette chunk while the user is idle, so the first Ctrl+K opens at once. */
export function preloadPalette(): void {
  void import('../components/CommandPalette');
}
