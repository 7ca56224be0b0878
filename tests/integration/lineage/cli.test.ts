import { describe, expect, it } from 'vitest';
import { NO_LINEAGE_API } from '../../../electron/core/areas/lineage/associations';
import { NO_SEARCH } from '../../../electron/core/areas/lineage/catalogs';
import type { LineageGraph } from '../../../shared/domain/lineage';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';
import { DATA_BUCKET, kindsAlong, nodeNamed, pathBetween } from './lineage-graph';

const cli = useCliEmulatorHome('sagedeck-lineage-cli-');

async function lineage(profile: string): Promise<LineageGraph> {
  return cli.json<LineageGraph>('call', 'lineage.get', '{"resource":"churn-prod"}', '--profile', profile);
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
      cli.emulator.control.addFault({ operation: `sagemaker:${operation}`, kind: 'unknownOperation' });
    }
    cli.emulator.control.resetCounters();
    const graph = await lineage('emulator');
    expectTrainedOnRawData(graph);
    expect(graph.sources).toEqual(['description']);
    expect(graph.notice).toContain(NO_SEARCH);
    expect(graph.notice).toContain(NO_LINEAGE_API);

    // Only operations AWS has; the refused ones tried once each at most.
    const calls = cli.emulator.control.counters();
    expect(calls['sagemaker:Search'] ?? 0).toBeLessThanOrEqual(2);
    expect(calls['sagemaker:ListContexts']).toBe(1);
    expect(calls['sagemaker:QueryLineage']).toBeUndefined();
    // Without Search every recent training job is described on its own: still a bounded read.
    expect(Object.values(calls).reduce((sum, n) => sum + n, 0), JSON.stringify(calls)).toBeLessThanOrEqual(60);
  });
});
