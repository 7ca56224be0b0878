import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { modelGroup } from '../support/fake-areas/registry';
import { chooseOption, inputOf, typeInto } from '../jobs/form-helpers';
import { preloadExperimentsChunks, renderExperiments } from './experiments-app';

const selectedText = (testId: string) =>
  createWrapper(document.body).findSelect(`[data-testid="${testId}"]`)!.findTrigger().getElement().textContent;

describe('experiments: register and re-run from a run', { timeout: 20_000 }, () => {
  beforeAll(preloadExperimentsChunks, 60_000);

  it('re-runs a training run under a name checked as it is typed, through the gate, then links to the new job', async () => {
    const { host } = await renderExperiments('#/experiments/churn-experiment');
    fireEvent.click(await screen.findByTestId('run-rerun-run-c'));
    const modal = await screen.findByTestId('rerun-modal');
    expect(inputOf('rerun-name').value).toBe('train-run-c-rerun-1');
    typeInto('rerun-name', 'train_run_c');
    expect(
      within(modal).getByText('Use letters, digits and hyphens; start and end with a letter or digit.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByTestId('rerun-submit'));
    expect(host.callsTo('experiments.rerun')).toHaveLength(0);
    typeInto('rerun-name', 'train-run-c-deeper');
    fireEvent.click(screen.getByTestId('rerun-submit'));
    const link = await screen.findByTestId('rerun-created-link');
    expect(link.getAttribute('href')).toBe('#/training/jobs/train-run-c-deeper');
    expect(host.experiments.reruns).toEqual([{ trainingJob: 'train-run-c', name: 'train-run-c-deeper' }]);
    expect(host.journal.entries[0]).toMatchObject({
      channel: 'experiments.rerun',
      target: 'train-run-c-deeper from train-run-c',
      outcome: 'success',
    });
  });

  it("keeps the dialog and the name when AWS refuses the re-run, with AWS's reason", async () => {
    const { host } = await renderExperiments('#/experiments/churn-experiment');
    host.failNext('experiments.rerun', {
      code: 'ResourceInUse',
      message: 'Training job names must be unique within an AWS account and region.',
    });
    fireEvent.click(await screen.findByTestId('run-rerun-run-a'));
    await screen.findByTestId('rerun-modal');
    fireEvent.click(screen.getByTestId('rerun-submit'));
    expect(await screen.findByText('Training job names must be unique within an AWS account and region.')).toBeTruthy();
    expect(inputOf('rerun-name').value).toBe('train-run-a-rerun-1');
    expect(screen.queryByTestId('rerun-created')).toBeNull();
  });

  it("opens the registry's register dialog with the run's job chosen, asks for the group, and registers", async () => {
    const { host } = await renderExperiments('#/experiments/churn-experiment/compare?runs=run-a,run-c', {
      before: (host) => {
        host.registry.groups = [modelGroup('churn-prediction'), modelGroup('fraud-detect')];
        host.registry.versions = [];
      },
    });
    fireEvent.click(await screen.findByTestId('run-register-run-c'));
    const modal = await screen.findByTestId('registry-register-modal');
    expect(selectedText('registry-register-job')).toContain('train-run-c');
    fireEvent.click(screen.getByTestId('registry-register-submit'));
    expect(await within(modal).findByText('Pick the model group to register into.')).toBeTruthy();
    expect(host.callsTo('registry.register')).toHaveLength(0);
    await waitFor(() => expect(host.callsTo('registry.groups')).toHaveLength(1));
    await waitFor(() =>
      expect(
        createWrapper(document.body)
          .findSelect('[data-testid="registry-register-group"]')!
          .findTrigger()
          .getElement()
          .getAttribute('aria-disabled'),
      ).not.toBe('true'),
    );
    chooseOption('registry-register-group', 'churn-prediction');
    fireEvent.click(screen.getByTestId('registry-register-submit'));
    await waitFor(() => expect(window.location.hash).toBe('#/registry/churn-prediction/1'));
    expect(host.callsTo('registry.register').at(-1)?.input).toEqual({
      group: 'churn-prediction',
      trainingJob: 'train-run-c',
    });
    // The group picker read registry.groups' first page; the registry's own paged list of the
    // same channel must still open (it crashed on the picker's cached answer once).
    window.location.hash = '#/registry';
    expect(await screen.findByTestId('registry-group-churn-prediction')).toBeTruthy();
  });

  it('offers neither action for a run that is not a training run', async () => {
    await renderExperiments('#/experiments/churn-experiment');
    const prep = (await screen.findByTestId('run-row-prep')).closest('tr')!;
    expect(prep.textContent).toContain('Not a training run');
    expect(screen.queryByTestId('run-register-prep')).toBeNull();
    expect(screen.getByRole('button', { name: 'Register this model from train-run-a' })).toBeTruthy();
  });
});
