import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlarmHistoryPage } from '../../../shared/domain/alarms';
import { startAlarmsWorld, type AlarmsWorld } from './alarms-harness';

let world: AlarmsWorld;
beforeEach(async () => {
  world = await startAlarmsWorld();
});
afterEach(async () => {
  await world.close();
});

const history = (name: string, nextToken?: string) => world.ok<AlarmHistoryPage>('alarms.history', nextToken ? { name, nextToken } : { name });

describe('alarms.history', () => {
  it('lists state changes newest first with the old and new state and the reason', async () => {
    await world.putAlarm('queue-depth', {});
    await world.setState('queue-depth', 'ALARM', 'test: the queue backs up');
    await world.setState('queue-depth', 'OK', 'test: drained');

    const page = await history('queue-depth');
    expect(page.nextToken).toBeUndefined();
    expect(page.items.map((item) => [item.type, item.oldState, item.newState, item.reason])).toEqual([
      ['StateUpdate', 'ALARM', 'OK', 'test: drained'],
      ['StateUpdate', 'INSUFFICIENT_DATA', 'ALARM', 'test: the queue backs up'],
      ['ConfigurationUpdate', undefined, undefined, undefined],
    ]);
    expect(page.items[0]?.summary).toBe('Alarm updated from ALARM to OK');
    expect(Date.parse(page.items[0]?.time ?? '')).toBeGreaterThanOrEqual(Date.parse(page.items[1]?.time ?? ''));
  });

  it('pages a long history (100 items a page)', async () => {
    await world.putAlarm('flapping', {});
    for (let i = 0; i < 120; i += 1) await world.setState('flapping', i % 2 === 0 ? 'ALARM' : 'OK');
    const first = await history('flapping');
    expect(first.items).toHaveLength(100);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await history('flapping', first.nextToken);
    expect(second.items).toHaveLength(21);
    expect(second.items.at(-1)?.type).toBe('ConfigurationUpdate');
    expect(second.nextToken).toBeUndefined();
  });
});

describe('alarms.disableActions / enableActions', () => {
  it('needs confirmation to disable, shows it on the alarm, in its history and in the journal', async () => {
    const unconfirmed = await world.request('alarms.disableActions', { names: ['churn-prod-5xx-errors'] });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { action: 'Disable alarm actions', target: 'churn-prod-5xx-errors' } } });
    expect((await world.described('churn-prod-5xx-errors'))?.ActionsEnabled).toBe(true);

    expect(await world.ok('alarms.disableActions', { names: ['churn-prod-5xx-errors'] })).toEqual({ names: ['churn-prod-5xx-errors'] });
    expect((await world.described('churn-prod-5xx-errors'))?.ActionsEnabled).toBe(false);
    expect((await world.board()).find((a) => a.name === 'churn-prod-5xx-errors')?.actionsEnabled).toBe(false);
    expect((await history('churn-prod-5xx-errors')).items[0]).toMatchObject({ type: 'ConfigurationUpdate', summary: 'Alarm "churn-prod-5xx-errors" updated' });
    expect((await world.journal('alarms.disableActions'))[0]).toMatchObject({ target: 'churn-prod-5xx-errors', outcome: 'success', input: { names: ['churn-prod-5xx-errors'] } });

    // Enabling is not destructive: no confirmation asked.
    expect(await world.request('alarms.enableActions', { names: ['churn-prod-5xx-errors'] })).toEqual({ ok: true, result: { names: ['churn-prod-5xx-errors'] } });
    expect((await world.described('churn-prod-5xx-errors'))?.ActionsEnabled).toBe(true);
    expect((await world.journal('alarms.enableActions'))[0]).toMatchObject({ target: 'churn-prod-5xx-errors', outcome: 'success' });
  });

  it('says plainly when the endpoint lacks the operation (an emulator without it)', async () => {
    world.sandbox.control.addFault({ operation: 'monitoring:DisableAlarmActions', kind: 'unknownOperation' });
    world.sandbox.control.addFault({ operation: 'monitoring:DescribeAlarmHistory', kind: 'unknownOperation' });
    const disable = await world.request('alarms.disableActions', { names: ['churn-prod-5xx-errors'] }, { confirmed: true });
    expect(disable).toMatchObject({ ok: false, error: { code: 'OperationUnavailable', retryable: false, message: expect.stringMatching(/has no CloudWatch DisableAlarmActions operation/) } });
    const past = await world.request('alarms.history', { name: 'churn-prod-5xx-errors' });
    expect(past).toMatchObject({ ok: false, error: { code: 'OperationUnavailable', message: expect.stringMatching(/DescribeAlarmHistory/) } });
    expect((await world.journal('alarms.disableActions'))[0]).toMatchObject({ outcome: 'failure', error: { code: 'OperationUnavailable' } });
  });
});
