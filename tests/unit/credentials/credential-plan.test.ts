import { describe, expect, it } from 'vitest';
import { planFor, needsPrompt, type PlanContext } from '../../../electron/core/credentials/credential-plan';
import { parseIni } from '../../../electron/core/profiles/ini';
import type { SharedConfig } from '../../../electron/core/profiles/shared-files';

/** Builds the shared config the way loadSharedConfig does, from inline file texts. */
function shared(config: string, credentials = ''): SharedConfig {
  const result: SharedConfig = { profiles: new Map(), ssoSessions: new Map(), services: new Map() };
  const profile = (name: string) => {
    const found = result.profiles.get(name) ?? { name };
    result.profiles.set(name, found);
    return found;
  };
  for (const section of parseIni(config, 'config')) {
    if (section.header.startsWith('profile ')) profile(section.header.slice(8)).config = section.values;
    else if (section.header.startsWith('services ')) result.services.set(section.header.slice(9), section.nested);
  }
  for (const section of parseIni(credentials, 'credentials')) profile(section.header).credentials = section.values;
  return result;
}

function ctx(config: string, credentials = '', env: NodeJS.ProcessEnv = {}): PlanContext {
  return { shared: shared(config, credentials), env, region: 'us-east-1', files: { config: '/home/u/.aws/config', credentials: '/home/u/.aws/credentials' } };
}

describe('credential plans follow the AWS CLI precedence', () => {
  it('a role_arn wins over static keys in the same profile, and self-sourcing uses those keys', () => {
    const c = ctx('[profile me]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = me\n', '[me]\naws_access_key_id = AKID\naws_secret_access_key = SECRET\n');
    const plan = planFor('me', c);
    expect(plan).toMatchObject({ kind: 'assume-role', source: { kind: 'static', profile: 'me' } });
  });

  it('a source_profile loop is reported with the path, not followed forever', () => {
    const c = ctx('[profile a]\nrole_arn = arn:aws:iam::123456789012:role/A\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::123456789012:role/B\nsource_profile = a\n');
    expect(() => planFor('a', c)).toThrow(/source_profile loop \(a -> b -> a\)/);
  });

  it('misconfigured roles say what to fix', () => {
    expect(() => planFor('r', ctx('[profile r]\nrole_arn = arn:aws:iam::123456789012:role/R\n'))).toThrow(/neither source_profile nor credential_source/);
    expect(() => planFor('r', ctx('[profile r]\nrole_arn = arn:aws:iam::123456789012:role/R\ncredential_source = Laptop\n'))).toThrow(/credential_source = Laptop/);
    expect(() => planFor('r', ctx('[profile r]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = ghost\n'))).toThrow(/No profile named "ghost" \(source_profile of "r"\)/);
    expect(() => planFor('empty', ctx('[profile empty]\nregion = us-east-1\n'))).toThrow(/has no credentials/);
  });

  it('STS calls go to the endpoint of the role profile: env var, services section, endpoint_url', () => {
    const config = '[profile r]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = s\nregion = eu-west-3\nservices = local\n[services local]\nsts =\n  endpoint_url = http://127.0.0.1:1111\n[profile s]\nendpoint_url = http://127.0.0.1:2222\n';
    const creds = '[s]\naws_access_key_id = AKID\naws_secret_access_key = SECRET\n';
    expect(planFor('r', ctx(config, creds))).toMatchObject({ sts: { region: 'eu-west-3', endpoint: 'http://127.0.0.1:1111' } });
    expect(planFor('r', ctx(config, creds, { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:3333' }))).toMatchObject({ sts: { endpoint: 'http://127.0.0.1:3333' } });
  });

  it('only plans with an mfa_serial somewhere in the chain can prompt', () => {
    const config = '[profile mfa]\nrole_arn = arn:aws:iam::123456789012:role/M\nsource_profile = s\nmfa_serial = arn:aws:iam::123456789012:mfa/u\n[profile chained]\nrole_arn = arn:aws:iam::123456789012:role/C\nsource_profile = mfa\n[profile plain]\nrole_arn = arn:aws:iam::123456789012:role/P\nsource_profile = s\n';
    const c = ctx(config, '[s]\naws_access_key_id = AKID\naws_secret_access_key = SECRET\n');
    expect(needsPrompt(planFor('mfa', c))).toBe(true);
    expect(needsPrompt(planFor('chained', c))).toBe(true);
    expect(needsPrompt(planFor('plain', c))).toBe(false);
  });
});
