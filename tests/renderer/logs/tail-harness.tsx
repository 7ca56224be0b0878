import { act, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, expect } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import { appReady } from '../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import { logEvent } from '../support/fake-areas/logs';
import { installColorScheme } from '../support/media-query';

export const JOB = 'churn-xgb-0412';
export const JOB_TAIL = `#/logs/tail/job/training/${JOB}`;
export const T0 = Date.UTC(2026, 11, 5, 12, 0, 0);

/** The real app over fake areas, opened at a Logs address. */
export async function renderTail(hash: string, options: FakeCoreOptions & { seed?: (host: FakeCore) => void } = {}) {
  const host = new FakeCore(options);
  options.seed?.(host);
  window.location.hash = hash;
  const services = createServices(host);
  const view = render(<App services={services} />);
  await appReady();
  return { host, services, ...view };
}

/** Opens the job's tail and waits until the host's `started` is shown. */
export async function openJobTail(options: Parameters<typeof renderTail>[1] = {}) {
  const opened = await renderTail(JOB_TAIL, options);
  await waitFor(() => expect(statusOf().phase).toBe('live'));
  return opened;
}

/**
 * jsdom lays nothing out: the list gets a 400 px viewport and each row 20 px, as the browser
 * would give them, so the virtualiser renders only the rows in view.
 */
export function installLayout(): () => void {
  // jsdom defines the sizes on Element.prototype; an own property on HTMLElement.prototype shadows them.
  const height = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
  const width = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
  const isList = (element: HTMLElement) => element.dataset.testid === 'tail-lines';
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return isList(this) ? 400 : (height.get!.call(this) as number);
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return isList(this) ? 800 : (width.get!.call(this) as number);
    },
  });
  // The virtualiser measures rows by offsetHeight.
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('tail-row') ? 20 : (offsetHeight.get!.call(this) as number);
    },
  });
  return () => {
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
  };
}

export async function preloadTailChunks(): Promise<void> {
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../renderer/src/features/logs/LogsArea'),
    import('../../../renderer/src/features/logs/tail/TailTabsView'),
    import('../../../renderer/src/features/jobs/TrainingArea'),
    import('../../../renderer/src/features/jobs/detail/JobDetail'),
  ]);
}

/** The viewer's counters and state, as the e2e and the bench read them. */
export function statusOf() {
  const data = screen.getByTestId('tail-status').dataset;
  return {
    phase: data.phase,
    source: data.source,
    following: data.following === 'true',
    seen: Number(data.eventsSeen),
    buffered: Number(data.linesBuffered),
    dropped: Number(data.dropped),
    droppedByHost: Number(data.droppedHost),
  };
}

/** The text of the rows on screen, in order. */
export function shownLines(): string[] {
  return screen.queryAllByTestId('tail-line').map((row) => row.textContent ?? '');
}

/** `count` events alternating between two instances' streams, a second apart from `from`. */
export function twoInstanceEvents(
  count: number,
  from = T0,
  text = (index: number) => `round ${index} train-auc=0.${800 + index}`,
) {
  return Array.from({ length: count }, (_, index) =>
    logEvent(`${JOB}/algo-${(index % 2) + 1}-1764936000`, text(index), from + index * 1000),
  );
}

/** Lets a batch through the fake core and one animation frame. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  });
}

/** Every tail test file's setup: the layout stubs and the chunks loaded before the first wait. */
export function setUpTailTests(): void {
  let restoreLayout: () => void = () => undefined;
  beforeAll(async () => {
    restoreLayout = installLayout();
    await preloadTailChunks();
  }, 60_000);
  afterAll(() => restoreLayout());
}
