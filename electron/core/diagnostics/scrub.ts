import { redactSecrets } from '../rpc/redact';

const REDACTED = '[redacted]';
/**
 * Runs of 40+ base64-ish characters: the shape of secret access keys, session tokens and SSO
 * access tokens. A last pass over the whole file, so a secret that slipped into an error message
 * or a journal target still never leaves the machine.
 */
const TOKEN_LIKE = /[A-Za-z0-9/+=]{40,}/g;
/** Mixed case and digits: keys and tokens have them, lower-case S3 paths and resource names do not. */
const looksRandom = (run: string) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run);

/** A proxy URL without its user and password: `http://user:pw@proxy:3128` → `http://proxy:3128`. */
export function withoutCredentials(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    // Not a URL we can take apart: say only that one is set.
    return '(set)';
  }
}

export function scrubText(text: string): string {
  return text.replace(TOKEN_LIKE, (run) => (looksRandom(run) ? REDACTED : run));
}

/** Secret-named keys redacted (as in the journal), then token-shaped strings anywhere. */
export function scrubValue(value: unknown): unknown {
  return JSON.parse(scrubText(JSON.stringify(redactSecrets(value)))) as unknown;
}
