import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import type { InvocationResult } from '../../../../../shared/domain/endpoints';
import { invokeSchema } from '../../../../../shared/validation/endpoints';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { messageFor, zodFieldErrors, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { endpointHref, endpointsHref } from '../endpoint-routes';
import { InvocationAnswer } from './InvocationAnswer';
import { RecentPayloads } from './RecentPayloads';

type ContentType = 'application/json' | 'text/csv';

const EXAMPLES: Record<ContentType, string> = {
  'application/json': '{"instances": [[24, 70.5, 1, 12]]}',
  'text/csv': '24,70.5,1,12',
};
const ANY_VARIANT = { value: '', label: 'Any (AWS routes by weight)' };

/** Sends a test payload to the endpoint (InvokeEndpoint) and shows the answer. `#/endpoints/<name>/invoke`. */
export default function InvokePanel({ name }: { name: string }) {
  const detail = useSessionQuery('endpoints.describe', { endpointName: name });
  const [contentType, setContentType] = useState<ContentType>('application/json');
  const [body, setBody] = useState(EXAMPLES['application/json']);
  const [variant, setVariant] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const [answer, setAnswer] = useState<InvocationResult>();
  const invoke = useSageMutation('endpoints.invoke', { invalidate: ['endpoints.recentPayloads'] });
  const errors = { ...invoke.fieldErrors, ...local };

  const send = () => {
    const input = { endpointName: name, contentType, body, ...(variant ? { targetVariant: variant } : {}) };
    const parsed = invokeSchema.safeParse(input);
    if (!parsed.success) {
      setLocal(zodFieldErrors(parsed.error));
      return;
    }
    setLocal({});
    void invoke.run(parsed.data).then((result) => result && setAnswer(result));
  };
  const switchType = (next: ContentType) => {
    // An untouched example follows the type; anything the user typed stays.
    if (body === EXAMPLES[contentType]) setBody(EXAMPLES[next]);
    setContentType(next);
  };
  const variants = detail.data?.variants.map((v) => ({ value: v.variantName, label: v.variantName })) ?? [];

  return (
    <SpaceBetween size="l">
      <BreadcrumbGroup
        ariaLabel="Breadcrumbs"
        items={[
          { text: 'Endpoints', href: endpointsHref() },
          { text: name, href: endpointHref(name) },
          { text: 'Test invocation', href: '#' },
        ]}
      />
      <form
        data-testid="invoke-form"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <Form
          header={<Header variant="h1">Test invocation of {name}</Header>}
          actions={
            <Button variant="primary" formAction="submit" loading={invoke.isPending} data-testid="invoke-send">
              Send
            </Button>
          }
        >
          <Container>
            <SpaceBetween size="m">
              <FormField label="Payload format">
                <SegmentedControl
                  selectedId={contentType}
                  onChange={({ detail: change }) => switchType(change.selectedId as ContentType)}
                  label="Payload format"
                  options={[
                    { id: 'application/json', text: 'JSON' },
                    { id: 'text/csv', text: 'CSV' },
                  ]}
                />
              </FormField>
              <FormField
                label="Payload"
                description={
                  contentType === 'text/csv' ? 'One row per line.' : 'A JSON document, e.g. {"instances": [[…]]}.'
                }
                errorText={messageFor(errors, 'body')}
                data-testid="invoke-formfield-body"
              >
                <Textarea
                  value={body}
                  onChange={({ detail: change }) => setBody(change.value)}
                  rows={6}
                  spellcheck={false}
                  data-testid="invoke-body-input"
                />
              </FormField>
              <FormField label="Target variant" errorText={messageFor(errors, 'targetVariant')}>
                <Select
                  selectedOption={variants.find((option) => option.value === variant) ?? ANY_VARIANT}
                  onChange={({ detail: change }) => setVariant(change.selectedOption.value ?? '')}
                  options={[ANY_VARIANT, ...variants]}
                />
              </FormField>
            </SpaceBetween>
          </Container>
        </Form>
      </form>
      {invoke.formError && <ErrorNotice error={invoke.error} title={`${name} could not be invoked`} />}
      {answer && (
        <Container header={<Header variant="h2">Answer</Header>} data-testid="invoke-answer">
          <InvocationAnswer result={answer} />
        </Container>
      )}
      <Container header={<Header variant="h2">Recent payloads</Header>}>
        <RecentPayloads
          endpointName={name}
          onUse={(payload) => {
            setContentType(payload.contentType);
            setBody(payload.body);
          }}
        />
      </Container>
    </SpaceBetween>
  );
}
