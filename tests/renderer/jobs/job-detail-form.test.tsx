import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobSummary } from '../support/fixtures';
import { inputOf, typeInto as type } from './form-helpers';
import { preloadJobChunks, renderJobs } from './jobs-app';

const failed = jobSummary('prep-2026', {
  kind: 'processing',
  status: 'Failed',
  failureReason: 'ClientError: s3://demo-bucket/raw/ does not exist',
  endedAt: '2026-11-26T10:05:00.000Z',
});

describe('jobs detail and start form', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('shows the failure reason first on a failed job, from its deep link', async () => {
    await renderJobs('#/processing/jobs/prep-2026', { jobs: [failed] });
    const detail = await screen.findByTestId('job-detail');
    const reason = await screen.findByTestId('job-failure-reason');
    expect(reason.textContent).toContain('does not exist');
    // Nothing of the job's own content comes before the failure: it precedes the header and sections.
    const heading = screen.getByRole('heading', { level: 1, name: 'prep-2026' });
    expect(reason.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(detail.dataset.status).toBe('Failed');
    expect(screen.queryByTestId('job-action-stop')).toBeNull();
  });

  it('clones with every field prefilled and a fresh name', async () => {
    await renderJobs('#/processing/jobs/prep-2026', { jobs: [failed] });
    fireEvent.click(await screen.findByTestId('job-action-clone'));
    await screen.findByTestId('job-form');
    const name = inputOf('job-field-name').value;
    expect(name).toMatch(/^prep-2026-clone-\d{12}$/);
    expect(inputOf('job-field-roleArn').value).toBe('arn:aws:iam::123456789012:role/SageMakerRole');
    expect(inputOf('job-field-instanceType').value).toBe('ml.m5.xlarge');
    expect(window.location.hash).toBe('#/processing/new?clone=prep-2026');
  });

  it('shows a validation message next to the field before sending anything, and keeps what was typed', async () => {
    const { host } = await renderJobs('#/training/new', { jobs: [] });
    await screen.findByTestId('job-form');
    type('job-field-name', 'bad name!');
    type('job-field-inputs.0.s3Uri', 'http://not-s3');
    fireEvent.click(screen.getByTestId('job-form-submit'));
    await waitFor(() => expect(screen.getByTestId('job-formfield-name').textContent).toContain('Use letters, digits and hyphens'));
    expect(screen.getByTestId('job-formfield-inputs.0.s3Uri').textContent).toContain('Enter an S3 URI');
    expect(host.callsTo('jobs.start')).toHaveLength(0);
    expect(inputOf('job-field-name').value).toBe('bad name!');

    // Away and back within the session: the draft is still there.
    act(() => void (window.location.hash = '#/training'));
    await screen.findByTestId('jobs-table');
    act(() => void (window.location.hash = '#/training/new'));
    await screen.findByTestId('job-form');
    expect(inputOf('job-field-name').value).toBe('bad name!');
    expect(inputOf('job-field-inputs.0.s3Uri').value).toBe('http://not-s3');
  });

  it('shows AWS’s refusal next to the field it names, keeps the values, and opens the new job on success', async () => {
    const { host } = await renderJobs('#/processing/new?clone=prep-2026', { jobs: [failed] });
    await screen.findByTestId('job-form');
    type('job-field-name', 'prep-fixed');
    host.failNext('jobs.start', {
      code: 'ValidationException',
      message: 'Role cannot be assumed by SageMaker.',
      fields: { roleArn: 'SageMaker cannot assume this role.' },
    });
    fireEvent.click(screen.getByTestId('job-form-submit'));
    await waitFor(() => expect(screen.getByTestId('job-formfield-roleArn').textContent).toContain('SageMaker cannot assume this role.'));
    expect(inputOf('job-field-name').value).toBe('prep-fixed');
    expect(host.callsTo('jobs.start')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('job-form-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/processing/jobs/prep-fixed'));
    expect(host.jobs.jobs.some((job) => job.name === 'prep-fixed')).toBe(true);
  });

  it('treats a cancelled stop confirmation as no error, and stops after a confirm', async () => {
    const { host } = await renderJobs('#/training/jobs/run-1', { jobs: [jobSummary('run-1')] });
    fireEvent.click(await screen.findByTestId('job-action-stop'));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText('run-1 could not be stopped')).toBeNull();
    expect(host.jobs.jobs[0]?.status).toBe('InProgress');

    await waitFor(() => expect(host.callsTo('jobs.stop')).toHaveLength(1));
    fireEvent.click(screen.getByTestId('job-action-stop'));
    await waitFor(() => expect(host.callsTo('jobs.stop')).toHaveLength(2));
    const confirm = await screen.findByTestId('confirm-submit');
    fireEvent.click(confirm);
    await waitFor(() => expect(host.jobs.jobs[0]?.status).toBe('Stopping'));
    await waitFor(() => expect(screen.getByTestId('job-detail').dataset.status).toBe('Stopping'));
  });
});
