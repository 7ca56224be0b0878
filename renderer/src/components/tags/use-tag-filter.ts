import { useMemo } from 'react';
import type { TagFilter } from '../../../../shared/domain/tags';
import { useRoute } from '../../app/hash-route';
import { useSessionQuery } from '../../features/use-session-query';
import { parseTagFilterText } from './tag-edits';

/** The address query parameter a list's tag filter is kept in (`#/training?tags=stage%3Dprod`). */
export const TAG_FILTER_PARAM = 'tags';

/** The current address with its tag filter replaced: no history entry per filter typed. */
function replaceTagParam(text: string): void {
  const raw = window.location.hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  if (text.trim()) params.set(TAG_FILTER_PARAM, text.trim());
  else params.delete(TAG_FILTER_PARAM);
  const query = params.toString();
  window.location.replace(`#${path}${query ? `?${query}` : ''}`);
}

export interface TagFilterState {
  /** The filter as written in the address. */
  text: string;
  filters: TagFilter[];
  problems: string[];
  /** ARNs carrying every tag of the filter; `undefined` when there is no filter (or no answer yet). */
  arns: Set<string> | undefined;
  isPending: boolean;
  error: unknown;
  notice: string | undefined;
  apply: (text: string) => void;
  retry: () => void;
}

/**
 * A list's tag filter: text like `stage=prod, owner` kept in the address, answered by tags.find
 * (one call for the whole pipeline), so every list filters its loaded rows by ARN the same way.
 */
export function useTagFilter(): TagFilterState {
  const text = useRoute().params.get(TAG_FILTER_PARAM) ?? '';
  const { filters, problems } = useMemo(() => parseTagFilterText(text), [text]);
  const usable = filters.length > 0 && problems.length === 0;
  const found = useSessionQuery('tags.find', { filters }, { enabled: usable });
  const arns = useMemo(() => (usable && found.data ? new Set(found.data.arns) : undefined), [usable, found.data]);
  return {
    text,
    filters,
    problems,
    arns,
    isPending: usable && found.isPending,
    error: usable ? (found.error ?? undefined) : undefined,
    notice: usable ? found.data?.notice : undefined,
    apply: replaceTagParam,
    retry: () => void found.refetch(),
  };
}

/** The rows whose ARN carries the tags, and how many the filter hid. */
export function keepTagged<T extends { arn: string }>(
  rows: readonly T[],
  arns: Set<string> | undefined,
): { rows: T[]; hidden: number } {
  if (!arns) return { rows: [...rows], hidden: 0 };
  const kept = rows.filter((row) => arns.has(row.arn));
  return { rows: kept, hidden: rows.length - kept.length };
}
