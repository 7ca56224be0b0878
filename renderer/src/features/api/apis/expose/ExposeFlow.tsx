import '../../api.css';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useCallback, useState } from 'react';
import type { ExposeEndpointInput } from '../../../../../../shared/contract/apis';
import type { ExposedApi } from '../../../../../../shared/domain/apis';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { messageFor, type FieldErrors } from '../../../live/field-errors';
import { useSageMutation } from '../../../live/use-sage-mutation';
import { apiHomeHref, exposeHref } from '../../api-routes';
import { AccessSection } from './AccessSection';
import { ApiSection } from './ApiSection';
import { BodySection } from './BodySection';
import { EndpointSection } from './EndpointSection';
import { DEFAULT_SAMPLE, initialDraft, parseExposeDraft, withEndpoint, withSample, type ExposeDraft } from './expose-draft';
import { ExposeProgress } from './ExposeProgress';
import { ExposeResult } from './ExposeResult';
import { useRecentSample } from './use-expose-prefill';

export type SetDraft = (change: Partial<ExposeDraft>) => void;
export type ErrorOf = (field: string) => string | undefined;

/**
 * Expose a SageMaker endpoint as a validated REST API in one form of four steps: endpoint, API,
 * request body (a sample → an inferred, editable JSON Schema), access. Checked with the contract's
 * schema before sending; AWS's refusals land on their fields; nothing typed is lost on an error.
 * `#/api/expose?endpoint=<name>`.
 */
export default function ExposeFlow({ endpointName = '' }: { endpointName?: string }) {
  const [draft, setDraftState] = useState<ExposeDraft>(() => initialDraft(endpointName));
  const [checked, setChecked] = useState<FieldErrors>({});
  const [sent, setSent] = useState<ExposeEndpointInput>();
  const [result, setResult] = useState<ExposedApi>();
  const expose = useSageMutation('apis.expose', { invalidate: ['apis.list', 'apis.describe'] });
  const set: SetDraft = (change) => setDraftState((current) => ({ ...current, ...change }));
  const errorOf: ErrorOf = (field) => messageFor(checked, field) ?? messageFor(expose.fieldErrors, field);
  const onSample = useCallback((sample: string) => setDraftState((current) => withSample(current, sample)), []);
  // A recent payload replaces only the default sample, never one the user typed.
  const onRecentSample = useCallback((sample: string) => setDraftState((current) => (current.sample === DEFAULT_SAMPLE ? withSample(current, sample) : current)), []);
  useRecentSample(draft.endpointName, onRecentSample);

  const submit = () => {
    const parsed = parseExposeDraft(draft);
    if ('errors' in parsed) {
      setChecked(parsed.errors);
      return;
    }
    setChecked({});
    expose.reset();
    setSent(parsed.input);
    void expose.run(parsed.input).then((answer) => answer && setResult(answer));
  };

  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'APIs and load balancers', href: apiHomeHref() },
        { text: 'Expose an endpoint', href: exposeHref(draft.endpointName || undefined) },
      ]}
    />
  );
  if (result) {
    return (
      <section data-testid="expose-flow" aria-label="Expose an endpoint as an API">
        <SpaceBetween size="l">
          {crumbs}
          <ExposeResult result={result} />
        </SpaceBetween>
      </section>
    );
  }
  return (
    <section data-testid="expose-flow" aria-label="Expose an endpoint as an API">
      <SpaceBetween size="l">
        {crumbs}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Form
            header={
              <Header variant="h1" description="A POST method that validates the body against a JSON Schema, maps it to InvokeEndpoint, maps errors, and deploys to a stage.">
                Expose an endpoint as an API
              </Header>
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button formAction="none" href={apiHomeHref()} disabled={expose.isPending}>
                  Cancel
                </Button>
                <Button variant="primary" formAction="submit" loading={expose.isPending} data-testid="expose-submit">
                  {draft.endpointName ? `Expose ${draft.endpointName}` : 'Expose the endpoint'}
                </Button>
              </SpaceBetween>
            }
          >
            <SpaceBetween size="l">
              <EndpointSection draft={draft} onEndpoint={(name) => setDraftState((current) => withEndpoint(current, name))} errorOf={errorOf} />
              <ApiSection draft={draft} set={set} errorOf={errorOf} />
              <BodySection draft={draft} set={set} onSample={onSample} errorOf={errorOf} />
              <AccessSection draft={draft} set={set} errorOf={errorOf} />
            </SpaceBetween>
          </Form>
        </form>
        {expose.isPending && sent && <ExposeProgress input={sent} />}
        {expose.error !== undefined && <ErrorNotice error={expose.error} title={`${sent?.endpointName ?? 'The endpoint'} could not be exposed`} />}
      </SpaceBetween>
    </section>
  );
}
