import type { OperationHandler } from '../../types';
import { badRequest, conflict, limitExceeded, notFound } from './errors';
import { newId } from './ids';
import { optString, reqString } from './input';
import { requireApi } from './lookup';
import type { ModelRecord, RestApiRecord } from './model';
import { modelOut } from './output';
import { paginate } from './pages';
import { applyPatch, stringRule, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';

/** API Gateway quotas: 200 models per API. */
const MODEL_QUOTA = 200;

/** The two models AWS adds to every new REST API. */
export function defaultModels(idFor: (name: string) => string): Record<string, ModelRecord> {
  const draft4 = 'http://json-schema.org/draft-04/schema#';
  return {
    Empty: {
      id: idFor('Empty'),
      name: 'Empty',
      description: 'This is a default empty schema model',
      contentType: 'application/json',
      schema: JSON.stringify({ $schema: draft4, title: 'Empty Schema', type: 'object' }, null, 2),
    },
    Error: {
      id: idFor('Error'),
      name: 'Error',
      description: 'This is a default error schema model',
      contentType: 'application/json',
      schema: JSON.stringify({ $schema: draft4, title: 'Error Schema', type: 'object', properties: { message: { type: 'string' } } }, null, 2),
    },
  };
}

/** A model's schema must be a JSON object (draft 4 is checked by the data plane when it validates). */
function checkSchema(schema: string | undefined): string | undefined {
  if (schema === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(schema);
  } catch {
    throw badRequest('Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw badRequest('Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified. Model schema must be a JSON object]');
  return schema;
}

function requireModel(api: RestApiRecord, name: unknown): ModelRecord {
  const model = typeof name === 'string' ? api.models[name] : undefined;
  if (!model) throw notFound('Invalid model name specified');
  return model;
}

/** Where a method request or method response names the model (AWS refuses to delete it then). */
function modelUser(api: RestApiRecord, name: string): string | undefined {
  for (const resource of Object.values(api.resources))
    for (const method of Object.values(resource.resourceMethods)) {
      if (Object.values(method.requestModels).includes(name)) return `method request: ${resource.path}/${method.httpMethod}`;
      for (const response of Object.values(method.methodResponses))
        if (Object.values(response.responseModels).includes(name)) return `method response: ${resource.path}/${method.httpMethod}/${response.statusCode}`;
    }
  return undefined;
}

const MODEL_PATCH: PatchRule<ModelRecord>[] = [
  stringRule('/schema', (model, value) => (model.schema = checkSchema(value ?? ''))),
  stringRule('/description', (model, value) => (model.description = value), true),
];

export function modelOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateModel: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const name = reqString(input, 'name');
      if (!/^[a-zA-Z0-9]+$/.test(name)) throw badRequest('Model name must be alphanumeric');
      if (api.models[name]) throw conflict('Model name already exists for this REST API');
      if (Object.keys(api.models).length >= MODEL_QUOTA) throw limitExceeded(`Cannot create more than ${MODEL_QUOTA} models in an API`);
      const model: ModelRecord = {
        id: newId(6),
        name,
        description: optString(input, 'description'),
        schema: checkSchema(optString(input, 'schema')),
        contentType: reqString(input, 'contentType'),
      };
      api.models[name] = model;
      return modelOut(model);
    },
    GetModel: (input, ctx) => modelOut(requireModel(requireApi(store, ctx, input.restApiId), input.modelName)),
    GetModels: (input, ctx) => {
      const models = Object.values(requireApi(store, ctx, input.restApiId).models).sort((a, b) => a.name.localeCompare(b.name));
      const page = paginate(input, models);
      return { ...page, item: page.item.map(modelOut) };
    },
    UpdateModel: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const model = requireModel(api, input.modelName);
      api.models[model.name] = applyPatch(input, model, MODEL_PATCH);
      return modelOut(api.models[model.name] as ModelRecord);
    },
    DeleteModel: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const model = requireModel(api, input.modelName);
      const user = modelUser(api, model.name);
      if (user) throw badRequest(`Cannot delete model '${model.name}', is referenced in ${user}`);
      delete api.models[model.name];
      return {};
    },
  };
}
