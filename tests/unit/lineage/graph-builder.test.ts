import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../../electron/core/areas/lineage/graph-builder';

const ENDPOINT_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod';
const PACKAGE_ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package/churn-prediction/3';
const MODEL = 's3://b/models/job-1/output/model.tar.gz';

describe('GraphBuilder', () => {
  it('names nodes by ARN, data by URI, with the route that opens each', () => {
    const graph = new GraphBuilder();
    graph.node({ kind: 'endpoint', key: 'churn-prod' }, { name: 'churn-prod', arn: ENDPOINT_ARN, status: 'InService' });
    graph.node({ kind: 'model-package', key: PACKAGE_ARN }, { name: 'churn-prediction/3', status: 'Approved', group: 'churn-prediction', version: 3 });
    graph.node({ kind: 'training-job', key: 'job 1' }, { status: 'Completed' });
    graph.node({ kind: 'model', key: 'churn-xgb-v3' });
    graph.link({ kind: 's3', key: 's3://b/processed/train/' }, { kind: 'training-job', key: 'job 1' }, 'description', 'InputDataConfig train');
    const built = graph.build({ kind: 'endpoint', key: 'churn-prod' }, ['description']);

    expect(built.focus).toBe(ENDPOINT_ARN);
    expect(built.nodes).toEqual([
      { id: ENDPOINT_ARN, kind: 'endpoint', name: 'churn-prod', arn: ENDPOINT_ARN, status: 'InService', href: '#/endpoints/churn-prod' },
      { id: PACKAGE_ARN, kind: 'model-package', name: 'churn-prediction/3', arn: PACKAGE_ARN, status: 'Approved', href: '#/registry/churn-prediction/3' },
      { id: 'training-job:job 1', kind: 'training-job', name: 'job 1', status: 'Completed', href: '#/training/jobs/job%201' },
      // No console screen for models: no link rather than a wrong one.
      { id: 'model:churn-xgb-v3', kind: 'model', name: 'churn-xgb-v3' },
      { id: 's3://b/processed/train/', kind: 's3', name: 's3://b/processed/train/', uri: 's3://b/processed/train/', href: '#/data?uri=s3%3A%2F%2Fb%2Fprocessed%2Ftrain%2F' },
    ]);
    expect(built.edges).toEqual([{ from: 's3://b/processed/train/', to: 'training-job:job 1', source: 'description', label: 'InputDataConfig train' }]);
    expect(built.notice).toBeUndefined();
  });

  it('keeps one node per URI (a training output is a model artifact) and one edge per pair, the description\'s', () => {
    const graph = new GraphBuilder();
    const job = { kind: 'training-job' as const, key: 'job-1' };
    graph.link({ kind: 's3', key: MODEL }, { kind: 'model-package', key: PACKAGE_ARN }, 'association', 'ContributedTo');
    graph.link(job, { kind: 'model-artifact', key: MODEL }, 'description', 'ModelArtifacts.S3ModelArtifacts');
    graph.link(job, { kind: 's3', key: MODEL }, 'association', 'Produced');
    const built = graph.build(job, ['description', 'association']);
    expect(built.nodes.filter((n) => n.uri === MODEL)).toEqual([expect.objectContaining({ id: MODEL, kind: 'model-artifact' })]);
    expect(built.edges.filter((e) => e.from === 'training-job:job-1')).toEqual([{ from: 'training-job:job-1', to: MODEL, source: 'description', label: 'ModelArtifacts.S3ModelArtifacts' }]);
  });

  it('stops at its bound, leaves out what did not fit with its edges, and says so', () => {
    const graph = new GraphBuilder(3);
    const data = { kind: 's3' as const, key: 's3://b/raw/' };
    for (let n = 0; n < 5; n += 1) graph.link(data, { kind: 'processing-job', key: `prep-${n}` }, 'description', 'ProcessingInputs raw');
    const built = graph.build(data, ['description']);
    expect(built.nodes.map((n) => n.name)).toEqual(['s3://b/raw/', 'prep-0', 'prep-1']);
    expect(built.edges).toHaveLength(2);
    expect(built.notice).toMatch(/stops at 3 nodes/);
  });
});
