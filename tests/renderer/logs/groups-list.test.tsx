import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import LogGroupsView from '../../../renderer/src/features/logs/groups/LogGroupsView';
import type { LogGroupSummary } from '../../../shared/domain/logs';
import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { typeInto } from '../jobs/form-helpers';
import type { FakeCore } from '../support/fake-core';
import { preloadLogScreens, renderLogsScreen, testTailHref } from './groups-harness';

function group(name: string, extra: Partial<LogGroupSummary> = {}): LogGroupSummary {
  return { name, createdAt: '2026-11-01T08:00:00.000Z', storedBytes: 1_460_000, retentionInDays: 30, ...extra };
}

const SAGEMAKER = [
  group('/aws/sagemaker/Endpoints/churn', { retentionInDays: undefined, storedBytes: 23_100_000_000 }),
  group('/aws/sagemaker/ProcessingJobs', { retentionInDays: 14, storedBytes: 812 }),
  group('/aws/sagemaker/TrainingJobs', { retentionInDays: 365 }),
];

const seedWith = (groups: LogGroupSummary[]) => (host: FakeCore) => void (host.logs.queries.groups = groups);
const renderGroups = (groups: LogGroupSummary[]) =>
  renderLogsScreen(<LogGroupsView tailHref={testTailHref} />, { seed: seedWith(groups) });
const row = (name: string) => screen.getByTestId(`log-group-row-${name}`).closest('tr') as HTMLElement;
const search = (text: string) => typeInto('log-groups-search', text);

/** Picks a retention option; the select's list opens in a layer of its own (expandToViewport). */
async function chooseOption(testId: string, value: string): Promise<void> {
  const select = createWrapper(document.body).findSelect(`[data-testid="${testId}"]`);
  if (!select) throw new Error(`no select ${testId}`);
  // Disabled while a change of this group is on its way (a cancelled one included).
  await waitFor(() => expect(select.isDisabled()).toBe(false));
  fireEvent.mouseDown(select.findTrigger().getElement());
  const option = select.findDropdown({ expandToViewport: true }).findOptionByValue(value);
  if (!option) throw new Error(`no option ${value} in ${testId}`);
  fireEvent.mouseUp(option.getElement());
}

describe('log groups list', () => {
  beforeAll(preloadLogScreens, 60_000);

  it('shows each group’s retention, stored bytes in human units, and flags the groups that keep logs forever', async () => {
    await renderGroups(SAGEMAKER);
    await screen.findByTestId('log-group-row-/aws/sagemaker/TrainingJobs');
    expect(screen.getByTestId('log-group-stored-/aws/sagemaker/Endpoints/churn').textContent).toBe('23.1 GB');
    expect(screen.getByTestId('log-group-stored-/aws/sagemaker/ProcessingJobs').textContent).toBe('812 bytes');
    expect(screen.getByTestId('log-group-stored-/aws/sagemaker/TrainingJobs').textContent).toBe('1.46 MB');
    expect(within(row('/aws/sagemaker/TrainingJobs')).getByText('1 year (365 days)')).toBeTruthy();
    expect(within(row('/aws/sagemaker/ProcessingJobs')).getByText('2 weeks (14 days)')).toBeTruthy();

    expect(screen.getByTestId('log-group-forever-/aws/sagemaker/Endpoints/churn').textContent).toContain(
      'Kept forever',
    );
    expect(screen.queryByTestId('log-group-forever-/aws/sagemaker/TrainingJobs')).toBeNull();
    const warning = screen.getByTestId('log-groups-forever');
    expect(warning.textContent).toContain('1 of the groups listed keep their logs forever');
    // A price is only stated with where it comes from.
    expect(warning.textContent).toContain('aws.amazon.com/cloudwatch/pricing');
  });

  it('searches by name prefix at AWS and loads more pages with the next token', async () => {
    const many = Array.from({ length: 120 }, (_, index) =>
      group(`/aws/sagemaker/TrainingJobs-${String(index).padStart(3, '0')}`),
    );
    const { host } = await renderGroups([...many, group('/ecs/web')]);
    await screen.findByTestId('log-group-row-/aws/sagemaker/TrainingJobs-049');
    expect(screen.queryByTestId('log-group-row-/aws/sagemaker/TrainingJobs-050')).toBeNull();

    fireEvent.click(screen.getByTestId('log-groups-more'));
    await screen.findByTestId('log-group-row-/aws/sagemaker/TrainingJobs-099');
    expect(host.callsTo('logs.groups').at(-1)?.input).toMatchObject({ nextToken: 'page-50' });

    search('/ecs');
    await screen.findByTestId('log-group-row-/ecs/web');
    await waitFor(() => expect(screen.queryByTestId('log-group-row-/aws/sagemaker/TrainingJobs-000')).toBeNull());
    expect(host.callsTo('logs.groups').at(-1)?.input).toEqual({ prefix: '/ecs', limit: 50 });
    expect(screen.queryByTestId('log-groups-more')).toBeNull();
  });

  it('says what to do when no group matches, and refuses a prefix AWS would refuse before asking', async () => {
    const { host } = await renderGroups(SAGEMAKER);
    await screen.findByTestId('log-group-row-/aws/sagemaker/TrainingJobs');
    search('/aws/lambda');
    expect((await screen.findByTestId('log-groups-empty')).textContent).toContain(
      'No log group starts with /aws/lambda',
    );

    const asked = host.callsTo('logs.groups').length;
    search('/aws/my group');
    await screen.findByText('Log group names hold letters, digits and . - _ / # only.');
    expect(host.callsTo('logs.groups')).toHaveLength(asked);
  });

  it('shows the failure with a way to try again', async () => {
    const { host } = await renderLogsScreen(<LogGroupsView tailHref={testTailHref} />, {
      seed: (fake) => {
        fake.logs.queries.groups = SAGEMAKER;
        fake.failNext('logs.groups', {
          code: 'AccessDeniedException',
          message: 'not authorized to perform: logs:DescribeLogGroups',
        });
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The log groups could not be listed');
    expect(alert.textContent).toContain('logs:DescribeLogGroups');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('log-group-row-/aws/sagemaker/TrainingJobs');
    expect(host.callsTo('logs.groups')).toHaveLength(2);
  });

  it('changes retention only after the gate’s confirmation, and the row shows the new period', async () => {
    const { host } = await renderGroups(SAGEMAKER);
    await screen.findByTestId('log-group-row-/aws/sagemaker/Endpoints/churn');

    await chooseOption('log-group-retention-/aws/sagemaker/Endpoints/churn', '7');
    let modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('Set log retention');
    fireEvent.click(within(modal).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.logs.queries.groups[0]?.retentionInDays).toBeUndefined();
    expect(screen.getByTestId('log-group-forever-/aws/sagemaker/Endpoints/churn')).toBeTruthy();
    expect(screen.queryByText('The retention could not be changed')).toBeNull();

    await chooseOption('log-group-retention-/aws/sagemaker/Endpoints/churn', '7');
    modal = await screen.findByTestId('confirm-modal');
    fireEvent.click(within(modal).getByTestId('confirm-submit'));
    await waitFor(() => expect(screen.queryByTestId('log-group-forever-/aws/sagemaker/Endpoints/churn')).toBeNull());
    expect(within(row('/aws/sagemaker/Endpoints/churn')).getByText('1 week (7 days)')).toBeTruthy();
    expect(host.logs.queries.groups[0]?.retentionInDays).toBe(7);
    expect(screen.queryByTestId('log-groups-forever')).toBeNull();
    expect(host.journal.entries[0]).toMatchObject({
      channel: 'logs.setRetention',
      target: '/aws/sagemaker/Endpoints/churn',
      outcome: 'success',
    });

    // "Never expire" removes the policy (null), and the flag comes back.
    await chooseOption('log-group-retention-/aws/sagemaker/TrainingJobs', 'never');
    fireEvent.click(within(await screen.findByTestId('confirm-modal')).getByTestId('confirm-submit'));
    await screen.findByTestId('log-group-forever-/aws/sagemaker/TrainingJobs');
    expect(host.callsTo('logs.setRetention').at(-1)?.input).toEqual({
      group: '/aws/sagemaker/TrainingJobs',
      days: null,
    });
  });
});
