import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../jobs/form-helpers';
import { logEvent } from '../support/fake-areas/logs';
import {
  JOB,
  openJobTail,
  setUpTailTests,
  shownLines,
  statusOf,
  T0,
  twoInstanceEvents,
} from './tail-harness';

setUpTailTests();

describe('live tail delivery', () => {
  it('stores each batch, acknowledges it, and shows every stream with its own label', async () => {
    const { host } = await openJobTail();
    expect(host.logs.opened[0]!.target).toEqual({ kind: 'job', jobKind: 'training', name: JOB });
    act(() => host.logs.batch(twoInstanceEvents(4)));
    await waitFor(() => expect(statusOf().seen).toBe(4));
    act(() => host.logs.batch(twoInstanceEvents(2, T0 + 10_000)));
    await waitFor(() => expect(statusOf().buffered).toBe(6));
    await waitFor(() =>
      expect(host.logs.acks).toEqual([
        { tailId: 'tail-1', seq: 0 },
        { tailId: 'tail-1', seq: 1 },
      ]),
    );
    await waitFor(() => expect(shownLines()).toHaveLength(6));
    expect(shownLines()[0]).toContain('algo-1-1764936000');
    expect(shownLines()[1]).toContain('algo-2-1764936000');
    // The gutter drops the job name every stream shares; each stream has a toggle in its colour.
    const toggles = within(screen.getByTestId('tail-streams')).getAllByRole('button');
    expect(toggles.map((toggle) => toggle.textContent)).toEqual(['algo-1-1764936000', 'algo-2-1764936000']);
    expect(toggles[0]!.className).not.toBe(toggles[1]!.className);
    expect(screen.getByTestId('tail-source').textContent).toBe('Live Tail');
  });

  it('says when the tail polls because Live Tail was refused, and why', async () => {
    await openJobTail({
      seed: (host) => (
        (host.logs.source = 'polling'),
        (host.logs.sourceReason = 'Live Tail was refused: AccessDeniedException')
      ),
    });
    await waitFor(() =>
      expect(screen.getByTestId('tail-source').textContent).toBe(
        'Polling (Live Tail was refused: AccessDeniedException)',
      ),
    );
    expect(statusOf().source).toBe('polling');
  });

  it('keeps the buffer within its bound and counts its drops and the host’s', async () => {
    const { host } = await openJobTail();
    // The smallest buffer the viewer offers is 10,000 lines: send 10,500 and say the host dropped 7.
    act(() => host.logs.batch(twoInstanceEvents(10_000)));
    act(() => host.logs.batch(twoInstanceEvents(500, T0 + 20_000_000), { droppedByHost: 7 }));
    await waitFor(() => expect(statusOf().seen).toBe(10_500));
    // Default buffer holds them all; shrink it to 10,000 and the oldest 500 go.
    expect(statusOf().buffered).toBe(10_500);
    expect(statusOf().dropped).toBe(7);
    chooseOption('tail-capacity', '10000');
    await waitFor(() => expect(statusOf().buffered).toBe(10_000));
    expect(statusOf().dropped).toBe(507);
    expect(statusOf().droppedByHost).toBe(7);
    expect(screen.getByTestId('tail-dropped').textContent).toBe(
      '507 lines dropped (500 by this buffer, 7 by the host)',
    );
    // A full buffer drops the oldest line for each new one.
    act(() => host.logs.batch([logEvent(`${JOB}/algo-1-1764936000`, 'newest', T0 + 30_000_000)]));
    await waitFor(() => expect(statusOf().dropped).toBe(508));
    expect(statusOf().buffered).toBe(10_000);
  });

  it('ends with a final line when the job ends, and stops following', async () => {
    const { host } = await openJobTail();
    act(() => host.logs.batch(twoInstanceEvents(2)));
    await waitFor(() => expect(statusOf().seen).toBe(2));
    act(() => host.logs.endAll(`training job ${JOB} reached Completed`, T0 + 5000));
    await waitFor(() => expect(statusOf().phase).toBe('ended'));
    expect(screen.getByTestId('tail-note').textContent).toContain(
      `The tail ended: training job ${JOB} reached Completed`,
    );
    expect(screen.getByTestId('tail-follow').textContent).toBe('Not following (ended)');
    expect(screen.getByTestId(`tail-tab-#/logs/tail/job/training/${JOB}`).textContent).toContain('(ended)');
    expect(host.logs.tails).toHaveLength(0);
  });

  it('restarts the tail with a server-side filter pattern', async () => {
    const { host } = await openJobTail();
    act(() => host.logs.batch(twoInstanceEvents(3)));
    await waitFor(() => expect(statusOf().seen).toBe(3));
    fireEvent.change(within(screen.getByTestId('tail-pattern')).getByRole('textbox'), { target: { value: 'ERROR' } });
    fireEvent.submit(screen.getByTestId('tail-pattern-form'));
    await waitFor(() => expect(host.logs.opened).toHaveLength(2));
    expect(host.logs.opened[1]!.filterPattern).toBe('ERROR');
    expect(host.logs.tails).toHaveLength(1);
    await waitFor(() => expect(statusOf().seen).toBe(0));
  });
});
