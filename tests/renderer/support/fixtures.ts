import type { PendingPrompt, SsoAuthorization } from '../../../shared/domain/credentials';
import type { JobSummary } from '../../../shared/domain/jobs';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { ProfileSummary } from '../../../shared/domain/profiles';

/** Small builders for the data renderer tests hand to the fake core. */
export function profile(name: string, extra: Partial<ProfileSummary> = {}): ProfileSummary {
  return { name, kind: 'static', source: 'config', production: false, suggestProduction: false, ...extra };
}

export function journalEntry(id: string, extra: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id,
    time: '2026-11-26T10:00:00.000Z',
    profile: 'sandbox',
    region: 'us-east-1',
    channel: 'session.select',
    target: 'sandbox@us-east-1',
    input: {},
    outcome: 'success',
    durationMs: 3,
    ...extra,
  };
}

export function pendingPrompt(id: string, extra: Partial<PendingPrompt> = {}): PendingPrompt {
  return {
    id,
    kind: 'mfa',
    profile: 'ops-mfa',
    mfaSerial: 'arn:aws:iam::111122223333:mfa/alice',
    expiresAt: '2026-11-26T12:05:00.000Z',
    ...extra,
  };
}

export function ssoAuthorization(profileName: string): SsoAuthorization & { verificationUriComplete: string } {
  return {
    profile: profileName,
    userCode: 'WDJB-MJHT',
    verificationUri: 'https://device.sso.us-east-1.amazonaws.com/',
    verificationUriComplete: 'https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT',
    expiresAt: '2026-11-26T12:10:00.000Z',
    intervalSeconds: 5,
  };
}

export function jobSummary(name: string, extra: Partial<JobSummary> = {}): JobSummary {
  const kind = extra.kind ?? 'training';
  return {
    kind,
    name,
    arn: `arn:aws:sagemaker:us-east-1:123456789012:${kind}-job/${name}`,
    status: 'InProgress',
    createdAt: '2026-11-26T10:00:00.000Z',
    ...extra,
  };
}
