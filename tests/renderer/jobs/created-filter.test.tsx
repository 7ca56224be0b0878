import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobSummary } from '../support/fixtures';
import { preloadJobChunks, renderJobs, rowShown } from './jobs-app';

const jobs = [
  jobSummary('oct-20', { status: 'Completed', createdAt: '2026-10-20T08:00:00.000Z' }),
  jobSummary('nov-10', { status: 'Completed', createdAt: '2026-11-10T08:00:00.000Z' }),
  jobSummary('nov-20', { status: 'Completed', createdAt: '2026-11-20T08:00:00.000Z' }),
];

function filterInput(): HTMLInputElement {
  const filter = createWrapper(document.body).findPropertyFilter();
  if (!filter) throw new Error('no property filter');
  return filter.findNativeInput().getElement();
}

/** Types into the filter as a user does; the dropdown follows the text. */
function typeFilter(text: string) {
  const input = filterInput();
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
}

/** The Apply button under a property's custom form. */
function applyForm() {
  const submit = createWrapper(document.body).findPropertyFilter()?.findPropertySubmitButton({ expandToViewport: true });
  if (!submit) throw new Error('no Apply button');
  fireEvent.click(submit.getElement());
}

function lastListInput(host: Awaited<ReturnType<typeof renderJobs>>['host']) {
  return host.callsTo('jobs.list').at(-1)?.input as Record<string, unknown> | undefined;
}

async function shownRows(expected: string[]) {
  await waitFor(() => {
    const rows = within(screen.getByTestId('jobs-table')).queryAllByTestId(/^job-row-/);
    expect(rows.map((row) => row.dataset.testid?.replace('job-row-', '')).sort()).toEqual([...expected].sort());
  });
}

describe('created-date filter', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('picks a day from the calendar and lists the jobs created after it', async () => {
    const { host } = await renderJobs('#/training', { jobs });
    await rowShown('oct-20');
    typeFilter('Created > ');
    const form = await screen.findByTestId('jobs-created-form');
    fireEvent.change(within(form).getByLabelText('Created after date'), { target: { value: '2026/11/01' } });
    // The calendar opens on that month; the user picks the 5th instead.
    const day = within(screen.getByTestId('jobs-created-calendar')).getByText('November 5, 2026').closest('td');
    if (!day) throw new Error('no day cell');
    fireEvent.click(day);
    applyForm();
    await waitFor(() => expect(lastListInput(host)?.createdAfter).toBe('2026-11-05T00:00:00.000Z'));
    await shownRows(['nov-10', 'nov-20']);
  });

  it('keeps typed ISO dates working', async () => {
    const { host } = await renderJobs('#/training', { jobs });
    await rowShown('oct-20');
    typeFilter('Created < 2026-11-15T00:00:00Z');
    fireEvent.keyDown(filterInput(), { key: 'Enter', keyCode: 13 });
    await waitFor(() => expect(lastListInput(host)?.createdBefore).toBe('2026-11-15T00:00:00.000Z'));
    await shownRows(['oct-20', 'nov-10']);
    expect(screen.queryByTestId('jobs-filter-problems')).toBeNull();
  });

  it('says a typed date is not a date instead of listing nothing', async () => {
    const { host } = await renderJobs('#/training', { jobs });
    await rowShown('oct-20');
    // Date.parse would read this as 2 March and filter on it without a word.
    typeFilter('Created > 2026-02-30');
    fireEvent.keyDown(filterInput(), { key: 'Enter', keyCode: 13 });
    const problems = await screen.findByTestId('jobs-filter-problems');
    expect(problems.textContent).toContain('"2026-02-30" is not a date');
    expect(lastListInput(host)?.createdAfter).toBeUndefined();
    await shownRows(['oct-20', 'nov-10', 'nov-20']);
  });

  it('shows the typed text’s problem in the date form, and an applied empty date is reported', async () => {
    const { host } = await renderJobs('#/training', { jobs });
    await rowShown('oct-20');
    typeFilter('Created < 2026-02-30');
    const form = await screen.findByTestId('jobs-created-form');
    await within(form).findByText(/"2026-02-30" is not a date/);
    typeFilter('Created < ');
    await waitFor(() => expect(within(screen.getByTestId('jobs-created-form')).queryByText(/is not a date/)).toBeNull());
    applyForm();
    const problems = await screen.findByTestId('jobs-filter-problems');
    expect(problems.textContent).toContain('Created before: choose a date.');
    expect(lastListInput(host)?.createdBefore).toBeUndefined();
  });
});
