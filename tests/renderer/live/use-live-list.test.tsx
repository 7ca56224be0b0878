import { act, screen, waitFor } from '@testing-library/react';
import { fireEvent } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jobSummary } from '../support/fixtures';
import { preloadJobChunks, renderJobs, rowShown, setVisibility, statusOf, tableCounter, trainingJobs } from '../jobs/jobs-app';

/*
 * useLiveList through the training list of the real app: the real client, dispatcher and session
 * store, the fake jobs area pushing watch events as the core's watcher would.
 */
// The first test of a file loads the area's chunks on a busy machine: time, not a wait, so generous.
describe('useLiveList', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);
  afterEach(() => setVisibility('visible'));

  it('shows the first page, then applies changes and snapshots from the watch stream', async () => {
    const { host } = await renderJobs('#/training', { jobs: [jobSummary('alpha'), jobSummary('beta', { createdAt: '2026-11-26T09:00:00.000Z' })] });
    await rowShown('alpha');
    expect(statusOf('alpha')).toBe('InProgress');

    act(() => host.jobs.update(jobSummary('alpha', { status: 'Completed', endedAt: '2026-11-26T11:00:00.000Z' })));
    await waitFor(() => expect(statusOf('alpha')).toBe('Completed'));
    act(() => host.jobs.update(jobSummary('gamma', { createdAt: '2026-11-26T10:30:00.000Z' })));
    await rowShown('gamma');
    act(() => host.jobs.remove('training', 'beta'));
    await waitFor(() => expect(screen.queryByTestId('job-row-beta')).toBeNull());

    // A snapshot replaces the watched newest rows: what it leaves out is gone.
    act(() => host.jobs.push('training', { type: 'snapshot', items: [jobSummary('delta')] }));
    await rowShown('delta');
    await waitFor(() => expect(screen.queryByTestId('job-row-alpha')).toBeNull());
    expect(screen.queryByTestId('job-row-gamma')).toBeNull();
  });

  it('loads older pages on demand and keeps them when a snapshot of the newest arrives', async () => {
    const { host } = await renderJobs('#/training', { jobs: trainingJobs(150) });
    await tableCounter('(100+)');
    // One request for the list and the notifier together: they share the query and its cache.
    const trainingLists = () => host.callsTo('jobs.list').filter((call) => (call.input as { kind: string }).kind === 'training');
    expect(trainingLists()).toHaveLength(1);

    fireEvent.click(await screen.findByTestId('jobs-load-more'));
    await tableCounter('(150)');
    expect(trainingLists()).toHaveLength(2);
    expect(trainingLists().at(-1)?.input).toMatchObject({ kind: 'training', nextToken: '100' });
    expect(screen.queryByTestId('jobs-load-more')).toBeNull();

    act(() => host.jobs.push('training', { type: 'snapshot', items: trainingJobs(150).slice(50) }));
    await tableCounter('(150)');
  });

  it('never shows the previous profile’s rows after a switch', async () => {
    const { host } = await renderJobs('#/training', { jobs: [jobSummary('old-profile-job')] });
    await rowShown('old-profile-job');
    const release = host.hold('jobs.list');
    host.jobs.jobs = [jobSummary('new-profile-job')];
    await act(async () => {
      host.session.select('dev', 'eu-west-1');
    });
    await waitFor(() => expect(screen.queryByTestId('job-row-old-profile-job')).toBeNull());
    release();
    await rowShown('new-profile-job');
  });

  it('lists again after the connection comes back', async () => {
    const { host, connection } = await renderJobs('#/training', { jobs: [jobSummary('alpha')] });
    await rowShown('alpha');
    const before = host.callsTo('jobs.list').length;
    // Changed while the socket was down: no watch event carries it.
    host.jobs.jobs = [jobSummary('alpha', { status: 'Failed', failureReason: 'OOM' })];
    act(() => connection.set('reconnecting'));
    act(() => connection.set('open'));
    await waitFor(() => expect(statusOf('alpha')).toBe('Failed'));
    expect(host.callsTo('jobs.list').length).toBeGreaterThan(before);
  });

  it('stops watching while the window is hidden, then re-lists and watches again', async () => {
    const { host } = await renderJobs('#/training', { jobs: [jobSummary('alpha')] });
    await rowShown('alpha');
    await waitFor(() => expect(screen.getByTestId('jobs-updates').dataset.state).toBe('live'));
    const watching = host.jobs.watching;

    act(() => setVisibility('hidden'));
    // The list's stream closes; the notifier's stays (it must reach a hidden window).
    await waitFor(() => expect(host.jobs.watching).toBe(watching - 1));
    expect(screen.getByTestId('jobs-updates').dataset.state).toBe('hidden');
    const listsBefore = host.callsTo('jobs.list').length;
    host.jobs.jobs = [jobSummary('alpha', { status: 'Completed' })];

    act(() => setVisibility('visible'));
    await waitFor(() => expect(host.jobs.watching).toBe(watching));
    await waitFor(() => expect(statusOf('alpha')).toBe('Completed'));
    expect(host.callsTo('jobs.list').length).toBeGreaterThan(listsBefore);
  });

  it('says updates are paused, and when it retries, without hiding the rows', async () => {
    const { host } = await renderJobs('#/training', { jobs: [jobSummary('alpha')] });
    await rowShown('alpha');
    act(() => host.jobs.push('training', { type: 'error', code: 'ThrottlingException', message: 'Rate exceeded', retryInMs: 30_000 }));
    const notice = await screen.findByText(/Updates paused \(Rate exceeded\), retrying in (29|30) s/);
    expect(notice).toBeTruthy();
    expect(screen.getByTestId('job-row-alpha')).toBeTruthy();
    act(() => host.jobs.update(jobSummary('alpha', { status: 'Completed' })));
    await waitFor(() => expect(screen.getByTestId('jobs-updates').dataset.state).toBe('live'));
  });
});
