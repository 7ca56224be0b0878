import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { logEvent } from '../support/fake-areas/logs';
import { jobSummary } from '../support/fixtures';
import {
  JOB,
  JOB_TAIL,
  openJobTail,
  setUpTailTests,
  renderTail,
  shownLines,
  statusOf,
  T0,
  twoInstanceEvents,
} from './tail-harness';

setUpTailTests();

const regexField = () => within(screen.getByTestId('tail-regex')).getByRole('textbox');

describe('live tail viewer', () => {
  it('pauses following when the user scrolls up and resumes with End or the button', async () => {
    const { host } = await openJobTail();
    act(() => host.logs.batch(twoInstanceEvents(50)));
    await waitFor(() => expect(statusOf().seen).toBe(50));
    expect(statusOf().following).toBe(true);
    const lines = screen.getByTestId('tail-lines');
    fireEvent.wheel(lines, { deltaY: -120 });
    await waitFor(() => expect(statusOf().following).toBe(false));
    expect(screen.getByTestId('tail-phase').textContent).toContain('following paused (press End or F to follow)');
    // Lines keep arriving and being acknowledged while paused.
    act(() => host.logs.batch(twoInstanceEvents(5, T0 + 100_000)));
    await waitFor(() => expect(statusOf().seen).toBe(55));
    expect(host.logs.acks).toHaveLength(2);
    fireEvent.keyDown(lines, { key: 'End' });
    await waitFor(() => expect(statusOf().following).toBe(true));
    fireEvent.keyDown(lines, { key: 'PageUp' });
    await waitFor(() => expect(statusOf().following).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Resume following (End)' }));
    await waitFor(() => expect(statusOf().following).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Pause following' }));
    await waitFor(() => expect(statusOf().following).toBe(false));
    // F toggles too, but never while typing in a field.
    fireEvent.keyDown(regexField(), { key: 'f' });
    fireEvent.keyDown(lines, { key: 'f' });
    await waitFor(() => expect(statusOf().following).toBe(true));
  });

  it('highlights or keeps only the lines a regex matches, and says so inline when it is invalid', async () => {
    const { host } = await openJobTail();
    act(() =>
      host.logs.batch(
        twoInstanceEvents(6, T0, (index) => (index % 3 === 0 ? `ERROR step ${index} failed` : `INFO step ${index} ok`)),
      ),
    );
    await waitFor(() => expect(shownLines()).toHaveLength(6));
    fireEvent.change(regexField(), { target: { value: 'step \\d failed' } });
    await waitFor(() => expect(document.querySelectorAll('mark.tail-match')).toHaveLength(2));
    expect(document.querySelector('mark.tail-match')!.textContent).toBe('step 0 failed');
    fireEvent.click(within(screen.getByTestId('tail-only-matching')).getByRole('checkbox'));
    await waitFor(() => expect(shownLines()).toHaveLength(2));
    expect(shownLines().every((line) => line.includes('failed'))).toBe(true);
    // Levels are coloured from the text.
    expect(document.querySelector('[data-level="error"]')).not.toBeNull();

    fireEvent.change(regexField(), { target: { value: 'step (' } });
    await waitFor(() => expect(screen.getByText(/Not a valid regular expression/)).toBeTruthy());
    // An invalid regex filters nothing: every line is back.
    await waitFor(() => expect(shownLines()).toHaveLength(6));
  });

  it('shows or hides each stream of the merged tail', async () => {
    const { host } = await openJobTail();
    act(() => host.logs.batch(twoInstanceEvents(6)));
    await waitFor(() => expect(shownLines()).toHaveLength(6));
    const second = screen.getByRole('button', { name: 'algo-2-1764936000' });
    expect(second.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(second);
    await waitFor(() => expect(shownLines()).toHaveLength(3));
    expect(shownLines().every((line) => line.includes('algo-1-'))).toBe(true);
    expect(second.getAttribute('aria-pressed')).toBe('false');
    // New lines of the hidden stream stay hidden; the shown one's appear.
    act(() => host.logs.batch(twoInstanceEvents(2, T0 + 60_000)));
    await waitFor(() => expect(shownLines()).toHaveLength(4));
    fireEvent.click(second);
    await waitFor(() => expect(shownLines()).toHaveLength(8));
  });

  it('exports the buffer to a file named after the target and the time', async () => {
    const { host } = await openJobTail();
    act(() =>
      host.logs.batch([
        logEvent(`${JOB}/algo-1-1764936000`, 'first line', T0),
        logEvent(`${JOB}/algo-2-1764936000`, '{"level":"warn","msg":"slow"}', T0 + 1000),
      ]),
    );
    await waitFor(() => expect(statusOf().seen).toBe(2));
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 5, 12, 0, 30));
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:tail'),
      revokeObjectURL: () => undefined,
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export .log' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export .jsonl' }));
    expect(names).toEqual([`training-${JOB}_2026-12-05T1200Z.log`, `training-${JOB}_2026-12-05T1200Z.jsonl`]);
    const text = await blobs[0]!.text();
    expect(text).toBe(
      `2026-12-05T12:00:00.000Z ${JOB}/algo-1-1764936000 first line\n2026-12-05T12:00:01.000Z ${JOB}/algo-2-1764936000 {"level":"warn","msg":"slow"}\n`,
    );
    const jsonl = (await blobs[1]!.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { stream: string; message: string });
    expect(jsonl.map((event) => event.message)).toEqual(['first line', '{"level":"warn","msg":"slow"}']);
  });

  it('loads older lines before the oldest held, and searches a past range page by page', async () => {
    const { host } = await openJobTail({
      seed: (core) => {
        core.logs.history = Array.from({ length: 1500 }, (_, index) =>
          logEvent(`${JOB}/algo-1-1764936000`, `old ${index}`, T0 - 3_600_000 + index * 1000),
        );
      },
    });
    act(() => host.logs.batch(twoInstanceEvents(2)));
    await waitFor(() => expect(statusOf().buffered).toBe(2));
    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));
    await waitFor(() => expect(statusOf().buffered).toBe(1002));
    expect(host.callsTo('logs.older')[0]!.input).toMatchObject({ before: T0, target: { kind: 'job', name: JOB } });
    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));
    await waitFor(() => expect(statusOf().buffered).toBe(1502));
    await waitFor(() => expect(screen.getByRole('button', { name: 'No older events' })).toBeTruthy());

    // A past range: the live tail stops, the first page shows, "Load more" brings the next.
    fireEvent.click(screen.getByRole('button', { name: 'Search a past range' }));
    fireEvent.change(await screen.findByLabelText('From (local)'), { target: { value: localInput(T0 - 3_600_000) } });
    fireEvent.change(screen.getByLabelText('To (local)'), { target: { value: localInput(T0) } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(statusOf().phase).toBe('search'));
    await waitFor(() => expect(host.logs.tails).toHaveLength(0));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Load more' })).toBeTruthy());
    const loaded = statusOf().buffered;
    expect(loaded).toBe(1000);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(statusOf().buffered).toBe(1500));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('keeps several tails in tabs, each with its own lines, and closes them', async () => {
    const { host } = await openJobTail();
    act(() => host.logs.batch(twoInstanceEvents(3)));
    await waitFor(() => expect(statusOf().seen).toBe(3));
    act(() => void (window.location.hash = '#/logs/tail/endpoint/churn-prod'));
    await waitFor(() => expect(host.logs.tails).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId('tail-view').dataset.target).toBe('#/logs/tail/endpoint/churn-prod'));
    const endpointTail = host.logs.tails[1]!;
    act(() =>
      host.logs.batch([logEvent('AllTraffic/i-0abc', 'invocation 200', T0, '/aws/sagemaker/Endpoints/churn-prod')], {
        tail: endpointTail,
      }),
    );
    await waitFor(() => expect(statusOf().seen).toBe(1));
    // Back to the job's tab: its three lines are still there.
    fireEvent.click(screen.getByRole('link', { name: `training job ${JOB}` }));
    await waitFor(() => expect(window.location.hash).toBe(JOB_TAIL));
    await waitFor(() => expect(statusOf().seen).toBe(3));
    fireEvent.click(screen.getByRole('button', { name: `Close the tail of training job ${JOB}` }));
    await waitFor(() => expect(window.location.hash).toBe('#/logs/tail/endpoint/churn-prod'));
    expect(host.logs.tails).toEqual([endpointTail]);
  });

  it('opens a job’s tail from the job detail', async () => {
    await renderTail(`#/training/jobs/${JOB}`, { jobs: [jobSummary(JOB, { status: 'InProgress' })] });
    const link = await screen.findByTestId('job-action-tail');
    expect(link.getAttribute('href')).toBe(JOB_TAIL);
    fireEvent.click(screen.getByTestId('job-action-logs'));
    const modalLink = await screen.findByTestId('job-log-streams-tail');
    expect(modalLink.getAttribute('href')).toBe(JOB_TAIL);
  });
});

function localInput(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
