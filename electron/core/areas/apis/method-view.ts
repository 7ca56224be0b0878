import type { Integration, Method, RequestValidator, Resource } from '@aws-sdk/client-api-gateway';
import { INTEGRATION_TYPES, endpointOfIntegrationUri, type ApiResourceView, type IntegrationType, type IntegrationView, type MethodView } from '../../../../shared/domain/apis';

function integrationType(type: string | undefined): IntegrationType {
  return (INTEGRATION_TYPES as readonly string[]).includes(type ?? '') ? (type as IntegrationType) : 'MOCK';
}

/** Integration responses in the order API Gateway tries them: patterns first, the default last. */
export function integrationView(integration: Integration): IntegrationView {
  const responses = Object.values(integration.integrationResponses ?? {})
    .map((r) => ({
      statusCode: r.statusCode ?? '',
      ...(r.selectionPattern ? { selectionPattern: r.selectionPattern } : {}),
      templates: { ...(r.responseTemplates ?? {}) },
    }))
    .sort((a, b) => Number(a.selectionPattern === undefined) - Number(b.selectionPattern === undefined) || a.statusCode.localeCompare(b.statusCode));
  const endpointName = endpointOfIntegrationUri(integration.uri);
  return {
    type: integrationType(integration.type),
    ...(integration.httpMethod ? { httpMethod: integration.httpMethod } : {}),
    ...(integration.uri ? { uri: integration.uri } : {}),
    ...(endpointName ? { endpointName } : {}),
    ...(integration.credentials ? { credentials: integration.credentials } : {}),
    ...(integration.passthroughBehavior ? { passthroughBehavior: integration.passthroughBehavior } : {}),
    ...(integration.timeoutInMillis !== undefined ? { timeoutMs: integration.timeoutInMillis } : {}),
    requestTemplates: { ...(integration.requestTemplates ?? {}) },
    responses,
  };
}

export function methodView(method: Method, validators: ReadonlyMap<string, RequestValidator>): MethodView {
  const validator = method.requestValidatorId ? validators.get(method.requestValidatorId) : undefined;
  return {
    httpMethod: method.httpMethod ?? '',
    authorizationType: method.authorizationType ?? 'NONE',
    apiKeyRequired: method.apiKeyRequired ?? false,
    ...(method.requestValidatorId
      ? {
          validator: {
            id: method.requestValidatorId,
            name: validator?.name ?? method.requestValidatorId,
            validatesBody: validator?.validateRequestBody ?? false,
            validatesParameters: validator?.validateRequestParameters ?? false,
          },
        }
      : {}),
    requestModels: { ...(method.requestModels ?? {}) },
    requestParameters: { ...(method.requestParameters ?? {}) },
    methodResponses: Object.keys(method.methodResponses ?? {}).sort(),
    ...(method.methodIntegration ? { integration: integrationView(method.methodIntegration) } : {}),
  };
}

/**
 * Whether `embed=methods` gave the method whole. AWS does (integration and its responses
 * included); an endpoint that ignores `embed` lists each method as `{}`, which needs GetMethod.
 */
export function embeddedWhole(method: Method | undefined): boolean {
  return method?.httpMethod !== undefined && method.authorizationType !== undefined;
}

/** Resources sorted by path, methods by verb. `methods` maps `<resourceId> <verb>` to the whole method. */
export function resourceViews(resources: Resource[], methods: ReadonlyMap<string, Method>, validators: ReadonlyMap<string, RequestValidator>): ApiResourceView[] {
  return resources
    .map((resource) => ({
      id: resource.id ?? '',
      ...(resource.parentId ? { parentId: resource.parentId } : {}),
      path: resource.path ?? '/',
      ...(resource.pathPart ? { pathPart: resource.pathPart } : {}),
      methods: Object.keys(resource.resourceMethods ?? {})
        .sort()
        .map((verb) => methodView(methods.get(`${resource.id ?? ''} ${verb}`) ?? { httpMethod: verb }, validators)),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
