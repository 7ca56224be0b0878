import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlarmSummary } from '../../../shared/domain/alarms';
import { runCli } from '../../support/cli-process';

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sagedeck-alarms-cli-'));
  env = {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    SAGEDECK_DATA_DIR: join(dir, 'data'),
  };
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sagedeck call alarms.list', () => {
  it("prints the built-in sandbox's alarms with their states, worst first", async () => {
    const result = await runCli(env, 'call', 'alarms.list', '{}', '--profile', 'sandbox');
    expect(result.code, result.stderr).toBe(0);
    const alarms = (JSON.parse(result.stdout) as { items: AlarmSummary[] }).items;
    // The demo seed: churn-prod's three alarms and its target-tracking policy's two.
    const [scaling, own] = [alarms.filter((a) => a.managedBy === 'autoscaling'), alarms.filter((a) => a.managedBy === undefined)];
    expect(own.map((a) => a.name).sort()).toEqual(['churn-prod-5xx-errors', 'churn-prod-invocations-low', 'churn-prod-model-latency-p99']);
    expect(scaling.map((a) => a.name).sort()).toEqual([
      expect.stringMatching(/^TargetTracking-endpoint\/churn-prod\/variant\/AllTraffic-AlarmHigh-/),
      expect.stringMatching(/^TargetTracking-endpoint\/churn-prod\/variant\/AllTraffic-AlarmLow-/),
    ]);
    expect(alarms.every((a) => ['ALARM', 'INSUFFICIENT_DATA', 'OK'].includes(a.state) && a.resource.kind === 'variant')).toBe(true);
    const rank = { ALARM: 0, INSUFFICIENT_DATA: 1, OK: 2 };
    expect(alarms.map((a) => rank[a.state])).toEqual(alarms.map((a) => rank[a.state]).sort((a, b) => a - b));
  }, 120_000);
});
