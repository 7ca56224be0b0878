import Box from '@cloudscape-design/components/box';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ApiDetail, ApiResourceView, MethodView } from '../../../../../../shared/domain/apis';
import { curlCommand, testInvokeCliCommand, type ApiCallDescription } from '../../../../../../shared/domain/api-commands';
import { contentTypeOf, defaultContentType } from './test-draft';

interface ApiCommandsProps {
  api: ApiDetail;
  resource: ApiResourceView;
  method: MethodView;
  stageName: string | undefined;
  body: string;
  headers: Record<string, string> | undefined;
}

/** The test as shell commands to copy: curl of the stage's URL and the AWS CLI's test-invoke-method. Secrets stay variables. */
export function ApiCommands({ api, resource, method, stageName, body, headers }: ApiCommandsProps) {
  const stage = api.stages.find((candidate) => candidate.name === stageName);
  const call: ApiCallDescription = {
    region: api.region,
    apiId: api.summary.id,
    resourceId: resource.id,
    path: resource.path,
    httpMethod: method.httpMethod,
    authorizationType: method.authorizationType,
    apiKeyRequired: method.apiKeyRequired,
    body,
    contentType: (headers && contentTypeOf(headers)) ?? defaultContentType(method),
    ...(stage ? { stageInvokeUrl: stage.invokeUrl } : {}),
    ...(api.cliEndpointUrl ? { cliEndpointUrl: api.cliEndpointUrl } : {}),
  };
  const curl = curlCommand(call);
  const cli = testInvokeCliCommand(call);
  return (
    <SpaceBetween size="s">
      <Header variant="h3" description="The same test from a terminal. Credentials and keys come from your environment variables.">
        From a terminal
      </Header>
      {curl ? (
        <Command label={`curl of the ${stageName} stage`} command={curl} testId="api-command-curl" />
      ) : (
        <Box>No stage, so no invoke URL to call with curl yet.</Box>
      )}
      <Command label="AWS CLI test-invoke-method" command={cli} testId="api-command-cli" />
    </SpaceBetween>
  );
}

function Command({ label, command, testId }: { label: string; command: string; testId: string }) {
  return (
    <SpaceBetween size="xxs">
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <Box variant="awsui-key-label">{label}</Box>
        <CopyToClipboard
          variant="icon"
          textToCopy={command}
          copyButtonAriaLabel={`Copy the ${label} command`}
          copySuccessText="Command copied"
          copyErrorText="Copying failed: select the command and copy it by hand."
        />
      </SpaceBetween>
      <pre className="api-output api-command" role="region" aria-label={`${label} command`} tabIndex={0} data-testid={testId}>
        {command}
      </pre>
    </SpaceBetween>
  );
}
