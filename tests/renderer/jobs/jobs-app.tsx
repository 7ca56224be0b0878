import { render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import type { ConnectionStatus } from '../../../renderer/src/bridge/web-client';
import type { JobDetail, JobSchedule, JobSummary, JobTemplate, MetricSeries } from '../../../shared/domain/jobs';
import { appReady } from '../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import { jobSummary, profile } from '../support/fixtures';
import { installColorScheme } from '../support/media-query';

/** A connection whose status the test drives: what the web client reports around a drop. */
export function fakeConnection() {
  let status: ConnectionStatus = 'open';
  const listeners = new Set<(next: ConnectionStatus) => void>();
  return {
    status: () => status,
    onStatus(listener: (next: ConnectionStatus) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next: ConnectionStatus) {
      status = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}

export interface JobsAppOptions extends FakeCoreOptions {
  /** Saved job templates, schedules and training metrics (by job name) the jobs area starts with. */
  templates?: JobTemplate[];
  schedules?: JobSchedule[];
  metrics?: Record<string, MetricSeries[]>;
  /** What describing a job (and its instances) answers beyond the defaults, by job name. */
  details?: Record<string, Partial<JobDetail>>;
}

/** The real app over the real dispatcher with fake areas, opened at `hash`, with a drivable connection. */
export async function renderJobs(hash: string, { templates = [], schedules = [], metrics = {}, details = {}, ...options }: JobsAppOptions = {}) {
  const host = new FakeCore({
    profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' }), profile('dev', { region: 'us-east-1' })],
    ...options,
  });
  // Seeded before the first render, so no screen can list them before they exist.
  host.jobs.templates = templates;
  host.jobs.schedules = schedules;
  for (const [name, series] of Object.entries(metrics)) host.jobs.metrics.set(name, series);
  for (const [name, detail] of Object.entries(details)) host.jobs.details.set(name, detail);
  const connection = fakeConnection();
  window.location.hash = hash;
  const services = { ...createServices(host), connection };
  const view = render(<App services={services} />);
  await appReady();
  return { host, services, connection, ...view };
}

export function trainingJobs(count: number, extra: Partial<JobSummary> = {}): JobSummary[] {
  return Array.from({ length: count }, (_, index) =>
    jobSummary(`train-${String(index).padStart(4, '0')}`, {
      status: 'Completed',
      createdAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
      endedAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000 + 30_000).toISOString(),
      ...extra,
    }),
  );
}

export async function rowShown(name: string) {
  return screen.findByTestId(`job-row-${name}`);
}

export function statusOf(name: string): string | undefined {
  return screen.getByTestId(`job-status-${name}`).dataset.status;
}

export async function tableCounter(expected: string) {
  await waitFor(() => expect(within(screen.getByTestId('jobs-table')).getByText(expected)).toBeTruthy());
}

/** Sets what `document.visibilityState` reports and tells the page, as a minimise does. */
export function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * Imports the jobs area's chunks (Cloudscape's table, filter, forms) before the tests: the first
 * import takes seconds on a busy machine, longer than any wait should.
 */
export async function preloadJobChunks(): Promise<void> {
  // uPlot reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../renderer/src/features/jobs/detail/MetricsChart'),
    import('../../../renderer/src/features/jobs/TrainingArea'),
    import('../../../renderer/src/features/jobs/ProcessingArea'),
    import('../../../renderer/src/features/jobs/detail/JobDetail'),
    import('../../../renderer/src/features/jobs/form/JobForm'),
    import('../../../renderer/src/features/jobs/schedules/SchedulesView'),
    import('../../../renderer/src/features/jobs/schedules/ScheduleForm'),
    import('../../../renderer/src/features/jobs/notifications/JobNotifier'),
    import('../../../renderer/src/components/ConfirmModal'),
  ]);
}
