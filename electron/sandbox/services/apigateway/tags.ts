import type { OperationHandler, Where } from '../../types';
import { apiNotFound, badRequest, notFound } from './errors';
import { optStringList } from './input';
import type { ApiGatewayStore } from './store';
import { checkTags, readTags } from './tag-rules';

/** `arn:aws:apigateway:<region>::/restapis/<id>` and the other taggable paths of this sandbox. */
export function restApiArn(region: string, restApiId: string, stageName?: string): string {
  return `arn:aws:apigateway:${region}::/restapis/${restApiId}${stageName ? `/stages/${stageName}` : ''}`;
}

/** The tag map of the resource an ARN names, or AWS's error for a malformed or unknown one. */
export function tagsOf(store: ApiGatewayStore, ctx: Where, arn: unknown): Record<string, string> {
  const match = typeof arn === 'string' ? /^arn:aws:apigateway:([a-z0-9-]+)::\/(.+)$/.exec(arn) : null;
  if (!match) throw badRequest(`Invalid ARN specified in the request: ${String(arn)}`);
  if (match[1] !== ctx.region) throw notFound(`Invalid resource identifier specified: ${String(arn)}`);
  const region = store.region({ accountId: ctx.accountId, region: ctx.region });
  const [kind, id, sub, name, ...rest] = (match[2] as string).split('/');
  if (kind === 'restapis' && id && rest.length === 0) {
    const api = region.restApis[id];
    if (!api) throw apiNotFound(ctx.accountId, id);
    if (sub === undefined) return api.tags;
    const stage = sub === 'stages' && name ? api.stages[name] : undefined;
    if (stage) return stage.tags;
    throw notFound('Invalid Stage identifier specified');
  }
  if (kind === 'apikeys' && id && sub === undefined) {
    const key = region.apiKeys[id];
    if (key) return key.tags;
    throw notFound('Invalid API Key identifier specified');
  }
  if (kind === 'usageplans' && id && sub === undefined) {
    const plan = region.usagePlans[id];
    if (plan) return plan.tags;
    throw notFound('Invalid Usage Plan ID specified');
  }
  throw badRequest(`Invalid ARN specified in the request: ${String(arn)}`);
}

export function tagOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    TagResource: (input, ctx) => {
      const tags = tagsOf(store, ctx, input.resourceArn);
      const merged = checkTags({ ...tags, ...readTags(input) });
      Object.assign(tags, merged);
      return {};
    },
    UntagResource: (input, ctx) => {
      const tags = tagsOf(store, ctx, input.resourceArn);
      for (const key of optStringList(input, 'tagKeys') ?? []) delete tags[key];
      return {};
    },
    GetTags: (input, ctx) => ({ tags: { ...tagsOf(store, ctx, input.resourceArn) } }),
  };
}
