import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JobTimeline } from '../../../renderer/src/features/jobs/detail/JobTimeline';

const steps = [
  { status: 'Created', startTime: '2026-12-03T10:15:00.000Z' },
  { status: 'Started', startTime: '2026-12-03T10:16:30.000Z' },
  { status: 'Failed', startTime: '2026-12-03T10:18:00.000Z' },
];

describe('job timeline', () => {
  it('gives each step its length up to the next one, and calls nothing current once the job ended', () => {
    render(<JobTimeline transitions={steps} status="Failed" />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items[0]).toMatch(/^Created .*\(1 min 30 s\)$/);
    expect(items[1]).toMatch(/^Started .*\(1 min 30 s\)$/);
    expect(items[2]).not.toMatch(/current|\(/);
  });

  it('marks only the last step of a running job as current', () => {
    render(<JobTimeline transitions={steps.slice(0, 2)} status="InProgress" />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items[0]).not.toContain('current');
    expect(items[1]).toMatch(/\(current\)$/);
  });
});
