import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_LINEAGE_API } from '../../../electron/core/areas/lineage/associations';
import { NO_SEARCH } from '../../../electron/core/areas/lineage/catalogs';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import type { LineageGraph } from '../../../shared/domain/lineage';
import { startCliEmulatorHome, type CliEmulatorHome } from '../../support/cli-emulator-home';
import { runCli } from '../../support/cli-process';
import { DATA_BUCKET, kindsAlong, nodeNamed, pathBetween } from './lineage-graph';

let home: CliEmulatorHome;
let env: NodeJS.ProcessEnv;
let emulator: RunningSandbox;

beforeAll(async () => {
  home = await startCliEmulatorHome('sagedeck-lineage-cli-');
  ({ env, emulator } = home);
});

afterAll(async () => {
  await home.close();
});

async function lineage(profile: string): Promise<LineageGraph> {
  const result = await runCli(env, 'call', 'lineage.get', '{"resource":"churn-prod"}', '--profile', profile);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as LineageGraph;
}

/** churn-prod's chain reaches a completed training job and, before it, the raw data it came from. */
function expectTrainedOnRawData(graph: LineageGraph): void {
  const endpoint = nodeNamed(graph, 'endpoint', 'churn-prod');
  const raw = nodeNamed(graph, 's3', `${DATA_BUCKET}/raw/customers.csv`);
  const path = pathBetween(graph, raw.id, endpoint.id, 'description');
  expect(path && kindsAlong(graph, path)).toEqual(['s3', 'processing-job', 's3', 'training-job', 'model-artifact', 'model-package', 'model', 'endpoint-config', 'endpoint']);
  const training = graph.nodes.find((n) => n.id === path![3])!;
  expect(training).toMatchObject({ status: 'Completed', arn: expect.stringContaining(`:training-job/${training.name}`) });
  expect(graph.nodes.find((n) => n.id === path![2])).toMatchObject({ kind: 's3', uri: `${DATA_BUCKET}/processed/train/` });
}

describe('sagedeck call lineage.get', () => {
  it("prints churn-prod's chain on the built-in sandbox profile, with AWS's associations", async () => {
    const graph = await lineage('sandbox');
    expectTrainedOnRawData(graph);
    expect(graph.sources).toEqual(['description', 'association']);
  });

  it('derives the chain from descriptions alone through a profile whose endpoint_url is an emulator without Search or the lineage API', async () => {
    for (const operation of ['Search', 'QueryLineage', 'ListContexts', 'ListArtifacts', 'ListActions', 'ListAssociations']) {
      emulator.control.addFault({ operation: `sagemaker:${operation}`, kind: 'unknownOperation' });
    }
    emulator.control.resetCounters();
    const graph = await lineage('emulator');
    expectTrainedOnRawData(graph);
    expect(graph.sources).toEqual(['description']);
    expect(graph.notice).toContain(NO_SEARCH);
    expect(graph.notice).toContain(NO_LINEAGE_API);

    // Only operations AWS has; the refused ones tried once each at most.
    const calls = emulator.control.counters();
    expect(calls['sagemaker:Search'] ?? 0).toBeLessThanOrEqual(2);
    expect(calls['sagemaker:ListContexts']).toBe(1);
    expect(calls['sagemaker:QueryLineage']).toBeUndefined();
    // Without Search every recent training job is described on its own: still a bounded read.
    expect(Object.values(calls).reduce((sum, n) => sum + n, 0), JSON.stringify(calls)).toBeLessThanOrEqual(60);
  });
});
