import type { LineageType } from '@aws-sdk/client-sagemaker';
import { resourceNotFound } from '../base/errors';
import { key, type RegionState } from '../base/state';
import { lineageOf } from './store';

/** Any entity an association can join, seen the same way whatever it is stored as. */
export interface LineageEntity {
  arn: string;
  /** TrialComponent, Artifact, Context or Action; experiments have none. */
  lineageType?: LineageType;
  /** ArtifactType, ContextType, ActionType, or the job kind a trial component stands for. */
  type?: string;
  name?: string;
  createdMs: number;
  lastModifiedMs: number;
  properties: Record<string, string>;
}

/** AssociationEntityArn in SageMaker's model: these five kinds only. */
export const ASSOCIATION_ENTITY_ARN = 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:(experiment|experiment-trial-component|artifact|action|context)/.*';

/** The job kind a trial component stands for, as QueryLineage's Types filter names it (TrainingJob…). */
const JOB_TYPES: Record<string, string> = {
  SageMakerTrainingJob: 'TrainingJob',
  SageMakerProcessingJob: 'ProcessingJob',
  SageMakerTransformJob: 'TransformJob',
};

function parse(arn: string): { kind: string; name: string } | undefined {
  const match = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:[0-9]{12}:([a-z-]+)\/(.+)$/.exec(arn);
  return match ? { kind: match[1] ?? '', name: match[2] ?? '' } : undefined;
}

/** The entity an ARN names in this region, or undefined when there is none. */
export function findEntity(state: RegionState, arn: string): LineageEntity | undefined {
  const parsed = parse(arn);
  if (!parsed) return undefined;
  const lineage = lineageOf(state);
  switch (parsed.kind) {
    case 'artifact': {
      const a = lineage.artifacts[arn.toLowerCase()];
      return a && { arn: a.arn, lineageType: 'Artifact', type: a.type, ...(a.name ? { name: a.name } : {}), createdMs: a.createdMs, lastModifiedMs: a.lastModifiedMs, properties: a.properties };
    }
    case 'action':
    case 'context': {
      const r = (parsed.kind === 'action' ? lineage.actions : lineage.contexts)[key(parsed.name)];
      return r && { arn: r.arn, lineageType: parsed.kind === 'action' ? 'Action' : 'Context', type: r.type, name: r.name, createdMs: r.createdMs, lastModifiedMs: r.lastModifiedMs, properties: r.properties };
    }
    case 'experiment-trial-component': {
      const tc = state.trialComponents[key(parsed.name)];
      const type = tc?.source ? JOB_TYPES[tc.source.SourceType] : undefined;
      return tc && { arn: tc.arn, lineageType: 'TrialComponent', ...(type ? { type } : {}), name: tc.name, createdMs: tc.createdMs, lastModifiedMs: tc.lastModifiedMs, properties: {} };
    }
    case 'experiment': {
      const e = state.experiments[key(parsed.name)];
      return e && { arn: e.arn, name: e.name, createdMs: e.createdMs, lastModifiedMs: e.lastModifiedMs, properties: {} };
    }
    default:
      return undefined;
  }
}

const NOUNS: Record<string, string> = {
  artifact: 'Artifact',
  action: 'Action',
  context: 'Context',
  'experiment-trial-component': 'Trial component',
  experiment: 'Experiment',
};

/** ResourceNotFound worded as the experiment APIs word it: "Artifact '<arn>' does not exist." */
export function requireEntity(state: RegionState, arn: string): LineageEntity {
  const found = findEntity(state, arn);
  if (found) return found;
  throw resourceNotFound(`${NOUNS[parse(arn)?.kind ?? ''] ?? 'Entity'} '${arn}' does not exist.`);
}
