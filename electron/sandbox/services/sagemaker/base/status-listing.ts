import { Checker } from '../validation/checker';
import { checkMaxResults } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { nameContains, paginate, sortItems, type SortOrderValue } from './listing';
import { inWindow } from './time';

/** What training jobs, processing jobs and endpoints share for their List calls. */
export interface StatusListed {
  name: string;
  status: string;
  createdMs: number;
  lastModifiedMs: number;
}

/** The filter, sort and paging members those List requests have in common. */
export interface StatusListInput {
  NameContains?: string | undefined;
  StatusEquals?: string | undefined;
  CreationTimeAfter?: unknown;
  CreationTimeBefore?: unknown;
  LastModifiedTimeAfter?: unknown;
  LastModifiedTimeBefore?: unknown;
  SortBy?: string | undefined;
  SortOrder?: string | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
}

/**
 * Validates, filters, sorts (Name | CreationTime | Status, ties broken by name) and pages a List
 * call the way SageMaker does for jobs and endpoints. `list` names the operation so a token from
 * another call is refused; the default order differs per API (endpoints list newest first).
 */
export function listByStatus<T extends StatusListed>(
  list: string,
  items: T[],
  input: StatusListInput,
  statuses: readonly string[],
  defaultOrder: SortOrderValue,
): { page: T[]; nextToken: string | undefined } {
  const c = new Checker();
  checkMaxResults(c, input.MaxResults);
  c.oneOf('sortBy', input.SortBy, ENUMS.sortBy);
  c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
  c.oneOf('statusEquals', input.StatusEquals, statuses);
  c.done();
  const matching = items.filter(
    (item) =>
      nameContains(item.name, input.NameContains) &&
      (input.StatusEquals === undefined || item.status === input.StatusEquals) &&
      inWindow(item.createdMs, input.CreationTimeAfter, input.CreationTimeBefore) &&
      inWindow(item.lastModifiedMs, input.LastModifiedTimeAfter, input.LastModifiedTimeBefore),
  );
  const sortBy = input.SortBy ?? 'CreationTime';
  const sorted = sortItems(
    matching,
    (item) => (sortBy === 'Name' ? item.name : sortBy === 'Status' ? item.status : item.createdMs),
    (input.SortOrder as SortOrderValue | undefined) ?? defaultOrder,
    (item) => item.name,
  );
  return paginate(list, sorted, input.NextToken, input.MaxResults);
}
