import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimentSummary } from '../support/fake-areas/experiments';
import { preloadExperimentsChunks, renderExperiments } from './experiments-app';

describe("experiments: an experiment's tags", { timeout: 20_000 }, () => {
  beforeAll(preloadExperimentsChunks, 60_000);

  it('are edited above its runs, saved on the experiment the listing named, and journalled', async () => {
    const churn = experimentSummary('churn-experiment', { tags: { team: 'growth' } });
    const { host } = await renderExperiments('#/experiments/churn-experiment', {
      experiments: [churn],
      before: (core) => core.tags.byArn.set(churn.arn, { team: 'growth' }),
    });
    const editor = await screen.findByTestId('tag-editor');
    await waitFor(() => expect(within(editor).queryAllByTestId('tag-row').map((row) => row.dataset.key)).toEqual(['team']));
    fireEvent.change(within(editor).getByTestId('tag-key'), { target: { value: 'stage' } });
    fireEvent.change(within(editor).getByTestId('tag-value'), { target: { value: 'candidate' } });
    fireEvent.click(within(editor).getByTestId('tag-add'));
    fireEvent.click(within(editor).getByTestId('tag-save'));
    await waitFor(() => expect(host.tags.byArn.get(churn.arn)).toEqual({ team: 'growth', stage: 'candidate' }));
    expect(host.callsTo('tags.update').at(-1)?.input).toEqual({ arn: churn.arn, set: { stage: 'candidate' }, remove: [] });
    expect(host.journal.entries[0]).toMatchObject({ channel: 'tags.update', outcome: 'success' });
  });

  it('say so when the listing does not name the experiment, instead of editing another', async () => {
    await renderExperiments('#/experiments/churn-experiment', { experiments: [experimentSummary('fraud-experiment')] });
    expect(await screen.findByText('AWS did not list churn-experiment, so its tags cannot be read here.')).toBeTruthy();
    expect(screen.queryByTestId('tag-editor')).toBeNull();
  });
});
