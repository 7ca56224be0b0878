import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliTimestamp, pythonJsonDumps } from '../../../electron/core/sso/python-json';
import { registrationCacheKey, serializeToken, tokenCacheKey } from '../../../electron/core/sso/token-cache';

const PYTHON = '/usr/bin/python3';
const sample = { startUrl: 'https://ex.awsapps.com/start#ünï/"q"\\\u007f\u2028😀', region: 'us-east-1', scopes: ['a', 'b'], none: null, n: 3, t: true };

describe('the AWS CLI cache format', () => {
  it('formats times as the CLI does: whole seconds, literal Z', () => {
    expect(cliTimestamp(Date.UTC(2026, 0, 5, 17, 0, 0, 999))).toBe('2026-01-05T17:00:00Z');
  });

  it('writes token members in the order the CLI writes them', () => {
    const text = serializeToken({
      startUrl: 'https://ex.awsapps.com/start',
      region: 'us-east-1',
      accessToken: 'at',
      expiresAt: Date.UTC(2026, 0, 5, 17, 0, 0),
      clientId: 'cid',
      clientSecret: 'cs',
      registrationExpiresAt: Date.UTC(2026, 3, 5, 9, 0, 0),
      refreshToken: 'rt',
    });
    expect(text).toBe(
      '{"startUrl": "https://ex.awsapps.com/start", "region": "us-east-1", "accessToken": "at", "expiresAt": "2026-01-05T17:00:00Z", ' +
        '"clientId": "cid", "clientSecret": "cs", "registrationExpiresAt": "2026-04-05T09:00:00Z", "refreshToken": "rt"}',
    );
  });

  // Python's own json.dumps is the reference; the test needs the system python the CLI runs on.
  const hasPython = existsSync(PYTHON);
  if (!hasPython) console.log(`skipping python comparisons: ${PYTHON} is not installed`);

  it.skipIf(!hasPython)('serializes exactly as Python json.dumps, escapes included', () => {
    const python = execFileSync(PYTHON, ['-c', 'import json,sys; sys.stdout.write(json.dumps(json.loads(sys.stdin.read())))'], { input: JSON.stringify(sample), encoding: 'utf8' });
    expect(pythonJsonDumps(sample)).toBe(python);
  });

  it.skipIf(!hasPython)("names cache files with the CLI's hashes (session name, start URL, registration arguments)", () => {
    const script = [
      'import hashlib, json',
      "print(hashlib.sha1('corp'.encode()).hexdigest())",
      "print(hashlib.sha1('https://ex.awsapps.com/start'.encode()).hexdigest())",
      "args = {'tool': 'botocore', 'startUrl': 'https://ex.awsapps.com/start', 'region': 'eu-west-1', 'scopes': ['sso:account:access'], 'session_name': 'corp'}",
      'print(hashlib.sha1(json.dumps(args, sort_keys=True).encode()).hexdigest())',
      "args = {'tool': 'botocore', 'startUrl': 'https://ex.awsapps.com/start', 'region': 'eu-west-1', 'scopes': None, 'session_name': None}",
      'print(hashlib.sha1(json.dumps(args, sort_keys=True).encode()).hexdigest())',
    ].join('\n');
    const [session, legacy, registration, legacyRegistration] = execFileSync(PYTHON, ['-c', script], { encoding: 'utf8' }).trim().split('\n');
    const startUrl = 'https://ex.awsapps.com/start';
    expect(tokenCacheKey({ sessionName: 'corp', startUrl })).toBe(session);
    expect(tokenCacheKey({ startUrl })).toBe(legacy);
    expect(registrationCacheKey({ sessionName: 'corp', startUrl, region: 'eu-west-1', registrationScopes: ['sso:account:access'] })).toBe(registration);
    expect(registrationCacheKey({ startUrl, region: 'eu-west-1' })).toBe(legacyRegistration);
  });
});
