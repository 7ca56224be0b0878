import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import LogGroupsView from '../../../renderer/src/features/logs/groups/LogGroupsView';
import type { LogStreamSummary } from '../../../shared/domain/logs';
import { typeInto } from '../jobs/form-helpers';
import { preloadLogScreens, renderLogsScreen, targetOfHref, testTailHref } from './groups-harness';

const GROUP = '/aws/sagemaker/TrainingJobs';
const stream = (name: string): LogStreamSummary => ({ name, lastEventAt: '2026-11-26T11:00:00.000Z' });
const STREAMS = [
  ...Array.from({ length: 60 }, (_, index) => stream(`churn-xgb/algo-${index + 1}-1764150000`)),
  stream('other-job/algo-1-1764150000'),
];

async function openPicker() {
  const view = await renderLogsScreen(<LogGroupsView tailHref={testTailHref} />, {
    seed: (host) => {
      host.logs.queries.groups = [{ name: GROUP, storedBytes: 10, retentionInDays: 30 }];
      host.logs.queries.streams.set(GROUP, STREAMS);
    },
  });
  fireEvent.click(await screen.findByTestId(`log-group-streams-${GROUP}`));
  const picker = await screen.findByTestId('stream-picker');
  await within(picker).findByText('churn-xgb/algo-1-1764150000');
  return { ...view, picker };
}

const hrefOf = (testId: string) => screen.getByTestId(testId).getAttribute('href');

describe('log groups: tailing a group, chosen streams or a prefix', () => {
  beforeAll(preloadLogScreens, 60_000);

  it('links each group to its tail', async () => {
    await renderLogsScreen(<LogGroupsView tailHref={testTailHref} />, {
      seed: (host) => void (host.logs.queries.groups = [{ name: GROUP }]),
    });
    const tail = await screen.findByTestId(`log-group-tail-${GROUP}`);
    expect(targetOfHref(tail.getAttribute('href'))).toEqual({ kind: 'group', group: GROUP });
  });

  it('lists a group’s streams with load more, and tails the chosen ones', async () => {
    const { host, picker } = await openPicker();
    expect(within(picker).queryByText('churn-xgb/algo-51-1764150000')).toBeNull();
    fireEvent.click(screen.getByTestId('stream-picker-more'));
    await within(picker).findByText('churn-xgb/algo-51-1764150000');
    expect(host.callsTo('logs.streams').at(-1)?.input).toMatchObject({ group: GROUP, nextToken: 'page-50' });

    expect(screen.getByTestId('stream-picker-tail-chosen').getAttribute('href')).toBeNull();
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Choose churn-xgb/algo-1-1764150000' }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Choose churn-xgb/algo-2-1764150000' }));
    await waitFor(() =>
      expect(screen.getByTestId('stream-picker-tail-chosen').textContent).toBe('Tail 2 chosen streams'),
    );
    expect(targetOfHref(hrefOf('stream-picker-tail-chosen'))).toEqual({
      kind: 'group',
      group: GROUP,
      streams: ['churn-xgb/algo-1-1764150000', 'churn-xgb/algo-2-1764150000'],
    });
  });

  it('searches streams by prefix at AWS and tails every stream with that prefix', async () => {
    const { host, picker } = await openPicker();
    expect(screen.queryByTestId('stream-picker-tail-prefix')).toBeNull();
    typeInto('stream-search', 'other-job/');
    await within(picker).findByText('other-job/algo-1-1764150000');
    await waitFor(() => expect(within(picker).queryByText('churn-xgb/algo-1-1764150000')).toBeNull());
    expect(host.callsTo('logs.streams').at(-1)?.input).toEqual({ group: GROUP, prefix: 'other-job/', limit: 50 });
    expect(targetOfHref(hrefOf('stream-picker-tail-prefix'))).toEqual({
      kind: 'group',
      group: GROUP,
      streamPrefix: 'other-job/',
    });
    expect(targetOfHref(hrefOf('stream-picker-tail-group'))).toEqual({ kind: 'group', group: GROUP });

    typeInto('stream-search', 'nothing-here');
    expect((await within(picker).findByTestId('stream-picker-empty')).textContent).toContain(
      'No stream starts with nothing-here',
    );
  });
});
