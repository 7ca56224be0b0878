import type { TagSource, TaggedResource } from '../../types';
import { notFound } from './errors';
import type { BackupStore, RegionState } from './model';

function taggable(state: RegionState): { arn: string; resourceType: string }[] {
  return [
    ...Object.values(state.vaults).map((v) => ({ arn: v.arn, resourceType: 'backup:backup-vault' })),
    ...Object.values(state.plans).filter((p) => p.deletedMs === undefined).map((p) => ({ arn: p.arn, resourceType: 'backup:backup-plan' })),
    ...Object.keys(state.recoveryPoints).map((arn) => ({ arn, resourceType: 'backup:recovery-point' })),
  ];
}

/** Vaults, plans and recovery points for the Resource Groups Tagging API (`bus.tags`). */
export function backupTagSource(store: BackupStore): TagSource {
  const held = (state: RegionState, arn: string) => {
    if (!taggable(state).some((r) => r.arn === arn)) throw notFound(`Resource ${arn} not found`);
  };
  return {
    service: 'backup',
    list: (where) => {
      const state = store.region(where);
      return taggable(state).map((r): TaggedResource => ({ ...r, tags: { ...state.tags[r.arn] } }));
    },
    read: (where, arn) => {
      const state = store.region(where);
      held(state, arn);
      return { ...state.tags[arn] };
    },
    write: (where, arn, tags) => {
      const state = store.region(where);
      held(state, arn);
      state.tags[arn] = { ...tags };
    },
  };
}
