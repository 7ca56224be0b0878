import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ExposeAuth, ExposeDraft, QuotaPeriod } from './expose-draft';
import type { ErrorOf, SetDraft } from './ExposeFlow';
import { useSuggestedRole } from './use-suggested-role';

const PERIODS = [
  { value: 'DAY', label: 'a day' },
  { value: 'WEEK', label: 'a week' },
  { value: 'MONTH', label: 'a month' },
];

/** Step 4: who may call (IAM or an API key in a usage plan), and the role API Gateway calls the endpoint with. */
export function AccessSection({ draft, set, errorOf }: { draft: ExposeDraft; set: SetDraft; errorOf: ErrorOf }) {
  const suggested = useSuggestedRole(draft.endpointName);
  return (
    <Container header={<Header variant="h2">4. Access</Header>}>
      <SpaceBetween size="m">
        <FormField label="Callers authenticate with" errorText={errorOf('auth')}>
          <div data-testid="expose-auth">
            <RadioGroup
              value={draft.auth}
              onChange={({ detail }) => set({ auth: detail.value as ExposeAuth })}
              ariaLabel="Callers authenticate with"
              items={[
                { value: 'AWS_IAM', label: 'IAM', description: 'Requests signed with SigV4 by an identity allowed execute-api:Invoke.' },
                { value: 'API_KEY', label: 'API key', description: 'An x-api-key header; the key belongs to a usage plan that limits its rate.' },
              ]}
            />
          </div>
        </FormField>
        {draft.auth === 'API_KEY' && (
          <div data-testid="expose-usage-plan">
            <SpaceBetween size="m">
              <ColumnLayout columns={3}>
                <FormField label="Usage plan name" errorText={errorOf('usagePlan.name') ?? (errorOf('usagePlan') && !errorOf('usagePlan.rateLimit') ? errorOf('usagePlan') : undefined)}>
                  <Input value={draft.planName} onChange={({ detail }) => set({ planName: detail.value })} ariaLabel="Usage plan name" data-testid="expose-plan-name" />
                </FormField>
                <FormField label="Requests a second" errorText={errorOf('usagePlan.rateLimit')}>
                  <Input type="number" inputMode="decimal" value={draft.planRate} onChange={({ detail }) => set({ planRate: detail.value })} ariaLabel="Usage plan requests a second" data-testid="expose-plan-rate" />
                </FormField>
                <FormField label="Burst" errorText={errorOf('usagePlan.burstLimit')}>
                  <Input type="number" inputMode="numeric" value={draft.planBurst} onChange={({ detail }) => set({ planBurst: detail.value })} ariaLabel="Usage plan burst" data-testid="expose-plan-burst" />
                </FormField>
              </ColumnLayout>
              <ColumnLayout columns={2}>
                <FormField label="Quota (optional)" description="Requests per period for each key; empty for none." errorText={errorOf('usagePlan.quota')}>
                  <Input type="number" inputMode="numeric" value={draft.quotaLimit} onChange={({ detail }) => set({ quotaLimit: detail.value })} ariaLabel="Quota (optional)" data-testid="expose-plan-quota" />
                </FormField>
                <FormField label="Quota period">
                  <Select
                    selectedOption={PERIODS.find((period) => period.value === draft.quotaPeriod) ?? null}
                    onChange={({ detail }) => set({ quotaPeriod: detail.selectedOption.value as QuotaPeriod })}
                    options={PERIODS}
                    disabled={draft.quotaLimit.trim() === ''}
                    ariaLabel="Quota period"
                  />
                </FormField>
              </ColumnLayout>
            </SpaceBetween>
          </div>
        )}
        <FormField
          secondaryControl={
            suggested && suggested.roleArn !== draft.invokeRoleArn ? (
              <Button formAction="none" onClick={() => set({ invokeRoleArn: suggested.roleArn })} data-testid="expose-role-suggested">
                {`Use the role of ${suggested.apiName}`}
              </Button>
            ) : undefined
          }
          label="Invoke role ARN"
          description="The role API Gateway assumes to call the endpoint: it needs sagemaker:InvokeEndpoint on it and must trust apigateway.amazonaws.com, e.g. arn:aws:iam::111122223333:role/churn-api-invoke."
          errorText={errorOf('invokeRoleArn')}
        >
          <Input value={draft.invokeRoleArn} onChange={({ detail }) => set({ invokeRoleArn: detail.value })} placeholder="arn:aws:iam::<account>:role/<name>" ariaLabel="Invoke role ARN" data-testid="expose-role" />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
