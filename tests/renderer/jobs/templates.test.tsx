import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobTemplate } from '../../../shared/domain/jobs';
import { startInputOf } from '../support/fake-areas/jobs';
import { jobSummary } from '../support/fixtures';
import { chooseOption, inputOf, typeInto } from './form-helpers';
import { preloadJobChunks, renderJobs } from './jobs-app';

const prep = jobSummary('prep', { kind: 'processing', status: 'Completed', instanceType: 'ml.c5.2xlarge', instanceCount: 2 });

const template: JobTemplate = {
  id: 't1',
  name: 'nightly-prep',
  savedAt: '2026-11-20T09:00:00.000Z',
  input: startInputOf(prep),
};

/** The templates section is collapsed by default, as it is for the user. */
function openTemplates() {
  fireEvent.click(within(screen.getByTestId('job-templates')).getByRole('button', { name: 'Templates' }));
}

describe('job templates', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('saves the form’s values as a template', async () => {
    const { host } = await renderJobs('#/processing/new?clone=prep', { jobs: [prep] });
    await screen.findByTestId('job-form');
    await waitFor(() => expect(inputOf('job-field-instanceType').value).toBe('ml.c5.2xlarge'));
    openTemplates();
    typeInto('job-template-name', 'two-c5');
    fireEvent.click(screen.getByTestId('job-template-save'));
    await screen.findByText('Saved "two-c5".');
    expect(host.jobs.templates).toHaveLength(1);
    expect(host.jobs.templates[0]).toMatchObject({ name: 'two-c5', input: { kind: 'processing', instanceType: 'ml.c5.2xlarge', instanceCount: 2 } });
  });

  it('saves nothing while the form has invalid values, and says which', async () => {
    const { host } = await renderJobs('#/processing/new', { jobs: [] });
    await screen.findByTestId('job-form');
    openTemplates();
    typeInto('job-template-name', 'half-done');
    fireEvent.click(screen.getByTestId('job-template-save'));
    await screen.findByTestId('job-form-invalid');
    expect(host.callsTo('jobs.saveTemplate')).toHaveLength(0);
    expect(host.jobs.templates).toHaveLength(0);
  });

  it('starts from a template with the form prefilled and the name left to the user', async () => {
    await renderJobs('#/processing/new', { jobs: [], templates: [template] });
    await screen.findByTestId('job-form');
    openTemplates();
    await waitFor(() => chooseOption('job-template-select', 't1'));
    fireEvent.click(screen.getByTestId('job-template-use'));
    await waitFor(() => expect(window.location.hash).toBe('#/processing/new?template=t1'));
    await screen.findByRole('heading', { level: 1, name: 'Start from template nightly-prep' });
    expect(inputOf('job-field-roleArn').value).toBe(template.input.roleArn);
    expect(inputOf('job-field-image').value).toBe(template.input.image);
    expect(inputOf('job-field-instanceType').value).toBe('ml.c5.2xlarge');
    expect(inputOf('job-field-instanceCount').value).toBe('2');
    expect(inputOf('job-field-name').value).toBe('');
  });

  it('deletes a template only after the gate’s confirmation', async () => {
    const { host } = await renderJobs('#/processing/new', { jobs: [], templates: [template] });
    await screen.findByTestId('job-form');
    openTemplates();
    await waitFor(() => chooseOption('job-template-select', 't1'));
    fireEvent.click(screen.getByTestId('job-template-delete'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('Delete job template');
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.jobs.templates).toHaveLength(1);
    // The button is busy until the refused request settles; then it is usable again.
    await waitFor(() => expect(screen.getByTestId('job-template-delete').hasAttribute('disabled')).toBe(false));

    fireEvent.click(screen.getByTestId('job-template-delete'));
    fireEvent.click(await screen.findByTestId('confirm-submit'));
    await waitFor(() => expect(host.jobs.templates).toHaveLength(0));
    await waitFor(() => expect(screen.getByTestId('job-template-delete').hasAttribute('disabled')).toBe(true));
    expect(host.journal.entries[0]).toMatchObject({ channel: 'jobs.deleteTemplate', target: 'nightly-prep', outcome: 'success' });
  });
});
