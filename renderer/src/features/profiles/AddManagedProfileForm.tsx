import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { FieldName } from './managed-profile-form';
import { useAddManagedProfile } from './use-add-managed-profile';

interface FieldSpec {
  name: FieldName;
  label: string;
  description?: string;
  placeholder?: string;
  type?: InputProps.Type;
  optional?: boolean;
}

const FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Profile name', placeholder: 'ml-staging' },
  { name: 'region', label: 'Default region', placeholder: 'us-east-1', optional: true },
  { name: 'accessKeyId', label: 'Access key ID' },
  {
    name: 'secretAccessKey',
    label: 'Secret access key',
    type: 'password',
    description: 'Stored in the OS keychain only. SageDeck never shows it again.',
  },
  {
    name: 'endpointUrl',
    label: 'Endpoint URL',
    placeholder: 'http://127.0.0.1:4566',
    description: 'For LocalStack, moto or another AWS-compatible endpoint.',
    optional: true,
  },
];

export function AddManagedProfileForm({ disabled }: { disabled: boolean }) {
  const form = useAddManagedProfile();
  const { outcome } = form;

  return (
    <form
      data-testid="managed-profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <Form
        actions={
          <Button
            variant="primary"
            formAction="submit"
            disabled={disabled}
            loading={form.busy}
            data-testid="managed-profile-submit"
          >
            Add profile
          </Button>
        }
        errorText={outcome && 'error' in outcome ? outcome.error : undefined}
      >
        <SpaceBetween size="m">
          {[
            ...FIELDS.map((field) => (
              <FormField
                key={field.name}
                label={
                  field.optional ? (
                    <span>
                      {field.label} <i>- optional</i>
                    </span>
                  ) : (
                    field.label
                  )
                }
                description={field.description}
                errorText={form.errors[field.name]}
              >
                <Input
                  value={form.values[field.name]}
                  type={field.type ?? 'text'}
                  placeholder={field.placeholder}
                  disabled={disabled}
                  invalid={form.errors[field.name] !== undefined}
                  autoComplete={field.type === 'password' ? 'new-password' : false}
                  spellcheck={false}
                  onChange={({ detail }) => form.change(field.name, detail.value)}
                  nativeInputAttributes={{ 'data-testid': `managed-${field.name}` } as Record<string, string>}
                />
              </FormField>
            )),
            outcome && 'added' in outcome ? (
              <Alert key="added" type="success" data-testid="managed-profile-added">
                Profile <strong>{outcome.added.name}</strong> was added. Switch to it from the profile menu.
              </Alert>
            ) : null,
            disabled ? (
              <Box key="disabled" variant="small" color="text-status-inactive">
                Adding profiles needs the OS keychain.
              </Box>
            ) : null,
          ]}
        </SpaceBetween>
      </Form>
    </form>
  );
}
