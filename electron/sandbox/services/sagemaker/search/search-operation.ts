import type { SearchRequest, SearchResponse } from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { paginate, sortItems } from '../base/listing';
import { typed } from '../base/typed';
import { Checker } from '../validation/checker';
import { checkMaxResults } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { SEARCHABLE } from './documents';
import { matchesExpression, propertyValues } from './expression';

export function searchOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  const search = (input: SearchRequest, ctx: Parameters<typeof whereOf>[0]): SearchResponse => {
    const c = new Checker();
    c.required('resource', input.Resource);
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.done();
    const documentsOf = SEARCHABLE[input.Resource ?? ''];
    if (!documentsOf) {
      throw validationException(`The sandbox's Search supports Resource ${Object.keys(SEARCHABLE).join(', ')}; not ${input.Resource}.`);
    }
    const matching = documentsOf(deps.store.region(whereOf(ctx))).filter((d) => matchesExpression(d.body, input.SearchExpression, d.special));
    const sortBy = input.SortBy ?? 'LastModifiedTime';
    const sorted = sortItems(matching, (d) => propertyValues(d.body, sortBy, d.special)[0] ?? '', input.SortOrder ?? 'Descending', (d) => d.name);
    const { page, nextToken } = paginate(`Search:${input.Resource}`, sorted, input.NextToken, input.MaxResults);
    return { Results: page.map((d) => d.record), NextToken: nextToken };
  };
  return { Search: typed(search) };
}
