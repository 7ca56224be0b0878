import { describe, expect, it } from 'vitest';
import type { BucketPage, BucketSummary, PostureCheck } from '../../../shared/domain/data';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';
import { runCli } from '../../support/cli-process';

const cli = useCliEmulatorHome('sagedeck-data-cli-');

async function buckets(profile: string): Promise<BucketSummary[]> {
  const result = await runCli(cli.env, 'call', 'buckets.list', '{}', '--profile', profile);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as BucketPage).items;
}

const statuses = (bucket: BucketSummary | undefined) =>
  Object.fromEntries((bucket?.findings ?? []).map((f) => [f.check, f.status])) as Record<PostureCheck, string>;

describe('sagedeck call buckets.list', () => {
  it("prints the built-in sandbox's buckets with their posture", async () => {
    const items = await buckets('sandbox');
    expect(items.map((b) => b.name)).toEqual(['sagedeck-demo-access-logs', 'sagedeck-demo-churn-data']);
    const [logs, data] = items;
    // The demo's dataset bucket is set up as the issue asks; its log bucket is not versioned.
    expect(data!.findings.filter((f) => f.status !== 'pass')).toEqual([]);
    expect(data!.findings.find((f) => f.check === 'encryption')?.reason).toMatch(
      /SSE-KMS, key .*sagedeck-demo-data; bucket key on/,
    );
    expect(statuses(logs).versioning).toBe('warn');
    expect(items.every((b) => b.region === 'us-east-1' && b.findings.length === 10)).toBe(true);
  }, 120_000);

  it('works through a profile whose endpoint_url is another emulator, saying which settings it cannot read', async () => {
    for (const operation of [
      'GetBucketReplication',
      'GetObjectLockConfiguration',
      'GetBucketOwnershipControls',
      'GetBucketPolicyStatus',
    ]) {
      cli.emulator.control.addFault({ operation: `s3:${operation}`, kind: 'unknownOperation' });
    }
    cli.emulator.control.resetCounters();
    const items = await buckets('emulator');
    const data = items.find((b) => b.name === 'sagedeck-demo-churn-data')!;
    expect(statuses(data)).toEqual({
      versioning: 'pass',
      encryption: 'pass',
      publicAccessBlock: 'pass',
      bucketPolicy: 'unknown',
      ownership: 'unknown',
      logging: 'pass',
      lifecycle: 'pass',
      replication: 'unknown',
      objectLock: 'unknown',
      tags: 'pass',
    });
    expect(data.findings.find((f) => f.check === 'replication')?.reason).toBe(
      'Could not read replication: this endpoint has no GetBucketReplication operation.',
    );
    expect(data.findings.find((f) => f.check === 'bucketPolicy')?.reason).toBe(
      'Could not read whether the bucket policy is public: this endpoint has no GetBucketPolicyStatus operation.',
    );
    // Only operations AWS has; the ACL is read where ownership controls could not say ACLs are off.
    expect(
      Object.keys(cli.emulator.control.counters()).every((op) => op.startsWith('s3:Get') || op === 's3:ListBuckets'),
    ).toBe(true);
    expect(cli.emulator.control.counters()['s3:GetBucketAcl']).toBe(2);
  }, 120_000);
});
