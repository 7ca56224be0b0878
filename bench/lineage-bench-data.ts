import type { LineageEdge, LineageGraph, LineageKind, LineageNode } from '../shared/domain/lineage';

/*
 * A 200-node lineage graph shaped like a busy account's pipeline, the same every time: raw data
 * prefixes → processing jobs → their output prefixes → training jobs → model artifacts → model
 * package versions → models → endpoint configs → endpoints, with AWS associations from training
 * jobs to the versions they contributed to. Browser-safe: bundled into both bench pages.
 */

const ACCOUNT = 'arn:aws:sagemaker:us-east-1:111122223333';
const BUCKET = 's3://sagedeck-bench';

/** Each stage in reading order with how many of it the graph holds (200 in all). */
export const STAGES: readonly { kind: LineageKind; count: number }[] = [
  { kind: 's3', count: 12 },
  { kind: 'processing-job', count: 22 },
  { kind: 's3', count: 26 },
  { kind: 'training-job', count: 40 },
  { kind: 'model-artifact', count: 40 },
  { kind: 'model-package', count: 26 },
  { kind: 'model', count: 16 },
  { kind: 'endpoint-config', count: 10 },
  { kind: 'endpoint', count: 8 },
];
const [, PROCESSING, PREPARED, TRAINING, ARTIFACT, PACKAGE, MODEL, CONFIG, ENDPOINT] = STAGES.map((stage) => stage.count) as [number, number, number, number, number, number, number, number, number];

const pad = (n: number) => String(n).padStart(2, '0');

function node(stage: number, index: number): LineageNode {
  const n = pad(index);
  switch (stage) {
    case 0:
      return { id: `${BUCKET}/raw/source-${n}/`, kind: 's3', name: `${BUCKET}/raw/source-${n}/`, uri: `${BUCKET}/raw/source-${n}/`, href: `#/data/sagedeck-bench/raw/source-${n}/` };
    case 1:
      return job('processing-job', `prep-churn-${n}`, index % 9 === 8 ? 'Failed' : 'Completed');
    case 2:
      return { id: `${BUCKET}/prepared/set-${n}/`, kind: 's3', name: `${BUCKET}/prepared/set-${n}/`, uri: `${BUCKET}/prepared/set-${n}/`, href: `#/data/sagedeck-bench/prepared/set-${n}/` };
    case 3:
      return job('training-job', `train-churn-${n}`, index % 10 === 9 ? 'Failed' : index === TRAINING - 1 ? 'InProgress' : 'Completed');
    case 4: {
      const uri = `${BUCKET}/models/train-churn-${n}/output/model.tar.gz`;
      return { id: uri, kind: 'model-artifact', name: uri, uri };
    }
    case 5: {
      const name = `churn-models/${index + 1}`;
      const status = index % 4 === 0 ? 'Rejected' : index % 4 === 1 ? 'PendingManualApproval' : 'Approved';
      return { id: `${ACCOUNT}:model-package/${name}`, kind: 'model-package', name, arn: `${ACCOUNT}:model-package/${name}`, status, href: `#/registry/churn-models/${index + 1}` };
    }
    case 6:
      return { id: `${ACCOUNT}:model/churn-model-${n}`, kind: 'model', name: `churn-model-${n}`, arn: `${ACCOUNT}:model/churn-model-${n}` };
    case 7:
      return { id: `${ACCOUNT}:endpoint-config/churn-config-${n}`, kind: 'endpoint-config', name: `churn-config-${n}`, arn: `${ACCOUNT}:endpoint-config/churn-config-${n}` };
    default:
      return {
        id: `${ACCOUNT}:endpoint/churn-${n}`,
        kind: 'endpoint',
        name: `churn-${n}`,
        arn: `${ACCOUNT}:endpoint/churn-${n}`,
        status: index === ENDPOINT - 1 ? 'Updating' : 'InService',
        href: `#/endpoints/churn-${n}`,
      };
  }
}

function job(kind: 'processing-job' | 'training-job', name: string, status: string): LineageNode {
  const arn = `${ACCOUNT}:${kind}/${name}`;
  return { id: arn, kind, name, arn, status, href: `#/${kind === 'training-job' ? 'training' : 'processing'}/jobs/${name}` };
}

/** The graph, focused on the first endpoint (whose path back to its data the console highlights). */
export function benchLineage(): LineageGraph {
  const stages = STAGES.map((stage, s) => Array.from({ length: stage.count }, (_, index) => node(s, index)));
  const id = (stage: number, index: number) => stages[stage]![index % stages[stage]!.length]!.id;
  const edges: LineageEdge[] = [];
  const link = (from: string, to: string, label: string, source: LineageEdge['source'] = 'description') => edges.push({ from, to, source, label });
  for (let j = 0; j < PROCESSING; j++) {
    link(id(0, j), id(1, j), 'ProcessingInputs');
    if (j % 3 === 0) link(id(0, j + 5), id(1, j), 'ProcessingInputs');
  }
  for (let p = 0; p < PREPARED; p++) link(id(1, p % PROCESSING), id(2, p), 'ProcessingOutputConfig');
  for (let t = 0; t < TRAINING; t++) {
    link(id(2, t), id(3, t), 'InputDataConfig train');
    link(id(2, t + 7), id(3, t), 'InputDataConfig validation');
    link(id(3, t), id(4, t), 'ModelArtifacts');
  }
  for (let k = 0; k < PACKAGE; k++) {
    const artifact = Math.floor((k * ARTIFACT) / PACKAGE);
    link(id(4, artifact), id(5, k), 'ModelDataUrl');
    if (k % 4 !== 3) link(id(3, artifact), id(5, k), 'ContributedTo', 'association');
  }
  for (let m = 0; m < MODEL; m++) link(id(5, PACKAGE - MODEL + m), id(6, m), 'ModelPackageName');
  for (let c = 0; c < CONFIG; c++) link(id(6, c), id(7, c), 'ProductionVariants');
  for (let m = CONFIG; m < MODEL; m++) link(id(6, m), id(7, m - CONFIG), 'ProductionVariants');
  for (let e = 0; e < ENDPOINT; e++) link(id(7, e), id(8, e), 'EndpointConfigName');
  return { focus: id(8, 0), nodes: stages.flat(), edges, sources: ['description', 'association'] };
}
