import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/index';
import type { ComplianceReport } from '../../../shared/domain/compliance';
import type { PostureReport } from '../../../shared/domain/posture';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';
import { runAwsCli } from '../sandbox/support';

const cli = useCliEmulatorHome('sagedeck-posture-cli-');
/** Several CLI starts per test (SageDeck's and the AWS CLI's), seconds each on a busy 2-core runner. */
const CLI_TEST_MS = 180_000;
const BUCKET = 'sagedeck-demo-access-logs';
const cliMissing = !existsSync('/usr/bin/aws');

const findingsOf = (r: PostureReport, name: string) => Object.fromEntries(r.findings.filter((f) => f.name === name).map((f) => [f.check, f.status]));

describe('sagedeck call posture.report / compliance.report', () => {
  it.skipIf(cliMissing)('lists a bucket made public through the Debian AWS CLI on the built-in sandbox profile, and fails the compliance controls it breaks', async () => {
    // The built-in profile keeps its sandbox's state under the data dir: change it there with the AWS CLI, as a person would.
    const sandbox = await startSandbox({ port: 0, seed: 'demo', dataDir: join(cli.env.SAGEDECK_DATA_DIR!, 'sandbox') });
    try {
      const aws = async (...args: string[]) => {
        const result = await runAwsCli(args, { endpoint: sandbox.endpoint, ...sandbox.credentials });
        expect(result.code, result.stderr).toBe(0);
      };
      await aws('s3api', 'put-public-access-block', '--bucket', BUCKET, '--public-access-block-configuration', 'BlockPublicAcls=false,IgnorePublicAcls=false,BlockPublicPolicy=false,RestrictPublicBuckets=false');
      const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` }] };
      await aws('s3api', 'put-bucket-policy', '--bucket', BUCKET, '--policy', JSON.stringify(policy));
    } finally {
      await sandbox.stop();
    }

    const posture = await cli.json<PostureReport>('call', 'posture.report', '{}', '--profile', 'sandbox');
    expect(findingsOf(posture, BUCKET)).toMatchObject({ 'bucket.publicAccessBlock': 'fail', 'bucket.publicPolicy': 'fail', 'bucket.kmsEncryption': 'fail' });
    expect(findingsOf(posture, 'churn-internal-alb HTTP:80')).toMatchObject({ 'listener.tls': 'fail' });
    expect(posture.checksNotRun).toEqual([]);

    const compliance = await cli.json<ComplianceReport>('call', 'compliance.report', '{}', '--profile', 'sandbox');
    const status = Object.fromEntries(compliance.controls.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ publicAccessBlocked: 'fail', mfaProductionRoles: 'fail', backupsTested: 'fail', dataResidency: 'pass' });
    expect(compliance.accountId).toBe('111122223333');
  }, CLI_TEST_MS);

  it('works through another emulator that lacks KMS rotation and API Gateway stages, saying which checks could not run', async () => {
    cli.emulator.control.addFault({ operation: 'kms:GetKeyRotationStatus', kind: 'unknownOperation' });
    cli.emulator.control.addFault({ operation: 'apigateway:GetStages', kind: 'unknownOperation' });
    try {
      const posture = await cli.json<PostureReport>('call', 'posture.report', '{}', '--profile', 'emulator');
      expect(posture.checksNotRun).toEqual([
        { service: 'apigateway', operation: 'GetStages', cause: 'this endpoint has no GetStages operation', findings: 0 },
        // The data key and the endpoint key: one rotation check each.
        { service: 'kms', operation: 'GetKeyRotationStatus', cause: 'this endpoint has no GetKeyRotationStatus operation', findings: 2 },
      ]);
      expect(findingsOf(posture, 'alias/sagedeck-demo-data')).toEqual({ 'kmsKey.state': 'pass', 'kmsKey.rotation': 'unknown' });
      expect(posture.findings.some((f) => f.resourceKind === 'apiStage')).toBe(false);
      // The rest of the pipeline is still checked.
      expect(findingsOf(posture, 'churn-internal-alb HTTP:80')).toMatchObject({ 'listener.tls': 'fail' });
    } finally {
      cli.emulator.control.clearFaults();
    }
  }, CLI_TEST_MS);
});
