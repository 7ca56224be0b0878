import type { ApiResourceView } from '../../../../../../shared/domain/apis';
import { apiMethodHref, type MethodRef } from '../api-detail-routes';

/** Resources under their parents, each with its methods as links that select the method (kept in the address). */
export function ResourceTree({ apiId, resources, selected }: { apiId: string; resources: ApiResourceView[]; selected: MethodRef | undefined }) {
  const ids = new Set(resources.map((resource) => resource.id));
  const children = (parentId: string | undefined) =>
    resources
      .filter((resource) => (parentId === undefined ? resource.parentId === undefined || !ids.has(resource.parentId) : resource.parentId === parentId))
      .sort((a, b) => a.path.localeCompare(b.path));

  const branch = (parentId: string | undefined) => {
    const level = children(parentId);
    if (level.length === 0) return null;
    return (
      <ul className="api-tree">
        {level.map((resource) => (
          <li key={resource.id} data-testid={`api-resource-${resource.path}`}>
            <span className="api-tree-path">{parentId === undefined ? resource.path : `/${resource.pathPart ?? resource.path.split('/').at(-1)}`}</span>
            {resource.methods.length > 0 && (
              <span className="api-tree-methods">
                {resource.methods.map((method) => {
                  const current = selected?.path === resource.path && selected.httpMethod === method.httpMethod;
                  return (
                    <a
                      key={method.httpMethod}
                      className="api-method-button"
                      href={apiMethodHref(apiId, { path: resource.path, httpMethod: method.httpMethod })}
                      aria-current={current ? 'true' : undefined}
                      aria-label={`${method.httpMethod} ${resource.path}`}
                      data-testid={`api-method-${resource.path}-${method.httpMethod}`}
                    >
                      {method.httpMethod}
                    </a>
                  );
                })}
              </span>
            )}
            {branch(resource.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <nav aria-label="Resources and methods" data-testid="api-resource-tree">
      {branch(undefined)}
    </nav>
  );
}
