import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { ApiDetail, ApiResourceView, InvokeUrlResult, MethodView } from '../../../../../../shared/domain/apis';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { messageFor } from '../../../live/field-errors';
import { useSageMutation } from '../../../live/use-sage-mutation';
import { headerLines, HttpStatus, OutputBlock, ResultFrame } from './CallResult';
import { apiKeysForStage } from './test-draft';

interface InvokeUrlCallProps {
  api: ApiDetail;
  resource: ApiResourceView;
  method: MethodView;
  stageName: string | undefined;
  onStageChange: (stageName: string) => void;
  body: string;
  /** Undefined while the typed headers do not parse. */
  headers: Record<string, string> | undefined;
}

function authUsed(result: InvokeUrlResult): string {
  if (result.signed && result.usedApiKey) return 'signed with SigV4, API key sent';
  if (result.signed) return 'signed with SigV4';
  if (result.usedApiKey) return 'API key sent';
  return 'unsigned';
}

/** A real request to a deployed stage's invoke URL, as a caller would send it (the core signs it and adds the key). */
export function InvokeUrlCall({ api, resource, method, stageName, onStageChange, body, headers }: InvokeUrlCallProps) {
  const [keyId, setKeyId] = useState<string>();
  const [result, setResult] = useState<InvokeUrlResult>();
  const invoke = useSageMutation('apis.invoke');
  const stageOptions = api.stages.map((stage) => ({ value: stage.name, label: stage.name, description: stage.invokeUrl }));
  const keys = stageName && method.apiKeyRequired ? apiKeysForStage(api, stageName) : [];
  const key = keys.includes(keyId ?? '') ? keyId : keys[0];
  const httpMethod = method.httpMethod as Parameters<typeof invoke.run>[0]['httpMethod'];

  const run = () => {
    if (!stageName || !headers) return;
    setResult(undefined);
    void invoke
      .run({ apiId: api.summary.id, stageName, path: resource.path, httpMethod, body, headers, ...(key ? { apiKeyId: key } : {}) })
      .then((answer) => answer && setResult(answer));
  };

  if (api.stages.length === 0) {
    return (
      <SpaceBetween size="s">
        <Header variant="h3">Call the invoke URL</Header>
        <Box>The API is not deployed to a stage yet, so it has no invoke URL. Deploy it, then call it from here.</Box>
      </SpaceBetween>
    );
  }
  return (
    <SpaceBetween size="s">
      <Header variant="h3" description="A real request through the stage: its throttling, API keys and logs apply.">
        Call the invoke URL
      </Header>
      <ColumnLayout columns={2}>
        <FormField label="Stage" errorText={messageFor(invoke.fieldErrors, 'stageName')}>
          <Select
            selectedOption={stageOptions.find((option) => option.value === stageName) ?? null}
            onChange={({ detail }) => onStageChange(detail.selectedOption.value ?? '')}
            options={stageOptions}
            ariaLabel="Stage"
            data-testid="api-invoke-stage"
          />
        </FormField>
        {method.apiKeyRequired && (
          <FormField
            label="API key"
            description={keys.length === 0 ? 'No usage plan of this stage has a key: API Gateway will answer 403.' : 'The key id; SageDeck reads its value and never shows it.'}
            errorText={messageFor(invoke.fieldErrors, 'apiKeyId')}
          >
            <Select
              selectedOption={key ? { value: key, label: key } : null}
              onChange={({ detail }) => setKeyId(detail.selectedOption.value)}
              options={keys.map((id) => ({ value: id, label: id }))}
              disabled={keys.length === 0}
              placeholder="No key"
              ariaLabel="API key"
              data-testid="api-invoke-key"
            />
          </FormField>
        )}
      </ColumnLayout>
      <Button onClick={run} loading={invoke.isPending} disabled={!stageName || !headers} data-testid="api-invoke-run">
        Call the invoke URL
      </Button>
      {invoke.formError && <ErrorNotice error={invoke.error} title="The invoke URL could not be called" />}
      {result && (
        <ResultFrame testId="api-invoke-result">
          <HttpStatus status={result.status} latencyMs={result.latencyMs} extra={authUsed(result)} testId="api-invoke-status" />
          <Box variant="small">
            <code>{`${method.httpMethod} ${result.url}`}</code>
          </Box>
          <OutputBlock label="Response body" text={result.body} testId="api-invoke-response" />
          <OutputBlock label="Response headers" text={headerLines(result.headers)} />
        </ResultFrame>
      )}
    </SpaceBetween>
  );
}
