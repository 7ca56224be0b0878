import type { TagFilter } from '../../../../shared/domain/tags';
import { MAX_TAGS_PER_RESOURCE, tagKeySchema, tagValueSchema } from '../../../../shared/validation/tags';

/** Changes not saved yet: tags to add or overwrite, keys to delete. */
export interface TagDraft {
  set: Record<string, string>;
  remove: string[];
}

export const EMPTY_DRAFT: TagDraft = { set: {}, remove: [] };

/** AWS's own tags (`aws:…`) can be read, never changed. */
export const isAwsTag = (key: string) => key.toLowerCase().startsWith('aws:');

export type RowChange = 'kept' | 'new' | 'changed' | 'removed';

export interface TagRow {
  key: string;
  value: string;
  /** The saved value a pending change replaces. */
  was?: string;
  change: RowChange;
}

/** What the editor lists: the saved tags with their pending changes, then the new ones. */
export function tagRows(saved: Record<string, string>, draft: TagDraft): TagRow[] {
  const rows: TagRow[] = Object.entries(saved).map(([key, value]) => {
    if (draft.remove.includes(key)) return { key, value, change: 'removed' };
    if (key in draft.set && draft.set[key] !== value)
      return { key, value: draft.set[key]!, was: value, change: 'changed' };
    return { key, value, change: 'kept' };
  });
  for (const [key, value] of Object.entries(draft.set)) if (!(key in saved)) rows.push({ key, value, change: 'new' });
  return rows;
}

/** How many tags the resource would carry once the draft is saved. */
export const countAfter = (saved: Record<string, string>, draft: TagDraft) =>
  tagRows(saved, draft).filter((row) => row.change !== 'removed').length;

export const hasChanges = (saved: Record<string, string>, draft: TagDraft) =>
  tagRows(saved, draft).some((row) => row.change !== 'kept');

const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? undefined : result.error?.issues[0]?.message;

/** The add row's problems, as typed: AWS's key and value rules and the 50-tag limit. */
export function newTagProblems(
  key: string,
  value: string,
  saved: Record<string, string>,
  draft: TagDraft,
): { key?: string; value?: string } {
  const keyProblem = firstIssue(tagKeySchema.safeParse(key));
  const valueProblem = firstIssue(tagValueSchema.safeParse(value));
  const adds = !(key in saved) && !(key in draft.set);
  const full =
    adds && countAfter(saved, draft) >= MAX_TAGS_PER_RESOURCE
      ? `AWS keeps at most ${MAX_TAGS_PER_RESOURCE} tags a resource: remove one first.`
      : undefined;
  return {
    ...((keyProblem ?? full) ? { key: keyProblem ?? full } : {}),
    ...(valueProblem ? { value: valueProblem } : {}),
  };
}

/** Adds (or overwrites) a tag; a key marked for removal is kept instead. */
export function addTag(draft: TagDraft, key: string, value: string): TagDraft {
  return { set: { ...draft.set, [key]: value }, remove: draft.remove.filter((removed) => removed !== key) };
}

/** Removes a saved tag (on save) or drops a new one; undoes either when asked again. */
export function toggleRemove(saved: Record<string, string>, draft: TagDraft, key: string): TagDraft {
  const { [key]: _dropped, ...set } = draft.set;
  if (!(key in saved)) return { ...draft, set };
  if (draft.remove.includes(key)) return { ...draft, remove: draft.remove.filter((removed) => removed !== key) };
  return { set, remove: [...draft.remove, key] };
}

/** `stage=prod, owner` → `[{ key: 'stage', value: 'prod' }, { key: 'owner' }]`, with what is wrong in words. */
export function parseTagFilterText(text: string): { filters: TagFilter[]; problems: string[] } {
  const filters: TagFilter[] = [];
  const problems: string[] = [];
  for (const term of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const equals = term.indexOf('=');
    const key = (equals === -1 ? term : term.slice(0, equals)).trim();
    const value = equals === -1 ? undefined : term.slice(equals + 1).trim();
    const problem =
      firstIssue(tagKeySchema.safeParse(key)) ??
      (value === undefined ? undefined : firstIssue(tagValueSchema.safeParse(value)));
    if (problem) problems.push(`${term}: ${problem}`);
    else filters.push(value === undefined ? { key } : { key, value });
  }
  if (filters.length > 10) problems.push('At most 10 tags at once.');
  return { filters, problems };
}
