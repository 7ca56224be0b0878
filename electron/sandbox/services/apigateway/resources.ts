import type { OperationHandler } from '../../types';
import { badRequest, conflict, limitExceeded } from './errors';
import { newId } from './ids';
import { optStringList, reqString, type Input } from './input';
import { requireApi, requireResource } from './lookup';
import type { ResourceRecord, RestApiRecord } from './model';
import { resourceOut } from './output';
import { paginate } from './pages';
import { applyPatch, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';

/** API Gateway quotas: 300 resources per API. */
const RESOURCE_QUOTA = 300;
const PATH_PART = /^(?:[a-zA-Z0-9._:-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

export const embedsMethods = (input: Input) => (optStringList(input, 'embed') ?? []).some((value) => value.split(',').includes('methods'));

const isVariable = (pathPart: string | undefined) => pathPart?.startsWith('{') ?? false;
const joinPath = (parent: ResourceRecord, pathPart: string) => (parent.path === '/' ? `/${pathPart}` : `${parent.path}/${pathPart}`);

/** AWS's rules for a new path segment under `parent` (shared by CreateResource and UpdateResource). */
function checkPathPart(api: RestApiRecord, parent: ResourceRecord, pathPart: string, self?: string): void {
  if (!PATH_PART.test(pathPart))
    throw badRequest(
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    );
  if (parent.pathPart?.endsWith('+}')) throw badRequest(`Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
  const siblings = Object.values(api.resources).filter((resource) => resource.parentId === parent.id && resource.id !== self);
  if (siblings.some((sibling) => sibling.pathPart === pathPart)) throw conflict(`Another resource with the same parent already has this name: ${pathPart}`);
  const variableSibling = siblings.find((sibling) => isVariable(sibling.pathPart));
  if (isVariable(pathPart) && variableSibling)
    throw badRequest(`A sibling (${variableSibling.pathPart}) of this resource already has a variable path part -- only one is allowed`);
}

function descendants(api: RestApiRecord, id: string): ResourceRecord[] {
  const children = Object.values(api.resources).filter((resource) => resource.parentId === id);
  return children.flatMap((child) => [child, ...descendants(api, child.id)]);
}

function repath(api: RestApiRecord, resource: ResourceRecord): void {
  for (const child of Object.values(api.resources).filter((candidate) => candidate.parentId === resource.id)) {
    child.path = joinPath(resource, child.pathPart as string);
    repath(api, child);
  }
}

const RESOURCE_PATCH: PatchRule<{ api: RestApiRecord; resource: ResourceRecord }>[] = [
  {
    path: '/pathPart',
    ops: ['replace'],
    apply: ({ api, resource }, _op, value) => {
      const parent = resource.parentId ? api.resources[resource.parentId] : undefined;
      if (!parent || !value) throw badRequest('The root resource has no path part to change');
      checkPathPart(api, parent, value, resource.id);
      resource.pathPart = value;
      resource.path = joinPath(parent, value);
      repath(api, resource);
    },
  },
];

export function resourceOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateResource: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const parent = requireResource(api, input.parentId);
      const pathPart = reqString(input, 'pathPart');
      checkPathPart(api, parent, pathPart);
      if (Object.keys(api.resources).length >= RESOURCE_QUOTA) throw limitExceeded(`Cannot create more than ${RESOURCE_QUOTA} resources in an API`);
      const resource: ResourceRecord = { id: newId(6), parentId: parent.id, pathPart, path: joinPath(parent, pathPart), resourceMethods: {} };
      api.resources[resource.id] = resource;
      return resourceOut(resource, false);
    },
    GetResource: (input, ctx) => resourceOut(requireResource(requireApi(store, ctx, input.restApiId), input.resourceId), embedsMethods(input)),
    GetResources: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const sorted = Object.values(api.resources).sort((a, b) => a.path.localeCompare(b.path));
      const page = paginate(input, sorted);
      const embed = embedsMethods(input);
      return { ...page, item: page.item.map((resource) => resourceOut(resource, embed)) };
    },
    UpdateResource: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const resource = requireResource(api, input.resourceId);
      const patched = applyPatch(input, { api, resource }, RESOURCE_PATCH);
      api.resources = patched.api.resources;
      api.resources[resource.id] = patched.resource;
      return resourceOut(patched.resource, false);
    },
    DeleteResource: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const resource = requireResource(api, input.resourceId);
      if (resource.id === api.rootResourceId) throw badRequest('Cannot delete the root resource');
      for (const gone of [resource, ...descendants(api, resource.id)]) delete api.resources[gone.id];
      return {};
    },
  };
}
