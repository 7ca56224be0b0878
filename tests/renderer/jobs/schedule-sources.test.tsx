import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { startInputOf } from '../support/fake-areas/jobs';
import { jobSummary } from '../support/fixtures';
import { inputOf, typeInto } from './form-helpers';
import { preloadJobChunks, renderJobs } from './jobs-app';

const PLACEHOLDER = '<aws.scheduler.execution-id>';
const prep = jobSummary('prep-2026', { kind: 'processing', status: 'Completed', instanceType: 'ml.c5.2xlarge' });
// 63 characters, AWS's longest job name: the pattern must cut it to leave room for the id.
const longName = `prep-${'a'.repeat(58)}`;

function fillScheduleBasics() {
  typeInto('schedule-field-name', 'nightly');
  typeInto('schedule-field-schedulerRoleArn', 'arn:aws:iam::123456789012:role/SchedulerRole');
}

describe('schedules from a job or from the start form', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('schedules a processing job from its detail, with the name made a per-run pattern', async () => {
    const { host } = await renderJobs('#/processing/jobs/prep-2026', { jobs: [prep] });
    fireEvent.click(await screen.findByTestId('job-action-schedule'));
    await waitFor(() => expect(window.location.hash).toBe('#/processing/schedules/new?job=prep-2026'));
    await waitFor(() => expect(screen.getByTestId('schedule-source').textContent).toBe('Processing job prep-2026'));
    expect(inputOf('schedule-field-jobNamePattern').value).toBe(`prep-2026-${PLACEHOLDER}`);
    fillScheduleBasics();
    fireEvent.click(screen.getByTestId('schedule-form-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/processing/schedules'));
    const sent = host.callsTo('jobs.createSchedule')[0]?.input as { job: Record<string, unknown> };
    expect(sent.job).toMatchObject({ ...startInputOf(prep), name: `prep-2026-${PLACEHOLDER}` });
  });

  it('trims a long job name so the name with a 16-character execution id fits 63 characters', async () => {
    await renderJobs(`#/processing/schedules/new?job=${longName}`, { jobs: [jobSummary(longName, { kind: 'processing', status: 'Completed' })] });
    await screen.findByTestId('schedule-form');
    await waitFor(() => expect(inputOf('schedule-field-jobNamePattern').value).toContain(PLACEHOLDER));
    const pattern = inputOf('schedule-field-jobNamePattern').value;
    expect(pattern.replace(PLACEHOLDER, 'a1b2c3d4e5f6g7h8')).toHaveLength(63);
    expect(pattern).toBe(`${longName.slice(0, 46)}-${PLACEHOLDER}`);
  });

  it('offers no schedule on a training job', async () => {
    await renderJobs('#/training/jobs/run-1', { jobs: [jobSummary('run-1')] });
    await screen.findByTestId('job-action-clone');
    expect(screen.queryByTestId('job-action-schedule')).toBeNull();
  });

  it('schedules the start form’s current values', async () => {
    const { host } = await renderJobs('#/processing/new?clone=prep-2026', { jobs: [prep] });
    await screen.findByTestId('job-form');
    await waitFor(() => expect(inputOf('job-field-instanceType').value).toBe('ml.c5.2xlarge'));
    typeInto('job-field-name', 'prep-fixed');
    typeInto('job-field-instanceCount', '3');
    fireEvent.click(screen.getByTestId('job-form-schedule'));
    await waitFor(() => expect(window.location.hash).toBe('#/processing/schedules/new?form=processing%3Aclone%3Aprep-2026'));
    expect(screen.getByTestId('schedule-source').textContent).toBe('The start form’s current values');
    expect(inputOf('schedule-field-jobNamePattern').value).toBe(`prep-fixed-${PLACEHOLDER}`);
    fillScheduleBasics();
    fireEvent.click(screen.getByTestId('schedule-form-submit'));
    await waitFor(() => expect(host.callsTo('jobs.createSchedule')).toHaveLength(1));
    const sent = host.callsTo('jobs.createSchedule')[0]?.input as { job: Record<string, unknown> };
    expect(sent.job).toMatchObject({ instanceType: 'ml.c5.2xlarge', instanceCount: 3, name: `prep-fixed-${PLACEHOLDER}` });
  });

  it('does not leave the start form while its values are invalid', async () => {
    await renderJobs('#/processing/new', { jobs: [] });
    await screen.findByTestId('job-form');
    fireEvent.click(screen.getByTestId('job-form-schedule'));
    await screen.findByTestId('job-form-invalid');
    expect(window.location.hash).toBe('#/processing/new');
  });
});
