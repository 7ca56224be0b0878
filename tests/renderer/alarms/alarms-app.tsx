import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import type { AlarmSummary, RecommendedAlarm } from '../../../shared/domain/alarms';
import { appReady } from '../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import { profile } from '../support/fixtures';
import { installColorScheme } from '../support/media-query';

export interface AlarmsAppOptions extends FakeCoreOptions {
  alarms?: AlarmSummary[];
  recommendations?: Record<string, RecommendedAlarm[]>;
  /** Runs on the host before the app starts (failures, holds). */
  setup?: (host: FakeCore) => void;
}

/** The real app over the real dispatcher and gate, with the fake alarms area seeded first. */
export async function renderAlarms(hash: string, { alarms = [], recommendations = {}, setup, ...options }: AlarmsAppOptions = {}) {
  const host = new FakeCore({
    profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })],
    ...options,
  });
  host.alarms.alarms = alarms;
  for (const [endpoint, list] of Object.entries(recommendations)) host.alarms.recommendations.set(endpoint, list);
  setup?.(host);
  window.location.hash = hash;
  const view = render(<App services={createServices(host)} />);
  await appReady();
  return { host, ...view };
}

/** The area's chunks imported before the tests: the first import is slow on a busy runner. */
export async function preloadAlarmChunks(): Promise<void> {
  // uPlot (the alarm's metric chart) reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../renderer/src/features/alarms/AlarmsArea'),
    import('../../../renderer/src/features/alarms/detail/AlarmDetail'),
    import('../../../renderer/src/features/metrics/AlarmMetricChart'),
    import('../../../renderer/src/features/alarms/recommend/RecommendForm'),
    import('../../../renderer/src/features/alarms/notifications/AlarmNotifier'),
    import('../../../renderer/src/components/ConfirmModal'),
  ]);
}
