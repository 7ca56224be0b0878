import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { inferSchemaText } from '../../../../../../shared/domain/json-schema-infer';
import { schemaTextProblem } from './schema-problem';
import type { ExposeContentType, ExposeDraft } from './expose-draft';
import type { ErrorOf, SetDraft } from './ExposeFlow';

interface BodySectionProps {
  draft: ExposeDraft;
  set: SetDraft;
  onSample: (sample: string) => void;
  errorOf: ErrorOf;
}

/** Step 3: what callers send: JSON validated by a schema inferred from a sample (and editable), or CSV. */
export function BodySection({ draft, set, onSample, errorOf }: BodySectionProps) {
  const json = draft.contentType === 'application/json';
  const sampleProblem = json ? inferSchemaText(draft.sample) : undefined;
  const infer = () => {
    const inferred = inferSchemaText(draft.sample, draft.modelName || undefined);
    if ('schema' in inferred) set({ schema: inferred.schema });
  };
  return (
    <Container header={<Header variant="h2">3. Request body</Header>}>
      <SpaceBetween size="m">
        <FormField label="Content type" description="The mapping template and the validation follow it.">
          <SegmentedControl
            selectedId={draft.contentType}
            onChange={({ detail }) => set({ contentType: detail.selectedId as ExposeContentType })}
            label="Content type"
            options={[
              { id: 'application/json', text: 'JSON' },
              { id: 'text/csv', text: 'CSV' },
            ]}
          />
        </FormField>
        <FormField label="Model name" description="Letters and digits; the API's name for the body's schema." errorText={errorOf('modelName')}>
          <Input value={draft.modelName} onChange={({ detail }) => set({ modelName: detail.value })} ariaLabel="Model name" data-testid="expose-model-name" />
        </FormField>
        {json ? (
          <>
            <FormField
              label="Sample payload"
              description="A body the endpoint accepts. The schema below is inferred from it."
              errorText={sampleProblem && 'error' in sampleProblem ? sampleProblem.error : undefined}
              secondaryControl={
                <Button formAction="none" onClick={infer} disabled={sampleProblem !== undefined && 'error' in sampleProblem} data-testid="expose-infer">
                  Infer the schema again
                </Button>
              }
              stretch
            >
              <Textarea value={draft.sample} onChange={({ detail }) => onSample(detail.value)} rows={4} spellcheck={false} ariaLabel="Sample payload" data-testid="expose-sample" />
            </FormField>
            <FormField
              label="JSON Schema (draft 4)"
              description="Requests that do not match get a 400 with the reason, before the endpoint is called. Edit it as needed."
              errorText={errorOf('schema') ?? schemaTextProblem(draft.schema)}
              stretch
            >
              <Textarea value={draft.schema} onChange={({ detail }) => set({ schema: detail.value })} rows={12} spellcheck={false} ariaLabel="JSON Schema (draft 4)" data-testid="expose-schema" />
            </FormField>
          </>
        ) : (
          <Box data-testid="expose-csv-note">CSV bodies pass to the endpoint as sent: API Gateway validates JSON only, so the model {draft.modelName || ''} describes nothing ({'{}'}).</Box>
        )}
      </SpaceBetween>
    </Container>
  );
}
