import { describe, expect, it } from 'vitest';
import { isAllowedVerificationUrl } from '../../../electron/core/sso/verification-guard';

const aws = { startUrl: 'https://my-org.awsapps.com/start', region: 'eu-west-1' };
const sandbox = { ...aws, oidcEndpoint: 'http://127.0.0.1:4566' };

describe('which SSO verification URLs SageDeck opens in the browser', () => {
  it("opens AWS's device page for the profile's SSO region and the start URL's own host, over https", () => {
    expect(isAllowedVerificationUrl('https://device.sso.eu-west-1.amazonaws.com/?user_code=ABCD-EFGH', aws)).toBe(true);
    expect(isAllowedVerificationUrl('https://my-org.awsapps.com/start/#/device?user_code=ABCD-EFGH', aws)).toBe(true);
  });

  it('refuses other regions, other hosts, look-alikes, plain http and embedded credentials', () => {
    expect(isAllowedVerificationUrl('https://device.sso.us-east-1.amazonaws.com/', aws)).toBe(false);
    expect(isAllowedVerificationUrl('https://evil.example/?user_code=ABCD-EFGH', aws)).toBe(false);
    expect(isAllowedVerificationUrl('https://device.sso.eu-west-1.amazonaws.com.evil.example/', aws)).toBe(false);
    expect(isAllowedVerificationUrl('http://device.sso.eu-west-1.amazonaws.com/', aws)).toBe(false);
    expect(isAllowedVerificationUrl('https://user:pw@my-org.awsapps.com/start', aws)).toBe(false);
    expect(isAllowedVerificationUrl('file:///etc/passwd', aws)).toBe(false);
    expect(isAllowedVerificationUrl('not a url', aws)).toBe(false);
  });

  it("opens the custom OIDC endpoint's host (sandbox, emulator) with its own scheme and port only", () => {
    expect(isAllowedVerificationUrl('http://127.0.0.1:4566/_sandbox/sso/device?user_code=ABCD-EFGH', sandbox)).toBe(true);
    expect(isAllowedVerificationUrl('http://127.0.0.1:4567/_sandbox/sso/device', sandbox)).toBe(false);
    expect(isAllowedVerificationUrl('https://127.0.0.1:4566/', sandbox)).toBe(false);
    expect(isAllowedVerificationUrl('http://127.0.0.1:4566/', aws)).toBe(false);
  });
});
