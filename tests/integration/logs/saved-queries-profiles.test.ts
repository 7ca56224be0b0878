import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import type { SavedQuery } from '../../../shared/domain/logs';
import { startLogsWorld, type LogsWorld } from './logs-core-harness';

let world: LogsWorld;

beforeAll(async () => {
  world = await startLogsWorld();
});

afterAll(async () => {
  await world.close();
});

const ERRORS = 'fields @timestamp, @message | filter @message like /ERROR/ | sort @timestamp desc | limit 50';
const LOSS = 'parse @message "train-logloss:*" as loss | stats avg(loss) by bin(1m)';

describe('saved Insights queries', () => {
  it('are kept per profile, sorted by name; saving a name again replaces it', async () => {
    const errors = await world.ok<SavedQuery>('logs.saveQuery', { name: 'Errors', query: ERRORS, groups: ['/aws/sagemaker/TrainingJobs'] });
    expect(errors).toEqual({
      id: expect.any(String),
      name: 'Errors',
      query: ERRORS,
      groups: ['/aws/sagemaker/TrainingJobs'],
      savedAt: new Date(world.clock.now()).toISOString(),
    });
    await world.ok('logs.saveQuery', { name: 'Loss by minute', query: LOSS, groups: [] });
    const replaced = await world.ok<SavedQuery>('logs.saveQuery', { name: 'Errors', query: `${ERRORS} `, groups: ['/app/a', '/app/b'] });

    const listed = await world.ok<SavedQuery[]>('logs.listSavedQueries');
    expect(listed.map((query) => query.name)).toEqual(['Errors', 'Loss by minute']);
    // The schema trims the query; the replacement is a new entry with the new groups.
    expect(listed[0]).toMatchObject({ id: replaced.id, query: ERRORS, groups: ['/app/a', '/app/b'] });
    expect(replaced.id).not.toBe(errors.id);

    await world.ok('session.select', { profile: 'other' });
    expect(await world.ok<SavedQuery[]>('logs.listSavedQueries')).toEqual([]);
    await world.ok('logs.saveQuery', { name: 'Other account only', query: 'stats count(*)', groups: [] });
    await world.ok('session.select', { profile: 'base' });
    expect((await world.ok<SavedQuery[]>('logs.listSavedQueries')).map((query) => query.name)).toEqual(['Errors', 'Loss by minute']);
  });

  it('survive a restart of the core (kept in the data dir)', async () => {
    const core = await createCore({ dataDir: world.dataDir, host: 'cli', env: world.env, secretStore: world.secrets });
    try {
      const envelope = await core.dispatcher.request('logs.listSavedQueries', {});
      expect(envelope).toMatchObject({ ok: true, result: [{ name: 'Errors' }, { name: 'Loss by minute' }] });
    } finally {
      await core.close();
    }
  });

  it('are deleted after confirmation, only in their own profile; an unknown id says so', async () => {
    const [errors] = await world.ok<SavedQuery[]>('logs.listSavedQueries');
    const unconfirmed = await world.request('logs.deleteSavedQuery', { id: errors!.id, name: errors!.name });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { target: 'Errors' } } });

    await world.ok('session.select', { profile: 'other' });
    const elsewhere = await world.fail('logs.deleteSavedQuery', { id: errors!.id, name: errors!.name });
    expect(elsewhere).toMatchObject({ code: 'InvalidInput', message: 'No saved query named "Errors" in this profile.' });
    await world.ok('session.select', { profile: 'base' });

    expect(await world.ok('logs.deleteSavedQuery', { id: errors!.id, name: errors!.name })).toEqual({ deleted: true });
    expect((await world.ok<SavedQuery[]>('logs.listSavedQueries')).map((query) => query.name)).toEqual(['Loss by minute']);
  });

  it('refuses an empty name or query before saving anything', async () => {
    const refused = await world.fail('logs.saveQuery', { name: '  ', query: ' ', groups: [] });
    expect(refused).toMatchObject({ code: 'InvalidInput', fields: { name: 'Name the query.', query: 'Write a query.' } });
    expect((await world.ok<SavedQuery[]>('logs.listSavedQueries')).map((query) => query.name)).toEqual(['Loss by minute']);
  });
});
