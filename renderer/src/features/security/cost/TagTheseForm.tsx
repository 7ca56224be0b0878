import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { TagResourcesResult } from '../../../../../shared/domain/cost';
import { tagKeySchema, tagValueSchema } from '../../../../../shared/validation/tags';
import { useSageMutation } from '../../live/use-sage-mutation';

const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? undefined : (result.error?.issues[0]?.message ?? 'Check this field.');

/**
 * Key and value for the selected resources, checked with AWS's tag rules before sending; the
 * confirmation (destructive: it changes many resources' tags and their cost allocation) comes from
 * the contract. What AWS refused is listed per resource.
 */
export function TagTheseForm({ arns, tagKey, onDone, onCancel }: { arns: string[]; tagKey: string; onDone: (result: TagResourcesResult) => void; onCancel: () => void }) {
  const [key, setKey] = useState(tagKey);
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(false);
  const tag = useSageMutation('cost.tagResources', { invalidate: ['cost.untagged', 'cost.byTag', 'cost.summary', 'tags.find', 'tags.list'] });
  const keyError = checked ? firstIssue(tagKeySchema.safeParse(key)) : undefined;
  const valueError = checked ? (value === '' ? 'Enter the value, such as churn.' : firstIssue(tagValueSchema.safeParse(value))) : undefined;
  const submit = async () => {
    setChecked(true);
    if (firstIssue(tagKeySchema.safeParse(key)) || value === '' || firstIssue(tagValueSchema.safeParse(value))) return;
    const result = await tag.run({ arns, tags: { [key]: value } });
    if (result) onDone(result);
  };
  return (
    <form
      data-testid="cost-tag-form"
      aria-label="Tag the selected resources"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <SpaceBetween size="s">
        <SpaceBetween size="s" direction="horizontal">
          <FormField label="Tag key" errorText={keyError ?? tag.fieldErrors.tags}>
            <Input value={key} onChange={({ detail }) => setKey(detail.value)} data-testid="cost-tag-form-key" />
          </FormField>
          <FormField label="Tag value" errorText={valueError}>
            <Input value={value} onChange={({ detail }) => setValue(detail.value)} data-testid="cost-tag-form-value" placeholder="churn" />
          </FormField>
        </SpaceBetween>
        {tag.formError && (
          <Alert type="error" header="The resources were not tagged" data-testid="cost-tag-form-error">
            {tag.formError}
          </Alert>
        )}
        <SpaceBetween size="xs" direction="horizontal">
          <Button variant="primary" formAction="submit" loading={tag.isPending} data-testid="cost-tag-form-submit">
            {`Tag ${arns.length} ${arns.length === 1 ? 'resource' : 'resources'}`}
          </Button>
          <Button formAction="none" onClick={onCancel} data-testid="cost-tag-form-cancel">
            Cancel
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </form>
  );
}
