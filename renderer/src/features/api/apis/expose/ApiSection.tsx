import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ExposeDraft } from './expose-draft';
import type { ErrorOf, SetDraft } from './ExposeFlow';

/** Step 2: the API's name, the path callers POST to, and the stage it is deployed to (with optional throttling). */
export function ApiSection({ draft, set, errorOf }: { draft: ExposeDraft; set: SetDraft; errorOf: ErrorOf }) {
  return (
    <Container header={<Header variant="h2">2. API and stage</Header>}>
      <SpaceBetween size="m">
        <ColumnLayout columns={3}>
          <FormField label="API name" errorText={errorOf('apiName')}>
            <Input value={draft.apiName} onChange={({ detail }) => set({ apiName: detail.value })} ariaLabel="API name" data-testid="expose-api-name" />
          </FormField>
          <FormField label="Path" description={`Callers POST to /${draft.pathPart || '…'}`} errorText={errorOf('pathPart')}>
            <Input value={draft.pathPart} onChange={({ detail }) => set({ pathPart: detail.value })} ariaLabel="Path" data-testid="expose-path" />
          </FormField>
          <FormField label="Stage" description="Part of the invoke URL." errorText={errorOf('stageName')}>
            <Input value={draft.stageName} onChange={({ detail }) => set({ stageName: detail.value })} ariaLabel="Stage" data-testid="expose-stage" />
          </FormField>
        </ColumnLayout>
        <Checkbox checked={draft.throttle} onChange={({ detail }) => set({ throttle: detail.checked })} data-testid="expose-throttle">
          Limit the stage's request rate (otherwise the account's limits apply)
        </Checkbox>
        {draft.throttle && (
          <ColumnLayout columns={2}>
            <FormField label="Requests a second" errorText={errorOf('throttling.rateLimit') ?? errorOf('throttling')}>
              <Input type="number" inputMode="decimal" value={draft.throttleRate} onChange={({ detail }) => set({ throttleRate: detail.value })} ariaLabel="Requests a second" />
            </FormField>
            <FormField label="Burst" errorText={errorOf('throttling.burstLimit')}>
              <Input type="number" inputMode="numeric" value={draft.throttleBurst} onChange={({ detail }) => set({ throttleBurst: detail.value })} ariaLabel="Burst" />
            </FormField>
          </ColumnLayout>
        )}
      </SpaceBetween>
    </Container>
  );
}
