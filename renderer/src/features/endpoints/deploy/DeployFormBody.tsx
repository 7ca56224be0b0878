import Autosuggest from '@cloudscape-design/components/autosuggest';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { HOSTING_INSTANCE_TYPES } from '../../../../../shared/validation/hosting-instance-types';
import { navigateHref } from '../../../app/hash-route';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { deploymentHref, endpointHref, endpointsHref } from '../endpoint-routes';
import { AlarmPicker } from './AlarmPicker';
import { deployRequest, type DeployDraft } from './deploy-draft';
import { StrategyFields } from './StrategyFields';
import { VersionPicker } from './VersionPicker';

const INSTANCE_OPTIONS = HOSTING_INSTANCE_TYPES.map((value) => ({ value }));

/** The deploy form itself; `existing` is the endpoint being updated (undefined: a new endpoint). */
export function DeployFormBody({ initial, existing }: { initial: DeployDraft; existing: string | undefined }) {
  const [draft, setDraft] = useState(initial);
  const [local, setLocal] = useState<FieldErrors>({});
  const deploy = useSageMutation('endpoints.deploy', {
    invalidate: ['endpoints.list', 'endpoints.describe', 'endpoints.rollbackPlan'],
    onSuccess: (result) => navigateHref(deploymentHref(result.endpointName)),
  });
  const errors = { ...deploy.fieldErrors, ...local };
  const set = (patch: Partial<DeployDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = () => {
    const { input, errors: found } = deployRequest(draft);
    setLocal(found);
    if (input) void deploy.run(input);
  };
  const title = existing ? `Deploy to ${existing}` : 'Deploy to a new endpoint';

  return (
    <SpaceBetween size="l">
      <BreadcrumbGroup
        ariaLabel="Breadcrumbs"
        items={[
          { text: 'Endpoints', href: endpointsHref() },
          ...(existing ? [{ text: existing, href: endpointHref(existing) }] : []),
          { text: 'Deploy', href: '#' },
        ]}
      />
      <form
        data-testid="deploy-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Form
          header={<Header variant="h1">{title}</Header>}
          errorText={deploy.formError}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" href={existing ? endpointHref(existing) : endpointsHref()}>
                Cancel
              </Button>
              <Button variant="primary" formAction="submit" loading={deploy.isPending} data-testid="deploy-submit">
                Deploy
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">Model version</Header>}>
              <SpaceBetween size="m">
                {!existing && (
                  <FormField
                    label="Endpoint name"
                    errorText={messageFor(errors, 'endpointName')}
                    data-testid="deploy-formfield-endpointName"
                  >
                    <Input
                      value={draft.endpointName}
                      onChange={({ detail }) => set({ endpointName: detail.value })}
                      data-testid="deploy-field-endpointName"
                    />
                  </FormField>
                )}
                <VersionPicker draft={draft} set={set} errors={errors} />
              </SpaceBetween>
            </Container>
            <Container header={<Header variant="h2">Instances</Header>}>
              <ColumnLayout columns={2}>
                <FormField
                  label="Instance type"
                  errorText={messageFor(errors, 'instanceType')}
                  data-testid="deploy-formfield-instanceType"
                >
                  <Autosuggest
                    value={draft.instanceType}
                    onChange={({ detail }) => set({ instanceType: detail.value })}
                    options={INSTANCE_OPTIONS}
                    enteredTextLabel={(value) => `Use ${value}`}
                    clearAriaLabel="Clear the instance type"
                    empty="No instance type matches"
                    data-testid="deploy-field-instanceType"
                  />
                </FormField>
                <FormField
                  label="Instance count"
                  errorText={messageFor(errors, 'instanceCount')}
                  data-testid="deploy-formfield-instanceCount"
                >
                  <Input
                    value={draft.instanceCount}
                    inputMode="numeric"
                    onChange={({ detail }) => set({ instanceCount: detail.value })}
                    data-testid="deploy-field-instanceCount"
                  />
                </FormField>
              </ColumnLayout>
            </Container>
            <Container header={<Header variant="h2">Deployment strategy</Header>}>
              <SpaceBetween size="m">
                <StrategyFields draft={draft} set={set} errors={errors} existing={existing !== undefined} />
                {existing && (
                  <AlarmPicker
                    endpointName={existing}
                    chosen={draft.rollbackAlarms}
                    onChange={(rollbackAlarms) => set({ rollbackAlarms })}
                    errors={errors}
                  />
                )}
              </SpaceBetween>
            </Container>
          </SpaceBetween>
        </Form>
      </form>
    </SpaceBetween>
  );
}
