import { describe, expect, it } from 'vitest';
import type { JobFacts, LineageSources, Listing } from '../../../electron/core/areas/lineage/facts';
import { GraphBuilder } from '../../../electron/core/areas/lineage/graph-builder';
import { walkLineage } from '../../../electron/core/areas/lineage/walk';
import type { LineageGraph } from '../../../shared/domain/lineage';

const DAY = 86_400_000;
const RAW = 's3://b/raw/customers.csv';
const TRAIN = 's3://b/processed/train/';

/** The nightly job of `day`: reads raw data at 02:00, writes processed/train/ by 03:00 unless it failed. */
function nightly(day: number, status = 'Completed'): JobFacts {
  return {
    kind: 'processing-job',
    name: `prep-${day}`,
    status,
    startMs: day * DAY + 2 * 3_600_000,
    endMs: day * DAY + 3 * 3_600_000,
    inputs: [{ label: 'ProcessingInputs raw', uri: RAW }],
    outputs: [{ label: 'ProcessingOutputConfig train', uri: TRAIN }],
  };
}

function training(day: number): JobFacts {
  return {
    kind: 'training-job',
    name: `train-${day}`,
    status: 'Completed',
    startMs: day * DAY + 9 * 3_600_000,
    endMs: day * DAY + 10 * 3_600_000,
    inputs: [{ label: 'InputDataConfig train', uri: TRAIN }],
    outputs: [],
    artifact: `s3://b/models/train-${day}/model.tar.gz`,
  };
}

/** Sources over fixed catalogs: no packages, models or endpoints, so the walk ends at model artifacts. */
function sourcesOf(processing: JobFacts[], trainings: JobFacts[]): LineageSources {
  const listing = <T>(items: T[]): Promise<Listing<T>> => Promise.resolve({ items });
  const none = () => Promise.resolve(undefined);
  return {
    endpoint: none,
    endpointConfig: none,
    model: none,
    modelPackage: none,
    trainingJob: (name) => Promise.resolve(trainings.find((j) => j.name === name)),
    processingJob: (name) => Promise.resolve(processing.find((j) => j.name === name)),
    processingJobs: () => listing(processing),
    trainingJobs: () => listing(trainings),
    modelPackages: () => listing([]),
    models: () => listing([]),
    endpointConfigs: () => listing([]),
    endpoints: () => listing([]),
    frontDoors: () => listing([]),
  };
}

async function walk(focus: Parameters<typeof walkLineage>[1], processing: JobFacts[], trainings: JobFacts[], limit?: number): Promise<LineageGraph> {
  const graph = new GraphBuilder(limit);
  await walkLineage({ sources: sourcesOf(processing, trainings), graph, nowMs: 30 * DAY }, focus);
  return graph.build(focus, ['description']);
}

const linked = (graph: LineageGraph, from: string, to: string) => graph.edges.some((e) => e.from === from && e.to === to);

describe('walkLineage', () => {
  // Day 3's run failed: day 3's training read what day 2 wrote.
  const nights = [nightly(1), nightly(2), nightly(3, 'Failed'), nightly(4)];
  const trainings = [training(3), training(5)];

  it("links a training job's input to the last good run before it, and that run to the raw data", async () => {
    const graph = await walk({ kind: 'training-job', key: 'train-3' }, nights, trainings);
    expect(linked(graph, 'processing-job:prep-2', TRAIN)).toBe(true);
    expect(linked(graph, RAW, 'processing-job:prep-2')).toBe(true);
    expect(graph.nodes.filter((n) => n.kind === 'processing-job').map((n) => n.name)).toEqual(['prep-2']);
    // Downstream the model it made; a sibling trained on the same prefix is not its lineage.
    expect(linked(graph, 'training-job:train-3', 's3://b/models/train-3/model.tar.gz')).toBe(true);
    expect(graph.nodes.some((n) => n.name === 'train-5')).toBe(false);
  });

  it("follows a run's output only to the jobs it fed", async () => {
    const fedDay3 = await walk({ kind: 'processing-job', key: 'prep-2' }, nights, trainings);
    expect(fedDay3.nodes.filter((n) => n.kind === 'training-job').map((n) => n.name)).toEqual(['train-3']);
    const fedNothing = await walk({ kind: 'processing-job', key: 'prep-1' }, nights, trainings);
    expect(fedNothing.nodes.filter((n) => n.kind === 'training-job')).toEqual([]);
    // A failed run wrote nothing: no output edge at all.
    const failed = await walk({ kind: 'processing-job', key: 'prep-3' }, nights, trainings);
    expect(failed.edges.filter((e) => e.from === 'processing-job:prep-3')).toEqual([]);
  });

  it('traces raw data forward through every reader to the models, and data asked about directly back to its last writer', async () => {
    const forward = await walk({ kind: 's3', key: 's3://b/raw/' }, nights, trainings);
    expect(forward.nodes.filter((n) => n.kind === 'processing-job').map((n) => n.name).sort()).toEqual(['prep-1', 'prep-2', 'prep-3', 'prep-4']);
    expect(linked(forward, 'processing-job:prep-4', TRAIN) && linked(forward, TRAIN, 'training-job:train-5')).toBe(true);
    expect(forward.nodes.filter((n) => n.kind === 'model-artifact')).toHaveLength(2);

    const back = await walk({ kind: 's3', key: TRAIN }, nights, trainings);
    expect(back.edges.filter((e) => e.to === TRAIN).map((e) => e.from)).toEqual(['processing-job:prep-4']);
  });

  it('keeps the nearest nodes when the graph outgrows its bound', async () => {
    const many = Array.from({ length: 40 }, (_, day) => nightly(day + 1));
    const graph = await walk({ kind: 's3', key: 's3://b/raw/' }, many, [], 10);
    expect(graph.nodes).toHaveLength(10);
    expect(graph.nodes[0]!.id).toBe('s3://b/raw/');
    expect(graph.notice).toMatch(/stops at 10 nodes/);
  });
});
