import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ConfirmHost } from '../../../renderer/src/app/ConfirmHost';
import { createServices } from '../../../renderer/src/app/create-services';
import { ServicesProvider } from '../../../renderer/src/app/services';
import { queryClient } from '../../../renderer/src/features/query-client';
import type { TailTarget } from '../../../shared/domain/logs';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import { installColorScheme } from '../support/media-query';

/**
 * The log groups and Insights screens over the real client, dispatcher and mutation gate (fake
 * areas behind them), with the console's confirmation host, as the Logs router mounts them. Shared
 * by the groups-* and insights-* tests. The screens are rendered directly rather than through the
 * app's Logs route, so these tests do not depend on the router's own screens.
 */
export async function renderLogsScreen(
  screen: ReactElement,
  options: FakeCoreOptions & { seed?: (host: FakeCore) => void } = {},
) {
  const host = new FakeCore(options);
  options.seed?.(host);
  const services = createServices(host);
  // What the shell does on start: the session must be known before any session-scoped query runs.
  await services.session.getState().load();
  const view = render(
    <ServicesProvider services={services}>
      <QueryClientProvider client={queryClient}>{screen}</QueryClientProvider>
      <ConfirmHost />
    </ServicesProvider>,
  );
  return { host, services, ...view };
}

/** A stand-in for the router's tail address: enough to check which target a link names. */
export const testTailHref = (target: TailTarget) => `#/tail?target=${encodeURIComponent(JSON.stringify(target))}`;

export function targetOfHref(href: string | null): unknown {
  const raw = new URLSearchParams((href ?? '').split('?')[1] ?? '').get('target');
  return raw ? JSON.parse(raw) : undefined;
}

/** Imports the screens' chunks (Cloudscape table, modal, uPlot) before the first test waits on them. */
export async function preloadLogScreens(): Promise<void> {
  // uPlot reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../renderer/src/features/logs/groups/LogGroupsView'),
    import('../../../renderer/src/features/logs/insights/InsightsView'),
    import('../../../renderer/src/components/ConfirmModal'),
  ]);
}
