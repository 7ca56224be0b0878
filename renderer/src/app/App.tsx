import { useCallback, useEffect, useState } from 'react';
import { onReconnect } from '../bridge/on-reconnect';
import { ErrorNotice } from '../components/ErrorNotice';
import { AlarmsShell } from '../features/alarms/shell/AlarmsShell';
import { TransfersShell } from '../features/data/transfers/TransfersShell';
import { UpdateNotice } from '../features/diagnostics/UpdateNotice';
import { AreaView } from './AreaView';
import { ConfirmHost } from './ConfirmHost';
import { ConnectionBanner } from './ConnectionBanner';
import { useCurrentArea } from './hash-route';
import { MfaPromptHost } from './MfaPromptHost';
import { NotificationsHost } from './NotificationsHost';
import { PaletteHost, preloadPalette } from './PaletteHost';
import { ServicesProvider, useServices, useSession, type AppServices } from './services';
import { SideNav } from './SideNav';
import { SsoHost } from './SsoHost';
import { useAppliedTheme } from './theme';
import { TopBar } from './TopBar';

function Shell() {
  const { session, connection, identity } = useServices();
  const status = useSession((state) => state.status);
  const loadError = useSession((state) => state.loadError);
  const theme = useSession((state) => state.theme);
  const area = useCurrentArea();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const openPalette = useCallback(() => setPaletteOpen(true), []);

  useAppliedTheme(theme);

  useEffect(() => {
    const store = session.getState();
    const stopWatching = store.watch();
    void store.load();
    return stopWatching;
  }, [session]);

  useEffect(() => identity.getState().follow(), [identity]);

  useEffect(() => onReconnect(connection, () => void session.getState().refresh()), [connection, session]);

  useEffect(() => {
    if (status !== 'ready') return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(preloadPalette);
  }, [status]);

  return (
    <div className="app" data-testid="app-root" data-app-state={status}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar onOpenPalette={openPalette} />
      <ConnectionBanner />
      <UpdateNotice ready={status === 'ready'} />
      <SsoHost />
      <div className="app-body">
        <SideNav current={area} />
        <main id="main" className="content" tabIndex={-1}>
          {status === 'error' ? (
            <ErrorNotice
              error={loadError}
              title="SageDeck could not load your session"
              action={
                <button type="button" className="button" onClick={() => void session.getState().load()}>
                  Try again
                </button>
              }
            />
          ) : (
            <AreaView id={area} />
          )}
        </main>
      </div>
      <PaletteHost open={paletteOpen} onOpenChange={setPaletteOpen} />
      <ConfirmHost />
      <MfaPromptHost />
      <NotificationsHost ready={status === 'ready'} />
      <AlarmsShell ready={status === 'ready'} />
      <TransfersShell ready={status === 'ready'} />
    </div>
  );
}

export function App({ services }: { services: AppServices }) {
  return (
    <ServicesProvider services={services}>
      <Shell />
    </ServicesProvider>
  );
}
