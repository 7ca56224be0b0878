import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { describe, expect, it } from 'vitest';
import { openBudgetReader } from '../../../electron/core/areas/cost/budget';
import { arnFacts } from '../../../electron/core/areas/cost/resource-arn';
import { tagResources } from '../../../electron/core/areas/cost/tag-resources';

const ACCOUNT = '111122223333';
const arn = (n: number) => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/job-${n}`;

/** A Tagging API client that records each TagResources call and refuses the ARNs in `refuse`, or fails a call outright. */
function fakeTagging(refuse: Set<string>, failCall?: number) {
  const calls: string[][] = [];
  const client = {
    send: async (command: { input: { ResourceARNList: string[] } }) => {
      calls.push(command.input.ResourceARNList);
      if (calls.length === failCall) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      const failed = command.input.ResourceARNList.filter((a) => refuse.has(a));
      return { FailedResourcesMap: Object.fromEntries(failed.map((a) => [a, { StatusCode: 400, ErrorCode: 'InvalidParameterException', ErrorMessage: 'not taggable' }])) };
    },
  };
  return { calls, client: client as unknown as ResourceGroupsTaggingAPIClient };
}

const signal = new AbortController().signal;

describe('tagging many resources', () => {
  it('sends 20 ARNs a call, reports the ones AWS refused and keeps the rest tagged', async () => {
    const arns = Array.from({ length: 45 }, (_, i) => arn(i));
    const { calls, client } = fakeTagging(new Set([arn(3), arn(40)]));
    const result = await tagResources(client, { arns, tags: { project: 'churn' } }, signal);
    expect(calls.map((c) => c.length)).toEqual([20, 20, 5]);
    expect(result.failed).toEqual([
      { arn: arn(3), code: 'InvalidParameterException', message: 'not taggable' },
      { arn: arn(40), code: 'InvalidParameterException', message: 'not taggable' },
    ]);
    expect(result.tagged).toHaveLength(43);
  });

  it('reports a chunk that failed as a whole and still sends the next', async () => {
    const arns = Array.from({ length: 41 }, (_, i) => arn(i));
    const { calls, client } = fakeTagging(new Set(), 2);
    const result = await tagResources(client, { arns, tags: { project: 'churn' } }, signal);
    expect(calls).toHaveLength(3);
    expect(result.tagged).toEqual([...arns.slice(0, 20), arns[40]]);
    expect(result.failed.map((f) => f.arn)).toEqual(arns.slice(20, 40));
    expect(result.failed[0]).toMatchObject({ code: 'ThrottlingException', message: 'Rate exceeded' });
  });
});

describe('what an ARN names', () => {
  it('gives the type, in words, and the name for each of the pipeline’s kinds', () => {
    expect(arnFacts(arn(1))).toEqual({ resourceType: 'sagemaker:training-job', typeLabel: 'Training job', name: 'job-1' });
    expect(arnFacts('arn:aws:s3:::sagedeck-demo-access-logs')).toEqual({ resourceType: 's3', typeLabel: 'S3 bucket', name: 'sagedeck-demo-access-logs' });
    expect(arnFacts(`arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/churn-internal-alb/50dc6c495c0c9188`)).toMatchObject({ typeLabel: 'Load balancer', name: 'churn-internal-alb' });
    expect(arnFacts(`arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:targetgroup/churn-inference-proxy/73e2d6bc24d8a067`)).toMatchObject({ typeLabel: 'Target group', name: 'churn-inference-proxy' });
    expect(arnFacts(`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/sagemaker/Endpoints/churn-prod:*`)).toMatchObject({ resourceType: 'logs:log-group', name: '/aws/sagemaker/Endpoints/churn-prod' });
    expect(arnFacts('arn:aws:apigateway:us-east-1::/restapis/a1b2c3')).toMatchObject({ resourceType: 'apigateway:restapis', name: 'a1b2c3' });
    expect(arnFacts(`arn:aws:scheduler:us-east-1:${ACCOUNT}:schedule/default/churn-nightly`)).toMatchObject({ typeLabel: 'Schedule', name: 'churn-nightly' });
  });
});

describe("the endpoints' budget against the forecast", () => {
  it('reads the profile budget the autoscaling guard stored and says when the forecast exceeds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sagedeck-cost-budget-'));
    try {
      writeFileSync(join(dir, 'endpoint-budgets.json'), JSON.stringify({ sandbox: 150 }));
      const budgets = openBudgetReader(dir);
      expect(await budgets.against('sandbox', 120)).toEqual({ profile: 'sandbox', monthlyUsd: 150, overBudget: false });
      expect(await budgets.against('sandbox', 168.3)).toEqual({ profile: 'sandbox', monthlyUsd: 150, overBudget: true, message: 'Forecast $168.30 exceeds the monthly budget $150.00' });
      expect(await budgets.against('sandbox', undefined)).toMatchObject({ overBudget: false });
      expect(await budgets.against('work', 1000)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
