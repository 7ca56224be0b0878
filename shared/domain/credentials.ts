/** A question the host needs the user to answer before a call can go on (MFA code today). */
export interface PendingPrompt {
  id: string;
  kind: 'mfa';
  profile: string;
  /** The MFA device ARN (or serial) the code must come from. */
  mfaSerial: string;
  /** The prompt is withdrawn (and the call fails) if nobody answers by then. */
  expiresAt: string;
}

/** A prompt went away: answered, cancelled or timed out. Sent on the same stream as new ones. */
export interface PromptClosed {
  id: string;
  closed: true;
}

export type PromptEvent = PendingPrompt | PromptClosed;

/** What the user needs to finish an IAM Identity Center (SSO) sign-in in the browser. */
export interface SsoAuthorization {
  profile: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresAt: string;
  intervalSeconds: number;
}

export type SsoState = 'pending' | 'signed-in' | 'denied' | 'expired' | 'failed' | 'signed-out';

export interface SsoEvent {
  profile: string;
  state: SsoState;
  message?: string;
  /** Token expiry when signed in. */
  expiresAt?: string;
}

export interface KeychainStatus {
  available: boolean;
  /** e.g. 'Secret Service (gnome-keyring)', 'macOS Keychain', 'Windows Credential Manager'. */
  backend?: string;
  /** Why it is unavailable, and what to do about it. */
  message?: string;
}
