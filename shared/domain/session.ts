export interface SessionInfo {
  profile: string;
  region: string;
  production: boolean;
  /** Increments on every switch, so views can drop answers that belong to an older session. */
  generation: number;
}
