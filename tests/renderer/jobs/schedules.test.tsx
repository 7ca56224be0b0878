import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobSchedule, JobTemplate } from '../../../shared/domain/jobs';
import { startInputOf } from '../support/fake-areas/jobs';
import { jobSummary } from '../support/fixtures';
import { chooseOption, inputOf, typeInto } from './form-helpers';
import { preloadJobChunks, renderJobs } from './jobs-app';

const PLACEHOLDER = '<aws.scheduler.execution-id>';
const NEXT_RUN = '2026-11-27T02:00:00.000Z';

const template: JobTemplate = {
  id: 't1',
  name: 'nightly-prep',
  savedAt: '2026-11-20T09:00:00.000Z',
  input: startInputOf(jobSummary('prep', { kind: 'processing' })),
};

function schedule(name: string, extra: Partial<JobSchedule> = {}): JobSchedule {
  return {
    name,
    groupName: 'default',
    arn: `arn:aws:scheduler:us-east-1:123456789012:schedule/default/${name}`,
    state: 'ENABLED',
    expression: 'cron(0 2 * * ? *)',
    timezone: 'UTC',
    nextRunAt: NEXT_RUN,
    jobNamePattern: `${name}-${PLACEHOLDER}`,
    recentJobs: [],
    ...extra,
  };
}

const started = [
  jobSummary('nightly-a1b2c3d4e5f6g7h8', { kind: 'processing', status: 'Completed' }),
  jobSummary('nightly-q9w8e7r6t5y4u3i2', { kind: 'processing', status: 'Failed' }),
];

const row = (name: string) => screen.getByTestId(`schedule-row-${name}`).closest('tr') as HTMLElement;

describe('processing job schedules', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('lists each schedule with its next run and links to the jobs it started', async () => {
    await renderJobs('#/processing/schedules', {
      schedules: [schedule('nightly', { recentJobs: started }), schedule('paused', { state: 'DISABLED' })],
    });
    await screen.findByTestId('schedule-row-nightly');
    const nightly = within(row('nightly'));
    expect(nightly.getByText(new Date(NEXT_RUN).toLocaleString())).toBeTruthy();
    for (const job of started) {
      expect(nightly.getByRole('link', { name: job.name }).getAttribute('href')).toBe(`#/processing/jobs/${job.name}`);
    }
    // A paused schedule has no next run, whatever the expression says.
    expect(within(row('paused')).queryByText(new Date(NEXT_RUN).toLocaleString())).toBeNull();
    expect(within(row('paused')).getByText('None yet')).toBeTruthy();
  });

  it('refuses a job name pattern without the execution id before any request, then creates the schedule', async () => {
    const { host } = await renderJobs('#/processing/schedules/new?template=t1', { templates: [template] });
    await screen.findByTestId('schedule-form');
    // The pattern starts from the template's name with the placeholder AWS requires.
    await waitFor(() => expect(inputOf('schedule-field-jobNamePattern').value).toBe(`nightly-prep-${PLACEHOLDER}`));
    typeInto('schedule-field-name', 'nightly');
    typeInto('schedule-field-schedulerRoleArn', 'arn:aws:iam::123456789012:role/SchedulerRole');
    typeInto('schedule-field-jobNamePattern', 'nightly-prep-fixed');
    fireEvent.click(screen.getByTestId('schedule-form-submit'));
    await waitFor(() => expect(screen.getByTestId('schedule-formfield-jobNamePattern').textContent).toContain(`Include ${PLACEHOLDER}`));
    expect(host.callsTo('jobs.createSchedule')).toHaveLength(0);
    expect(inputOf('schedule-field-name').value).toBe('nightly');

    typeInto('schedule-field-jobNamePattern', `nightly-prep-${PLACEHOLDER}`);
    fireEvent.click(screen.getByTestId('schedule-form-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/processing/schedules'));
    expect(host.callsTo('jobs.createSchedule')).toHaveLength(1);
    expect(host.jobs.schedules[0]).toMatchObject({ name: 'nightly', jobNamePattern: `nightly-prep-${PLACEHOLDER}` });
    await screen.findByTestId('schedule-row-nightly');
  });

  it('asks for a template before sending when none is chosen', async () => {
    const { host } = await renderJobs('#/processing/schedules/new', { templates: [template] });
    await screen.findByTestId('schedule-form');
    typeInto('schedule-field-name', 'nightly');
    fireEvent.click(screen.getByTestId('schedule-form-submit'));
    await screen.findByText('Choose the template the schedule starts.');
    expect(host.callsTo('jobs.createSchedule')).toHaveLength(0);

    chooseOption('schedule-field-template', 't1');
    await waitFor(() => expect(inputOf('schedule-field-jobNamePattern').value).toBe(`nightly-prep-${PLACEHOLDER}`));
  });

  it('pauses and resumes a schedule', async () => {
    const { host } = await renderJobs('#/processing/schedules', { schedules: [schedule('nightly')] });
    const toggle = await screen.findByTestId('schedule-toggle-nightly');
    expect(toggle.textContent).toBe('Pause');
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.getByTestId('schedule-toggle-nightly').textContent).toBe('Resume'));
    expect(host.jobs.schedules[0]?.state).toBe('DISABLED');
    expect(within(row('nightly')).getByText('Paused')).toBeTruthy();

    fireEvent.click(screen.getByTestId('schedule-toggle-nightly'));
    await waitFor(() => expect(screen.getByTestId('schedule-toggle-nightly').textContent).toBe('Pause'));
    expect(host.jobs.schedules[0]?.state).toBe('ENABLED');
  });

  it('deletes only after the gate’s confirmation, and a cancel leaves it listed', async () => {
    const { host } = await renderJobs('#/processing/schedules', { schedules: [schedule('nightly'), schedule('weekly')] });
    fireEvent.click(await screen.findByTestId('schedule-delete-nightly'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('Delete job schedule');
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.jobs.schedules.map((entry) => entry.name)).toEqual(['nightly', 'weekly']);
    expect(screen.queryByText('The schedule could not be changed')).toBeNull();

    fireEvent.click(screen.getByTestId('schedule-delete-nightly'));
    fireEvent.click(await screen.findByTestId('confirm-submit'));
    await waitFor(() => expect(screen.queryByTestId('schedule-row-nightly')).toBeNull());
    expect(host.jobs.schedules.map((entry) => entry.name)).toEqual(['weekly']);
    expect(host.journal.entries[0]).toMatchObject({ channel: 'jobs.deleteSchedule', target: 'nightly', outcome: 'success' });
  });
});
