export interface SessionInfo {
  profile: string;
  region: string;
  production: boolean;
  /** Increments on every switch, so views can drop answers that belong to an older session. */
  generation: number;
}

/** The caller identity STS reports for the session. Names and ARNs only, never a credential. */
export interface SessionIdentity {
  account: string;
  arn: string;
  userId: string;
  /** ISO time the session's temporary credentials expire; absent for long-term keys. */
  expiresAt?: string;
}
