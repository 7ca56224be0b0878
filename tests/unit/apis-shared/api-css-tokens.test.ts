import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * api.css names Cloudscape's design-token custom properties (hashed per release) so highlighted
 * templates follow light and dark mode. A Cloudscape upgrade that renames them would silently
 * fall back to light colours: this catches it.
 */
describe('api.css design tokens', () => {
  it('names only custom properties the installed Cloudscape theme defines', () => {
    const css = readFileSync(join(__dirname, '../../../renderer/src/features/api/api.css'), 'utf8');
    const used = [...new Set([...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((match) => match[1]!))];
    expect(used.length).toBeGreaterThan(5);
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('@cloudscape-design/components/package.json'));
    const tokens = readFileSync(join(root, 'internal/generated/styles/tokens.js'), 'utf8');
    expect(used.filter((name) => !tokens.includes(`var(${name},`))).toEqual([]);
  });
});
