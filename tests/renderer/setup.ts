import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { publishAlarmCount } from '../../renderer/src/features/alarms/shell/alarm-count';
import { useDraftStore } from '../../renderer/src/features/jobs/form/draft-store';
import { queryClient } from '../../renderer/src/features/query-client';

// jsdom lacks these browser APIs; Cloudscape and the theme code ask for them.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoopResizeObserver, writable: true });
}
if (!('IntersectionObserver' in window)) {
  Object.defineProperty(window, 'IntersectionObserver', {
    value: class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    },
    writable: true,
  });
}
// jsdom has no canvas: getContext logs "not implemented" and returns null, and Path2D is missing.
// uPlot draws on both; a context that accepts every call and draws nothing lets the metrics chart
// mount as it does in the app, so tests see the chart itself and not only its fallback table.
if (navigator.userAgent.includes('jsdom')) {
  const noop = () => {};
  const contextFor = (canvas: HTMLCanvasElement) => {
    const state: Record<string | symbol, unknown> = { canvas, measureText: (text: string) => ({ width: text.length * 6 }) };
    return new Proxy(state, {
      get: (target, key) => (key in target ? target[key] : noop),
      set: (target, key, value) => ((target[key] = value), true),
    });
  };
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value(this: HTMLCanvasElement) {
      return contextFor(this);
    },
  });
  if (!('Path2D' in window)) {
    class NoopPath2D {
      moveTo() {}
      lineTo() {}
      rect() {}
      arc() {}
      closePath() {}
      bezierCurveTo() {}
      quadraticCurveTo() {}
      addPath() {}
    }
    Object.defineProperty(window, 'Path2D', { value: NoopPath2D, writable: true });
  }
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// Lazy chunks and the first Cloudscape modal of a file can take over a second on a busy 2-core
// machine; waits still end as soon as what they wait for is there.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // The app keeps one query cache per page; each test is a fresh page.
  queryClient.clear();
  window.location.hash = '';
  document.body.className = '';
  vi.restoreAllMocks();
});

// The shell preloads the command palette's chunk when idle; a test that ends before that import
// lands tears the environment down under it (an unhandled rejection on a busy machine). Loading it
// first makes the preload a cache hit.
beforeAll(async () => {
  await import('../../renderer/src/components/CommandPalette');
});

// Each file starts as a page opened afresh would, without the drafts, alarm count or stored
// preferences an earlier file left, however the runner shares modules between files.
beforeAll(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  useDraftStore.setState(useDraftStore.getInitialState(), true);
  publishAlarmCount(undefined);
});
