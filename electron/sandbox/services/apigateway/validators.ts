import type { OperationHandler } from '../../types';
import { badRequest, conflict, notFound } from './errors';
import { newId } from './ids';
import { optBool, optString } from './input';
import { requireApi } from './lookup';
import type { RequestValidatorRecord, RestApiRecord } from './model';
import { validatorOut } from './output';
import { paginate } from './pages';
import { applyPatch, patchBool, stringRule, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';

function requireValidator(api: RestApiRecord, id: unknown): RequestValidatorRecord {
  const validator = typeof id === 'string' ? api.requestValidators[id] : undefined;
  if (!validator) throw notFound('Invalid Request Validator identifier specified');
  return validator;
}

function checkUniqueName(api: RestApiRecord, name: string, self?: string): string {
  if (Object.values(api.requestValidators).some((validator) => validator.name === name && validator.id !== self))
    throw conflict(`Request Validator with the name ${name} already exists`);
  return name;
}

function validatorPatch(api: RestApiRecord): PatchRule<RequestValidatorRecord>[] {
  return [
    stringRule('/name', (validator, value) => (validator.name = checkUniqueName(api, value ?? '', validator.id))),
    { path: '/validateRequestBody', ops: ['replace'], apply: (validator, _op, value) => (validator.validateRequestBody = patchBool(value)) },
    { path: '/validateRequestParameters', ops: ['replace'], apply: (validator, _op, value) => (validator.validateRequestParameters = patchBool(value)) },
  ];
}

export function validatorOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateRequestValidator: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const validator: RequestValidatorRecord = {
        id: newId(6),
        name: checkUniqueName(api, optString(input, 'name') ?? ''),
        validateRequestBody: optBool(input, 'validateRequestBody') ?? false,
        validateRequestParameters: optBool(input, 'validateRequestParameters') ?? false,
      };
      api.requestValidators[validator.id] = validator;
      return validatorOut(validator);
    },
    GetRequestValidator: (input, ctx) => validatorOut(requireValidator(requireApi(store, ctx, input.restApiId), input.requestValidatorId)),
    GetRequestValidators: (input, ctx) => {
      const page = paginate(input, Object.values(requireApi(store, ctx, input.restApiId).requestValidators));
      return { ...page, item: page.item.map(validatorOut) };
    },
    UpdateRequestValidator: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const validator = requireValidator(api, input.requestValidatorId);
      api.requestValidators[validator.id] = applyPatch(input, validator, validatorPatch(api));
      return validatorOut(api.requestValidators[validator.id] as RequestValidatorRecord);
    },
    DeleteRequestValidator: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const validator = requireValidator(api, input.requestValidatorId);
      const user = Object.values(api.resources).flatMap((resource) =>
        Object.values(resource.resourceMethods).filter((method) => method.requestValidatorId === validator.id).map((method) => `${resource.path}/${method.httpMethod}`),
      )[0];
      if (user) throw badRequest(`Cannot delete request validator '${validator.id}', is referenced in method: ${user}`);
      delete api.requestValidators[validator.id];
      return {};
    },
  };
}
