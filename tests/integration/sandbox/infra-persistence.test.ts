import { CloudWatchClient, ListDashboardsCommand, PutDashboardCommand } from '@aws-sdk/client-cloudwatch';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import { fakeCounterService, startTestSandbox, tempDir } from './support';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir('sagedeck-sandbox-data-');
});
afterEach(() => dir.remove());

const modules = [createStsModule, fakeCounterService];

describe('persistence with a data dir', () => {
  it('restores service state and issued credentials after stop/start, and does not seed again', async () => {
    const first = await startTestSandbox({ modules, dataDir: dir.path, seed: 'demo' });
    const cw = new CloudWatchClient(first.config);
    await cw.send(new PutDashboardCommand({ DashboardName: 'a', DashboardBody: '{}' }));
    await cw.send(new PutDashboardCommand({ DashboardName: 'b', DashboardBody: '{}' }));
    const role = await new STSClient(first.config).send(
      new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::444455556666:role/Ops', RoleSessionName: 'keep' }),
    );
    await first.stop();

    expect(readdirSync(dir.path).sort()).toEqual(['monitoring-awsJson1_0.json', 'sandbox-credentials.json']);

    const second = await startTestSandbox({ modules, dataDir: dir.path, seed: 'demo' });
    try {
      const listed = await new CloudWatchClient(second.config).send(new ListDashboardsCommand({}));
      expect(listed.DashboardEntries?.[0]?.DashboardName).toBe('value-2-seeded-1');
      const issued = {
        accessKeyId: role.Credentials?.AccessKeyId ?? '',
        secretAccessKey: role.Credentials?.SecretAccessKey ?? '',
        sessionToken: role.Credentials?.SessionToken ?? '',
      };
      const who = await new STSClient(second.configWith(issued)).send(new GetCallerIdentityCommand({}));
      expect(who.Arn).toBe('arn:aws:sts::444455556666:assumed-role/Ops/keep');
    } finally {
      await second.stop();
    }
  });

  it('saves soon after a mutation, before any stop', async () => {
    const running = await startTestSandbox({ modules, dataDir: dir.path });
    try {
      await new CloudWatchClient(running.config).send(
        new PutDashboardCommand({ DashboardName: 'a', DashboardBody: '{}' }),
      );
      const { readFileSync } = await import('node:fs');
      await expect
        .poll(() => JSON.parse(readFileSync(`${dir.path}/monitoring-awsJson1_0.json`, 'utf8')) as unknown, {
          timeout: 5000,
          interval: 50,
        })
        .toEqual({ value: 1, seeded: 0 });
      expect(readdirSync(dir.path).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      await running.stop();
    }
  });
});
