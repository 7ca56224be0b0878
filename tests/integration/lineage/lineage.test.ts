import { DescribeEndpointCommand, DescribeModelCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NO_LINEAGE_API } from '../../../electron/core/areas/lineage/associations';
import type { LineageGraph } from '../../../shared/domain/lineage';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';
import { DATA_BUCKET, kindsAlong, nightlyJob, nodeNamed, nodesOf, pathBetween } from './lineage-graph';

let world: EndpointsWorld;
let now: number;

beforeAll(async () => {
  world = await startEndpointsWorld();
  now = world.clock.now();
});

afterAll(async () => {
  await world.close();
});

beforeEach(() => {
  world.sandbox.control.clearFaults();
});

const lineage = (input: { resource: string; kind?: string }) => world.ok<LineageGraph>('lineage.get', input);
const totalCalls = () => Object.values(world.sandboxCounters()).reduce((sum, n) => sum + n, 0);

/** The demo serves version 3, trained 9 days ago from what the nightly job 10 days ago wrote (9 days ago's failed). */
/**
 * `endpointStatus`: what DescribeEndpoint says. Once a test has moved the sandbox clock, Auto
 * Scaling may be scaling churn-prod in (the demo's traffic depends on the hour), so it is Updating.
 */
function expectChurnProdChain(graph: LineageGraph, endpointStatus = 'InService'): void {
  const endpoint = nodeNamed(graph, 'endpoint', 'churn-prod');
  expect(endpoint).toMatchObject({ status: endpointStatus, href: '#/endpoints/churn-prod', arn: expect.stringContaining(':endpoint/churn-prod') });
  expect(nodeNamed(graph, 'model-package', 'churn-prediction/3')).toMatchObject({ status: 'Approved', href: '#/registry/churn-prediction/3' });
  const producer = nodeNamed(graph, 'processing-job', nightlyJob(now, 10));
  expect(producer).toMatchObject({ status: 'Completed', href: `#/processing/jobs/${producer.name}` });
  const raw = nodeNamed(graph, 's3', `${DATA_BUCKET}/raw/customers.csv`);
  expect(raw.href).toBe(`#/data?uri=${encodeURIComponent(raw.uri!)}`);

  // From the raw data to the endpoint through descriptions alone, in the order of the pipeline.
  const path = pathBetween(graph, raw.id, endpoint.id, 'description');
  expect(path && kindsAlong(graph, path)).toEqual(['s3', 'processing-job', 's3', 'training-job', 'model-artifact', 'model-package', 'model', 'endpoint-config', 'endpoint']);
  const training = graph.nodes.find((n) => n.id === path![3])!;
  expect(training).toMatchObject({ kind: 'training-job', status: 'Completed', href: `#/training/jobs/${training.name}` });
  expect(graph.nodes.find((n) => n.id === path![2])!.uri).toBe(`${DATA_BUCKET}/processed/train/`);
  // The night after failed and wrote nothing: the descriptions do not link it to anything.
  const failed = graph.nodes.find((n) => n.name === nightlyJob(now, 9));
  if (failed) expect(graph.edges.filter((e) => e.source === 'description' && (e.from === failed.id || e.to === failed.id))).toEqual([]);
}

describe('lineage.get on the demo seed', () => {
  it('traces churn-prod by name back to the raw data, through its training and processing jobs, in a bounded number of calls', async () => {
    world.sandbox.control.resetCounters();
    const graph = await lineage({ resource: 'churn-prod' });
    const calls = totalCalls();

    expectChurnProdChain(graph);
    expect(graph.focus).toBe(nodeNamed(graph, 'endpoint', 'churn-prod').id);
    expect(graph.sources).toEqual(['description', 'association']);
    // AWS's own associations are merged: the deployment's ContributedTo edges name the package.
    expect(graph.edges.some((e) => e.source === 'association' && e.label === 'ContributedTo')).toBe(true);
    expect(graph.nodes.length).toBeLessThanOrEqual(300);
    expect(calls, JSON.stringify(world.sandboxCounters())).toBeLessThanOrEqual(60);
  });

  it('draws the REST API and the load balancer in front of churn-prod, each linking to its page; without API Gateway the API goes with a notice', async () => {
    const graph = await lineage({ resource: 'churn-prod' });
    const endpoint = nodeNamed(graph, 'endpoint', 'churn-prod');
    const api = nodeNamed(graph, 'api', 'churn-api');
    expect(api.href).toMatch(/^#\/api\/apis\/[a-z0-9]{10}$/);
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: endpoint.id, to: api.id, label: 'Integration uri', source: 'description' }));
    const balancer = nodeNamed(graph, 'load-balancer', 'churn-internal-alb');
    expect(balancer).toMatchObject({ status: 'active', href: '#/api/load-balancers/churn-internal-alb' });
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: endpoint.id, to: balancer.id, label: 'Tag sagedeck:endpoint' }));

    // The front doors are kept a minute like every catalog: past that, an endpoint without API Gateway.
    await world.timers.advance(61_000);
    world.sandbox.control.addFault({ operation: 'apigateway:*', kind: 'unknownOperation' });
    const without = await lineage({ resource: 'churn-prod' });
    expect(nodesOf(without, 'api')).toEqual([]);
    expect(nodeNamed(without, 'load-balancer', 'churn-internal-alb')).toBeDefined();
    expect(without.notice).toContain('REST APIs could not be read here');
  });

  it('finds the same chain from the endpoint ARN, the model name and the model version', async () => {
    const { EndpointArn: endpointArn, EndpointStatus: status } = await world.sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn-prod' }));
    const byArn = await lineage({ resource: endpointArn! });
    expect(byArn.focus).toBe(endpointArn);
    expectChurnProdChain(byArn, status);

    const byModel = await lineage({ resource: 'churn-xgb-v3' });
    expect(nodesOf(byModel, 'model').find((n) => n.id === byModel.focus)?.name).toBe('churn-xgb-v3');
    expectChurnProdChain(byModel, status);

    const byVersion = await lineage({ resource: 'churn-prediction/3' });
    expect(byVersion.nodes.find((n) => n.id === byVersion.focus)).toMatchObject({ kind: 'model-package', name: 'churn-prediction/3' });
    expectChurnProdChain(byVersion, status);
  });

  it('follows the raw data prefix forward to churn-prod', async () => {
    world.sandbox.control.resetCounters();
    const graph = await lineage({ resource: `${DATA_BUCKET}/raw/` });
    expect(graph.nodes.find((n) => n.id === graph.focus)).toMatchObject({ kind: 's3', uri: `${DATA_BUCKET}/raw/` });
    const endpoint = nodeNamed(graph, 'endpoint', 'churn-prod');
    const path = pathBetween(graph, graph.focus, endpoint.id, 'description');
    expect(path && kindsAlong(graph, path)).toEqual(['s3', 'processing-job', 's3', 'training-job', 'model-artifact', 'model-package', 'model', 'endpoint-config', 'endpoint']);
    // Every nightly job read raw data; the one that failed fed nothing downstream.
    const failed = nodeNamed(graph, 'processing-job', nightlyJob(now, 9));
    expect(failed.status).toBe('Failed');
    expect(graph.edges.filter((e) => e.from === failed.id)).toEqual([]);
    expect(totalCalls(), JSON.stringify(world.sandboxCounters())).toBeLessThanOrEqual(60);
  });

  it('reads a model artifact URI as the training job\'s output and goes both ways from it', async () => {
    const model = await world.sagemaker.send(new DescribeModelCommand({ ModelName: 'churn-xgb-v3' }));
    const artifact = model.PrimaryContainer!.ModelDataUrl!;
    const graph = await lineage({ resource: artifact });
    expect(graph.nodes.find((n) => n.id === graph.focus)).toMatchObject({ kind: 'model-artifact', uri: artifact });
    const training = nodesOf(graph, 'training-job').find((job) => graph.edges.some((e) => e.from === job.id && e.to === graph.focus && e.source === 'description'));
    expect(training?.status).toBe('Completed');
    expect(pathBetween(graph, graph.focus, nodeNamed(graph, 'endpoint', 'churn-prod').id, 'description')).toBeDefined();
    expect(pathBetween(graph, nodeNamed(graph, 's3', `${DATA_BUCKET}/raw/customers.csv`).id, graph.focus, 'description')).toBeDefined();
  });

  it('goes both ways from a training job in the middle of the chain', async () => {
    const artifactGraph = await lineage({ resource: 'churn-prediction/3' });
    const trainingName = nodesOf(artifactGraph, 'training-job').find((job) => pathBetween(artifactGraph, job.id, artifactGraph.focus, 'description'))!.name;
    const graph = await lineage({ resource: trainingName, kind: 'training-job' });
    const focus = graph.nodes.find((n) => n.id === graph.focus)!;
    expect(focus).toMatchObject({ kind: 'training-job', name: trainingName });
    expect(pathBetween(graph, nodeNamed(graph, 'processing-job', nightlyJob(now, 10)).id, focus.id, 'description')).toBeDefined();
    expect(pathBetween(graph, focus.id, nodeNamed(graph, 'endpoint', 'churn-prod').id, 'description')).toBeDefined();
  });

  it('says what it tried when nothing has the name, and refuses an ARN of a kind it does not trace', async () => {
    const missing = await world.fail('lineage.get', { resource: 'churn-nowhere' });
    expect(missing.code).toBe('ResourceNotFound');
    expect(missing.message).toMatch(/churn-nowhere.*an endpoint, a model, an endpoint config, a training job or a processing job/);

    const onlyJobs = await world.fail('lineage.get', { resource: 'churn-prod', kind: 'training-job' });
    expect(onlyJobs.message).toMatch(/a training job of that name/);

    const topic = await world.fail('lineage.get', { resource: 'arn:aws:sns:us-east-1:111122223333:alerts' });
    expect(topic.code).toBe('InvalidInput');
  });

  it('draws from descriptions alone, with a plain notice, where the endpoint lacks the lineage API', async () => {
    world.sandbox.control.addFault({ operation: 'sagemaker:ListContexts', kind: 'unknownOperation' });
    world.sandbox.control.addFault({ operation: 'sagemaker:QueryLineage', kind: 'unknownOperation' });
    const graph = await lineage({ resource: 'churn-prod' });
    expect(graph.sources).toEqual(['description']);
    expect(graph.notice).toContain(NO_LINEAGE_API);
    expect(graph.edges.every((e) => e.source === 'description')).toBe(true);
    expectChurnProdChain(graph, (await world.endpoint()).EndpointStatus);
  });
});
