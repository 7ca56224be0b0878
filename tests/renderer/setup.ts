import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
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
