import type { TableProps } from '@cloudscape-design/components/table';

/*
 * Which columns of an experiment's runs table are shown, in which order: a preference of this
 * machine, kept in localStorage per experiment (experiments differ in their parameters).
 */

export type ColumnDisplay = TableProps.ColumnDisplayProperties[];

const storageKey = (experiment: string) => `sagedeck.experiments.columns.${experiment}`;

export function loadColumnDisplay(experiment: string): ColumnDisplay | undefined {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(experiment)) ?? 'null');
    if (!Array.isArray(parsed)) return undefined;
    return parsed.filter(
      (entry): entry is { id: string; visible: boolean } =>
        typeof entry?.id === 'string' && typeof entry?.visible === 'boolean',
    );
  } catch {
    return undefined;
  }
}

export function saveColumnDisplay(experiment: string, display: readonly TableProps.ColumnDisplayProperties[]): void {
  try {
    window.localStorage.setItem(storageKey(experiment), JSON.stringify(display));
  } catch {
    // A full or disabled storage costs the preference, not the table.
  }
}

/** Parameter columns shown before the user picks: enough to compare, not a wall of them. */
const DEFAULT_PARAMETER_COLUMNS = 12;

/** What SageMaker records about the job itself (`SageMaker.ImageUri`, `SageMaker.InstanceType`…), not a hyperparameter. */
const isJobSetting = (id: string) => id.startsWith('param:SageMaker.');

/**
 * The stored order and visibility for the columns that still exist, then any new column (a metric
 * recorded since) shown at the end; without a stored choice, every column but SageMaker's own job
 * settings and the hyperparameters beyond the first dozen (all of them a click away in the picker).
 */
export function columnDisplay(ids: readonly string[], stored: ColumnDisplay | undefined): ColumnDisplay {
  if (stored) {
    const known = stored.filter((entry) => ids.includes(entry.id));
    const added = ids.filter((id) => !known.some((entry) => entry.id === id)).map((id) => ({ id, visible: true }));
    return [...known, ...added];
  }
  let parameters = 0;
  return ids.map((id) => ({
    id,
    visible: !id.startsWith('param:') || (!isJobSetting(id) && ++parameters <= DEFAULT_PARAMETER_COLUMNS),
  }));
}
