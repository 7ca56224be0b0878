import type { DescribeScalingActivitiesRequest, DescribeScalingActivitiesResponse } from '@aws-sdk/client-application-auto-scaling';
import type { OperationContext, OperationHandler } from '../../types';
import { typed } from '../sagemaker/base/typed';
import type { ScalingDeps } from './deps';
import { page } from './pages';
import { Checker, checkMaxResults, checkTargetKey } from './validate';

export function activityOperations(deps: ScalingDeps): Record<string, OperationHandler> {
  const describe = (input: DescribeScalingActivitiesRequest, ctx: OperationContext): DescribeScalingActivitiesResponse => {
    const c = new Checker();
    if (c.required('serviceNamespace', input.ServiceNamespace)) checkTargetKey(c, { ServiceNamespace: input.ServiceNamespace, ScalableDimension: input.ScalableDimension }, false);
    checkMaxResults(c, input.MaxResults);
    c.done();
    const region = deps.store.region({ accountId: ctx.accountId, region: ctx.region });
    // Newest first, as AWS lists them.
    const matching = [...region.activities]
      .reverse()
      .filter(
        (a) =>
          a.serviceNamespace === input.ServiceNamespace &&
          (!input.ResourceId || a.resourceId === input.ResourceId) &&
          (!input.ScalableDimension || a.scalableDimension === input.ScalableDimension),
      );
    const { items, nextToken } = page('DescribeScalingActivities', matching, input.NextToken, input.MaxResults);
    return {
      ScalingActivities: items.map((a) => ({
        ActivityId: a.id,
        ServiceNamespace: a.serviceNamespace,
        ResourceId: a.resourceId,
        ScalableDimension: a.scalableDimension,
        Description: a.description,
        Cause: a.cause,
        StartTime: new Date(a.startMs),
        EndTime: a.endMs === undefined ? undefined : new Date(a.endMs),
        StatusCode: a.status,
        StatusMessage: a.statusMessage,
      })),
      NextToken: nextToken,
    };
  };
  return { DescribeScalingActivities: typed(describe) };
}
