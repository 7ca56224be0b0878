import type { TagSource } from '../../types';
import type { ApiGatewayStore } from './store';
import { restApiArn, tagsOf } from './tags';

/** REST APIs, their stages, API keys and usage plans as `apigateway:<path>`, read and written through TagResource's own look-up. */
export function apiGatewayTagSource(store: ApiGatewayStore): TagSource {
  return {
    service: 'apigateway',
    list: (where) => {
      const region = store.region(where);
      const prefix = `arn:aws:apigateway:${where.region}::`;
      return [
        ...Object.values(region.restApis).flatMap((api) => [
          { arn: restApiArn(where.region, api.id), resourceType: 'apigateway:restapis', tags: { ...api.tags } },
          ...Object.entries(api.stages).map(([name, stage]) => ({ arn: restApiArn(where.region, api.id, name), resourceType: 'apigateway:restapis/stages', tags: { ...stage.tags } })),
        ]),
        ...Object.entries(region.apiKeys).map(([id, key]) => ({ arn: `${prefix}/apikeys/${id}`, resourceType: 'apigateway:apikeys', tags: { ...key.tags } })),
        ...Object.entries(region.usagePlans).map(([id, plan]) => ({ arn: `${prefix}/usageplans/${id}`, resourceType: 'apigateway:usageplans', tags: { ...plan.tags } })),
      ];
    },
    read: (where, arn) => ({ ...tagsOf(store, where, arn) }),
    write: (where, arn, tags) => {
      const current = tagsOf(store, where, arn);
      for (const key of Object.keys(current)) delete current[key];
      Object.assign(current, tags);
    },
  };
}
