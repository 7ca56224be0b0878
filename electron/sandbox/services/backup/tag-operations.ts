import type { OperationHandler } from '../../types';
import { type BackupDeps, page, regionOf } from './deps';
import { invalidParameter, notFound } from './errors';
import type { RegionState } from './model';

/** Vaults, plans and recovery points carry tags; any other ARN is not this region's. */
function requireTaggable(state: RegionState, arn: unknown): string {
  const known = typeof arn === 'string' && (Object.values(state.vaults).some((v) => v.arn === arn) || Object.values(state.plans).some((p) => p.arn === arn && p.deletedMs === undefined) || state.recoveryPoints[arn] !== undefined);
  if (!known) throw notFound(`Resource ${String(arn)} not found`);
  return arn;
}

export function tagOperations(deps: BackupDeps): Record<string, OperationHandler> {
  return {
    TagResource(input, ctx) {
      const state = regionOf(deps, ctx);
      const arn = requireTaggable(state, input.ResourceArn);
      const tags = (input.Tags ?? {}) as Record<string, string>;
      if (Object.keys(tags).some((k) => k.toLowerCase().startsWith('aws:'))) throw invalidParameter('Tag keys starting with aws: are reserved');
      state.tags[arn] = { ...state.tags[arn], ...tags };
      return {};
    },
    UntagResource(input, ctx) {
      const state = regionOf(deps, ctx);
      const arn = requireTaggable(state, input.ResourceArn);
      for (const key of (input.TagKeyList as string[] | undefined) ?? []) delete state.tags[arn]?.[key];
      return {};
    },
    ListTags(input, ctx) {
      const state = regionOf(deps, ctx);
      const arn = requireTaggable(state, input.ResourceArn);
      const entries = Object.entries(state.tags[arn] ?? {});
      const { items, NextToken } = page(entries, input);
      return { Tags: Object.fromEntries(items), NextToken };
    },
  };
}
