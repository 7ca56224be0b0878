import { Mode } from '@cloudscape-design/global-styles';
import { describe, expect, it } from 'vitest';
import { areaFromHash } from '../../renderer/src/app/hash-route';
import { paletteCommands, rankCommands } from '../../renderer/src/app/palette-commands';
import { resolveMode } from '../../renderer/src/app/theme';
import { mergeEntries } from '../../renderer/src/features/activity/journal-entries';
import { journalEntry, profile } from './support/fixtures';

const noop = () => Promise.resolve();

describe('hash routes', () => {
  it('maps hashes to areas, empty to the overview, anything else to nothing', () => {
    expect(areaFromHash('')).toBe('overview');
    expect(areaFromHash('#/')).toBe('overview');
    expect(areaFromHash('#/endpoints')).toBe('endpoints');
    expect(areaFromHash('#/logs/some-group?tail=1')).toBe('logs');
    expect(areaFromHash('#/constructor')).toBeUndefined();
  });
});

describe('theme', () => {
  it('follows the OS only on system', () => {
    expect(resolveMode('system', true)).toBe(Mode.Dark);
    expect(resolveMode('system', false)).toBe(Mode.Light);
    expect(resolveMode('light', true)).toBe(Mode.Light);
    expect(resolveMode('dark', false)).toBe(Mode.Dark);
  });
});

describe('palette commands', () => {
  const commands = paletteCommands({
    profiles: [profile('sandbox'), profile('ml-dev', { region: 'eu-west-1' })],
    session: { profile: 'sandbox', region: 'us-east-1', production: false, generation: 1 },
    navigate: () => {},
    setTheme: noop,
    select: noop,
    setProduction: noop,
  });

  it('offers no switch to the profile or region already in use', () => {
    const ids = commands.map((command) => command.id);
    expect(ids).toContain('profile-ml-dev');
    expect(ids).not.toContain('profile-sandbox');
    expect(ids).toContain('region-eu-west-1');
    expect(ids).not.toContain('region-us-east-1');
  });

  it('puts names that start with the query before names that merely mention it', () => {
    const ranked = rankCommands(commands, 'log').map((command) => command.id);
    expect(ranked[0]).toBe('logs');
    expect(rankCommands(commands, 'switch region eu-west-1').map((command) => command.id)).toEqual([
      'region-eu-west-1',
    ]);
    expect(rankCommands(commands, 'zzz')).toEqual([]);
  });
});

describe('journal merge', () => {
  it('orders newest first and keeps one copy of an entry seen twice', () => {
    const older = journalEntry('a', { time: '2026-11-26T09:00:00.000Z' });
    const newer = journalEntry('b', { time: '2026-11-26T10:00:00.000Z' });
    expect(mergeEntries([older], [newer, older]).map((entry) => entry.id)).toEqual(['b', 'a']);
  });
});
