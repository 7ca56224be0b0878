/** How a profile gets its credentials; decides which sign-in flow the console offers. */
export type ProfileKind =
  | 'sandbox'
  | 'static'
  | 'sso'
  | 'assume-role'
  | 'credential-process'
  | 'web-identity'
  | 'app-managed'
  | 'unknown';

export type ProfileSource = 'builtin' | 'config' | 'credentials' | 'config+credentials' | 'app';

/** What the renderer may know about a profile: names, regions and ARNs, never a key. */
export interface ProfileSummary {
  name: string;
  kind: ProfileKind;
  source: ProfileSource;
  region?: string;
  endpointUrl?: string;
  roleArn?: string;
  sourceProfile?: string;
  mfaSerial?: string;
  ssoStartUrl?: string;
  ssoSession?: string;
  production: boolean;
  /** Set when the name looks like production but the user has not marked it. */
  suggestProduction: boolean;
}

export const SANDBOX_PROFILE = 'sandbox';
export const DEFAULT_REGION = 'us-east-1';
