import { describe, expect, it } from 'vitest';
import { metricWindow, windowTimestamps } from '../../../../electron/core/areas/metrics/metric-window';

const HOUR = { kind: 'relative', minutes: 60 } as const;
const at = (iso: string) => Date.parse(iso);

describe('metricWindow', () => {
  it('includes the minute that holds now when now falls exactly on a minute boundary', () => {
    const now = at('2026-01-05T09:01:00.000Z');
    const window = metricWindow(HOUR, now, { queries: 1 });
    expect(window.periodS).toBe(60);
    expect(window.endS * 1000).toBe(at('2026-01-05T09:02:00.000Z'));
    expect(windowTimestamps(window).at(-1)! * 1000).toBe(now);
  });

  it('includes the partial minute holding now, and starts on the minute an hour earlier', () => {
    const window = metricWindow(HOUR, at('2026-01-05T09:01:30.250Z'), { queries: 1 });
    expect(window.startS * 1000).toBe(at('2026-01-05T08:01:00.000Z'));
    expect(window.endS * 1000).toBe(at('2026-01-05T09:02:00.000Z'));
  });

  it('keeps one-minute points over a day', () => {
    expect(metricWindow({ kind: 'relative', minutes: 1_440 }, at('2026-01-05T09:00:00.000Z'), { queries: 1 }).periodS).toBe(60);
  });

  it('ends an absolute range in the past at its own end, exclusive', () => {
    const now = at('2026-01-05T09:00:00.000Z');
    const window = metricWindow({ kind: 'absolute', start: '2026-01-04T10:00:00.000Z', end: '2026-01-04T11:00:00.000Z' }, now, { queries: 1 });
    expect(window.endS * 1000).toBe(at('2026-01-04T11:00:00.000Z'));
  });
});
