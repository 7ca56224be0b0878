import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type InsightsScreen from '../../../renderer/src/features/logs/insights/InsightsView';
import type { SavedQuery } from '../../../shared/domain/logs';
import { typeInto } from '../jobs/form-helpers';
import { preloadLogScreens, renderLogsScreen } from './groups-harness';

const GROUP = '/aws/sagemaker/TrainingJobs';
const errorsQuery: SavedQuery = {
  id: 'saved-errors',
  name: 'errors by instance',
  query: 'filter @message like /ERROR/ | stats count(*) by @logStream',
  groups: [GROUP],
  savedAt: '2026-11-20T09:00:00.000Z',
};

// Imported after preloadLogScreens: uPlot reads matchMedia as it loads, and jsdom has none until then.
let InsightsView: typeof InsightsScreen;

async function openInsights(saved: SavedQuery[] = []) {
  window.location.hash = '#/logs/insights';
  const view = await renderLogsScreen(<InsightsView />, {
    seed: (host) => {
      host.logs.queries.groups = [{ name: GROUP }];
      host.logs.queries.saved = saved;
    },
  });
  await screen.findByTestId('insights-saved');
  return view;
}

const editor = () => screen.getByTestId('insights-query').querySelector('textarea') as HTMLTextAreaElement;

describe('Logs Insights saved queries', () => {
  beforeAll(async () => {
    await preloadLogScreens();
    InsightsView = (await import('../../../renderer/src/features/logs/insights/InsightsView')).default;
  }, 60_000);

  it('saves the editor’s query under a name, and says what is missing when there is no name', async () => {
    const { host } = await openInsights();
    expect((await screen.findByTestId('insights-saved-empty')).textContent).toContain('No saved queries yet');
    fireEvent.change(editor(), { target: { value: 'fields @message | limit 5' } });

    fireEvent.click(screen.getByTestId('insights-save'));
    await screen.findByText('Name the query.');
    expect(host.logs.queries.saved).toHaveLength(0);

    typeInto('insights-save-name', 'last five');
    fireEvent.click(screen.getByTestId('insights-save'));
    await screen.findByTestId('saved-query-last five');
    expect(host.logs.queries.saved[0]).toMatchObject({
      name: 'last five',
      query: 'fields @message | limit 5',
      groups: [],
    });
    await waitFor(() =>
      expect((screen.getByTestId('insights-save-name').querySelector('input') as HTMLInputElement).value).toBe(''),
    );
  });

  it('loads a saved query into the editor with its groups', async () => {
    await openInsights([errorsQuery]);
    fireEvent.click(await screen.findByTestId('saved-query-load-errors by instance'));
    await waitFor(() => expect(editor().value).toBe(errorsQuery.query));
    await waitFor(() => expect(within(screen.getByTestId('insights-groups')).getByText(GROUP)).toBeTruthy());
  });

  it('deletes a saved query only after the gate’s confirmation', async () => {
    const { host } = await openInsights([errorsQuery]);
    fireEvent.click(await screen.findByTestId('saved-query-delete-errors by instance'));
    let modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('Delete saved query');
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.logs.queries.saved).toHaveLength(1);
    expect(screen.queryByText('The saved query could not be deleted')).toBeNull();

    fireEvent.click(screen.getByTestId('saved-query-delete-errors by instance'));
    modal = await screen.findByTestId('confirm-modal');
    fireEvent.click(within(modal).getByTestId('confirm-submit'));
    await waitFor(() => expect(screen.queryByTestId('saved-query-errors by instance')).toBeNull());
    expect(host.logs.queries.saved).toHaveLength(0);
    expect(host.journal.entries[0]).toMatchObject({
      channel: 'logs.deleteSavedQuery',
      target: 'errors by instance',
      outcome: 'success',
    });
  });
});
