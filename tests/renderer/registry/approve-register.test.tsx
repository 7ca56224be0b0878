import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALLER } from '../support/fake-areas/registry';
import { jobSummary } from '../support/fixtures';
import { chooseOption, typeInto } from '../jobs/form-helpers';
import { preloadRegistryChunks, renderRegistry } from './registry-app';

const comment = () => screen.getByTestId('registry-comment').querySelector('textarea')!;
/** The picker's options are the completed jobs AWS listed: wait for the answer (picking mutates the DOM, so never inside waitFor). */
const jobsListed = () => waitFor(() => expect((screen.getByTestId('registry-register-form') as HTMLElement).dataset.jobs).toBe('ready'));
const typeComment = (value: string) => fireEvent.change(comment(), { target: { value } });

describe('model registry: approval and registration', { timeout: 20_000 }, () => {
  beforeAll(preloadRegistryChunks, 60_000);

  it('shows the version: metrics, its source job linked to the Jobs area, image, artifacts and tags', async () => {
    await renderRegistry('#/registry/churn-prediction/4');
    await screen.findByTestId('registry-metrics');
    expect(screen.getByTestId('registry-source-job').getAttribute('href')).toBe('#/training/jobs/train-4');
    expect(screen.getByTestId('registry-image').textContent).toContain('sagemaker-xgboost:1.7-1');
    expect(screen.getByTestId('registry-artifacts').textContent).toBe('s3://models/train-4/output/model.tar.gz');
    expect(within(screen.getByTestId('registry-metrics')).getByText('0.84')).toBeTruthy();
    expect(within(screen.getByTestId('registry-tags')).getByText('churn')).toBeTruthy();
  });

  it('asks for a comment before anything is sent', async () => {
    const { host } = await renderRegistry('#/registry/churn-prediction/4');
    fireEvent.click(await screen.findByTestId('registry-approve'));
    expect(await screen.findByText('Say why: the comment is stored as the approval description.')).toBeTruthy();
    expect(host.callsTo('registry.approve')).toHaveLength(0);
  });

  it('approves after the confirmation, then shows the status and the decision with the caller ARN in the history', async () => {
    const { host } = await renderRegistry('#/registry/churn-prediction/4');
    await screen.findByTestId('registry-history');
    typeComment('AUC 0.84 beats version 3');
    fireEvent.click(screen.getByTestId('registry-approve'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('churn-prediction/4');
    fireEvent.click(within(modal).getByTestId('confirm-submit'));
    await waitFor(() => expect(screen.getByTestId('registry-version').dataset.status).toBe('Approved'));
    const history = screen.getByTestId('registry-history');
    await waitFor(() => expect(history.querySelector('tr[data-status="Approved"]')).not.toBeNull());
    const row = history.querySelector('tr[data-status="Approved"]')!;
    expect(row.textContent).toContain(CALLER);
    expect(row.textContent).toContain('AUC 0.84 beats version 3');
    expect(comment().value).toBe('');
    expect(host.journal.entries[0]).toMatchObject({ channel: 'registry.approve', target: 'churn-prediction/4', outcome: 'success' });
  });

  it('asks for the typed group/version on a production profile', async () => {
    const { host } = await renderRegistry('#/registry/churn-prediction/4', { session: { production: true } });
    await screen.findByTestId('registry-history');
    typeComment('ship it');
    fireEvent.click(screen.getByTestId('registry-reject'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(within(modal).getByTestId('confirm-submit').hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(modal).getByTestId('confirm-input'), { target: { value: 'churn-prediction/4' } });
    fireEvent.click(within(modal).getByTestId('confirm-submit'));
    await waitFor(() => expect(screen.getByTestId('registry-version').dataset.status).toBe('Rejected'));
    expect(host.callsTo('registry.reject').at(-1)?.meta).toMatchObject({ typedConfirmation: 'churn-prediction/4' });
  });

  it("keeps the typed comment when AWS refuses the approval, and shows AWS's reason", async () => {
    const { host } = await renderRegistry('#/registry/churn-prediction/4');
    await screen.findByTestId('registry-history');
    host.failNext('registry.approve', { code: 'ValidationException', message: 'ModelPackage is in status Deleting.' });
    typeComment('looks good');
    fireEvent.click(screen.getByTestId('registry-approve'));
    fireEvent.click(within(await screen.findByTestId('confirm-modal')).getByTestId('confirm-submit'));
    expect(await screen.findByText('ModelPackage is in status Deleting.')).toBeTruthy();
    expect(comment().value).toBe('looks good');
    expect(screen.getByTestId('registry-version').dataset.status).toBe('PendingManualApproval');
  });

  it('registers a new version from a completed training job picked from AWS', async () => {
    const { host } = await renderRegistry('#/registry/churn-prediction', {
      jobs: [jobSummary('train-9', { status: 'Completed', objectiveMetric: { name: 'validation:auc', value: 0.9 } }), jobSummary('train-running')],
    });
    fireEvent.click(await screen.findByTestId('registry-register'));
    await jobsListed();
    chooseOption('registry-register-job', 'train-9');
    expect(host.callsTo('jobs.list').at(-1)?.input).toMatchObject({ kind: 'training', status: 'Completed' });
    typeInto('registry-register-description', 'nightly retrain');
    fireEvent.click(screen.getByTestId('registry-register-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/registry/churn-prediction/5'));
    expect(host.callsTo('registry.register').at(-1)?.input).toEqual({ group: 'churn-prediction', trainingJob: 'train-9', description: 'nightly retrain' });
    expect((await screen.findByTestId('registry-source-job')).textContent).toBe('train-9');
  });

  it('keeps the dialog and the choice when the job is refused, with the reason next to the picker', async () => {
    const { host } = await renderRegistry('#/registry/churn-prediction', { jobs: [jobSummary('train-9', { status: 'Completed' })] });
    host.registry.incompleteJobs.add('train-9');
    fireEvent.click(await screen.findByTestId('registry-register'));
    await jobsListed();
    chooseOption('registry-register-job', 'train-9');
    fireEvent.click(screen.getByTestId('registry-register-submit'));
    expect(await screen.findByText('train-9 is InProgress: only a completed training job has a model to register.')).toBeTruthy();
    expect(screen.getByTestId('registry-register-modal')).toBeTruthy();
    expect(host.registry.versions).toHaveLength(4);
  });
});
