import { mkdtempSync, readdirSync, readFileSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../../electron/core/journal/journal';
import { openSettingsStore } from '../../../electron/core/settings/settings-store';

const tempDir = () => mkdtempSync(join(tmpdir(), 'sagedeck-store-'));

describe('settings store', () => {
  it('persists changes and keeps the most recent sessions first', async () => {
    const dir = tempDir();
    const store = await openSettingsStore(dir);
    await store.rememberSession('a', 'us-east-1');
    await store.rememberSession('b', 'eu-west-1');
    await store.rememberSession('a', 'us-east-1');
    const reopened = await openSettingsStore(dir);
    expect(reopened.get()).toMatchObject({ profile: 'a', region: 'us-east-1', recentProfiles: ['a', 'b'], recentRegions: ['us-east-1', 'eu-west-1'] });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a damaged settings file aside instead of losing or crashing on it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    const store = await openSettingsStore(dir);
    expect(store.get().theme).toBe('system');
    const kept = readdirSync(dir).find((f) => f.startsWith('settings.json.corrupt-'));
    expect(kept && readFileSync(join(dir, kept), 'utf8')).toBe('{ not json');
  });

  it('falls back field by field when a value is of the wrong type', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 'purple', profile: 'dev', recentProfiles: 'oops' }));
    const store = await openSettingsStore(dir);
    expect(store.get()).toMatchObject({ theme: 'system', profile: 'dev', recentProfiles: [] });
  });
});

describe('activity journal', () => {
  it('appends JSONL, lists newest first and notifies listeners', async () => {
    const dir = tempDir();
    const journal = openJournal(dir);
    const seen: string[] = [];
    journal.onEntry((entry) => seen.push(entry.target));
    const base = { time: new Date().toISOString(), profile: 'p', region: 'us-east-1', channel: 'x.y', input: {}, outcome: 'success' as const, durationMs: 1 };
    await journal.record({ ...base, target: 'first' });
    await journal.record({ ...base, target: 'second' });
    expect((await journal.list({ limit: 10 })).map((e) => e.target)).toEqual(['second', 'first']);
    expect(seen).toEqual(['first', 'second']);
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('skips a torn line left by a crash and keeps the rest readable', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, 'journal.jsonl'), `${JSON.stringify({ id: '1', target: 'kept', channel: 'a' })}\n{"id":"2","tar`);
    const entries = await openJournal(dir).list({ limit: 10 });
    expect(entries.map((e) => e.target)).toEqual(['kept']);
  });
});
