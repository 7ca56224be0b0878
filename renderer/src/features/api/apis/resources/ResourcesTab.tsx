import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ApiDetail } from '../../../../../../shared/domain/apis';
import type { MethodRef } from '../api-detail-routes';
import { TestPanel } from '../test/TestPanel';
import { GatewayResponses } from './GatewayResponses';
import { MethodPanel } from './MethodPanel';
import { ResourceTree } from './ResourceTree';

/** The first method in path order: what the tab shows before one is picked. */
function firstMethod(api: ApiDetail): MethodRef | undefined {
  const resource = [...api.resources].sort((a, b) => a.path.localeCompare(b.path)).find((candidate) => candidate.methods.length > 0);
  const method = resource?.methods[0];
  return resource && method ? { path: resource.path, httpMethod: method.httpMethod } : undefined;
}

/** The resource/method tree beside the chosen method's detail and its Test panel. */
export function ResourcesTab({ api, selected }: { api: ApiDetail; selected: MethodRef | undefined }) {
  const chosen = selected ?? firstMethod(api);
  const resource = chosen && api.resources.find((candidate) => candidate.path === chosen.path);
  const method = resource?.methods.find((candidate) => candidate.httpMethod === chosen?.httpMethod);
  return (
    <SpaceBetween size="l">
      <div className="api-detail-layout">
        <Container header={<Header variant="h2">Resources</Header>}>
          <ResourceTree apiId={api.summary.id} resources={api.resources} selected={chosen} />
        </Container>
        {resource && method ? (
          <SpaceBetween size="l">
            <MethodPanel apiId={api.summary.id} resource={resource} method={method} />
            {/* Keyed: another method starts from its own sample body. */}
            <TestPanel key={`${resource.id}:${method.httpMethod}`} api={api} resource={resource} method={method} />
          </SpaceBetween>
        ) : (
          <Box data-testid="api-method-none">
            {chosen ? `This API has no ${chosen.httpMethod} method on ${chosen.path}. Pick one from the tree.` : 'This API has no methods yet.'}
          </Box>
        )}
      </div>
      <GatewayResponses responses={api.gatewayResponses} />
    </SpaceBetween>
  );
}
