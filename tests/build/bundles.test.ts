import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files';

const OUT = resolve(__dirname, '../../out');


describe('npm run build', () => {
  it('produces the main, preload and renderer bundles', () => {
    expect(existsSync(join(OUT, 'main/index.js')), 'run `npm run build` first').toBe(true);
    expect(existsSync(join(OUT, 'preload/index.cjs'))).toBe(true);
    expect(existsSync(join(OUT, 'renderer/index.html'))).toBe(true);
  });

  it('keeps the preload to one sandbox-loadable CommonJS file that requires only electron', () => {
    const preload = readFileSync(join(OUT, 'preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('ships no AWS SDK, keychain or Node built-in code in the renderer', () => {
    const scripts = filesUnder(join(OUT, 'renderer')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/@aws-sdk\/|@smithy\/|keytar|aws_secret_access_key/);
      expect(code, file).not.toMatch(/require\(["'](node:)?(fs|child_process|path|os|net|crypto|http)["']\)|from ?["']node:/);
      expect(code, file).not.toMatch(/X-Amz-Date|AWS4-HMAC-SHA256/);
    }
  });

  it('ships no dev-server nonce or inline script in the built page', () => {
    const html = readFileSync(join(OUT, 'renderer/index.html'), 'utf8');
    expect(html).not.toContain('SAGEDECK_DEV_NONCE');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
  });
});
