import type { lineageRequests, lineageStreams } from '../../../../shared/contract/lineage';
import type { LineageGraph } from '../../../../shared/domain/lineage';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** lineage.get: answers the graph set for a resource in `graphs` (keyed by the resource asked). */
export class FakeLineage {
  graphs = new Map<string, LineageGraph>();

  readonly requests: RequestHandlersOf<typeof lineageRequests> = {
    'lineage.get': async (input) => {
      const graph = this.graphs.get(input.resource);
      if (!graph)
        throw new SageDeckError({
          code: 'ResourceNotFound',
          message: `Nothing called ${input.resource} was found.`,
          retryable: false,
        });
      return structuredClone(graph);
    },
  };
  readonly streams: StreamHandlersOf<typeof lineageStreams> = {};
}

const DEMO_ACCOUNT = '123456789012';
const sagemakerArn = (type: string, name: string) => `arn:aws:sagemaker:us-east-1:${DEMO_ACCOUNT}:${type}/${name}`;

/**
 * The demo seed's chain as lineage.get would answer it for `churn-prod`: raw data → preprocessing →
 * processed prefix → training (with its image) → model artifacts → model version → model → endpoint
 * config → endpoint; the raw data also fed an exploration job, which is off the endpoint's path.
 * The preprocessing → training link is an AWS association, the rest come from descriptions.
 */
export function churnProdLineage(): LineageGraph {
  const raw = 's3://sagedeck-demo-data/churn/raw/';
  const processed = 's3://sagedeck-demo-data/churn/processed/train/';
  const artifacts = 's3://sagedeck-demo-models/churn-train-3/output/model.tar.gz';
  const node = (
    id: string,
    kind: LineageGraph['nodes'][number]['kind'],
    name: string,
    extra: Partial<LineageGraph['nodes'][number]> = {},
  ) => ({ id, kind, name, ...extra });
  const nodes: LineageGraph['nodes'] = [
    node(raw, 's3', raw, { uri: raw, href: `#/data?uri=${encodeURIComponent(raw)}` }),
    node(sagemakerArn('processing-job', 'churn-preprocess'), 'processing-job', 'churn-preprocess', {
      status: 'Completed',
      href: '#/processing/jobs/churn-preprocess',
    }),
    node(sagemakerArn('processing-job', 'churn-explore'), 'processing-job', 'churn-explore', {
      status: 'Failed',
      href: '#/processing/jobs/churn-explore',
    }),
    node(processed, 's3', processed, { uri: processed, href: `#/data?uri=${encodeURIComponent(processed)}` }),
    node('683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', 'image', 'sagemaker-xgboost:1.7-1'),
    node(sagemakerArn('training-job', 'churn-train-3'), 'training-job', 'churn-train-3', {
      status: 'Completed',
      href: '#/training/jobs/churn-train-3',
    }),
    node(artifacts, 'model-artifact', artifacts, {
      uri: artifacts,
      href: `#/data?uri=${encodeURIComponent(artifacts)}`,
    }),
    node(sagemakerArn('model-package', 'churn-prediction/3'), 'model-package', 'churn-prediction/3', {
      status: 'Approved',
      href: '#/registry/churn-prediction/3',
    }),
    node(sagemakerArn('model', 'churn-model-3'), 'model', 'churn-model-3'),
    node(sagemakerArn('endpoint-config', 'churn-prod-config-3'), 'endpoint-config', 'churn-prod-config-3'),
    node(sagemakerArn('endpoint', 'churn-prod'), 'endpoint', 'churn-prod', {
      status: 'InService',
      href: '#/endpoints/churn-prod',
    }),
  ].map((entry) => ({ ...entry, arn: entry.id.startsWith('arn:') ? entry.id : undefined }));
  const id = (name: string) => nodes.find((entry) => entry.name === name)!.id;
  const edge = (from: string, to: string, source: 'description' | 'association' = 'description', label?: string) => ({
    from: id(from),
    to: id(to),
    source,
    ...(label ? { label } : {}),
  });
  return {
    focus: id('churn-prod'),
    nodes,
    edges: [
      edge(raw, 'churn-preprocess', 'description', 'ProcessingInputs'),
      edge(raw, 'churn-explore', 'description', 'ProcessingInputs'),
      edge('churn-preprocess', processed, 'description', 'ProcessingOutputConfig'),
      edge(processed, 'churn-train-3', 'description', 'InputDataConfig'),
      edge('churn-preprocess', 'churn-train-3', 'association', 'ContributedTo'),
      edge('sagemaker-xgboost:1.7-1', 'churn-train-3', 'description', 'AlgorithmSpecification'),
      edge('churn-train-3', artifacts, 'description', 'ModelArtifacts'),
      edge(artifacts, 'churn-prediction/3', 'description', 'ModelDataUrl'),
      edge('churn-prediction/3', 'churn-model-3', 'description', 'ModelPackageName'),
      edge('churn-model-3', 'churn-prod-config-3', 'description', 'ProductionVariants'),
      edge('churn-prod-config-3', 'churn-prod', 'description', 'EndpointConfigName'),
    ],
    sources: ['description', 'association'],
  };
}
