import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/journal';
import { resourceHref } from '../../../renderer/src/features/activity/journal-links';

const entry = (channel: string, input: unknown, target = 'churn-prep-7'): JournalEntry => ({
  id: '1',
  time: '2026-12-05T10:00:00.000Z',
  profile: 'sandbox',
  region: 'us-east-1',
  channel,
  target,
  input,
  outcome: 'success',
  durationMs: 4,
});

describe('journal links', () => {
  it('links a started or stopped job to its detail, by kind', () => {
    expect(resourceHref(entry('jobs.start', { kind: 'processing', name: 'churn-prep-7' }))).toBe('#/processing/jobs/churn-prep-7');
    expect(resourceHref(entry('jobs.stop', { kind: 'training', name: 'xgb 1' }, 'xgb 1'))).toBe('#/training/jobs/xgb%201');
  });

  it('leaves entries without a resource screen unlinked', () => {
    expect(resourceHref(entry('settings.update', { theme: 'dark' }, 'settings'))).toBeUndefined();
    expect(resourceHref(entry('jobs.start', { kind: 'unknown' }))).toBeUndefined();
  });
});
