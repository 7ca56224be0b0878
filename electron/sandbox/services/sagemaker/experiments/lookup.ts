import { nameFromArnOrName, sagemakerArn } from '../base/arn';
import { resourceNotFound } from '../base/errors';
import type { ExperimentRecord, TrialComponentRecord, TrialRecord } from '../base/records';
import { key, type RegionState } from '../base/state';

export function findExperiment(state: RegionState, name: string): ExperimentRecord {
  const found = state.experiments[key(nameFromArnOrName(name, 'experiment'))];
  if (!found) throw resourceNotFound(`Experiment '${sagemakerArn(state.where, 'experiment', name)}' does not exist.`);
  return found;
}

export function findTrial(state: RegionState, name: string): TrialRecord {
  const found = state.trials[key(nameFromArnOrName(name, 'experiment-trial'))];
  if (!found) throw resourceNotFound(`Trial '${sagemakerArn(state.where, 'experiment-trial', name)}' does not exist.`);
  return found;
}

export function findTrialComponent(state: RegionState, name: string): TrialComponentRecord {
  const found = state.trialComponents[key(nameFromArnOrName(name, 'experiment-trial-component'))];
  if (!found) throw resourceNotFound(`Trial component '${sagemakerArn(state.where, 'experiment-trial-component', name)}' does not exist.`);
  return found;
}
