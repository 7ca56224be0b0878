import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';
import { costTagKeySchema } from '../../../../../shared/validation/cost';

/** The cost-allocation tag key the section reports on (AWS's rules for a key, checked before asking). */
export function TagKeyPicker({ tagKey, onChange }: { tagKey: string; onChange: (key: string) => void }) {
  const [draft, setDraft] = useState(tagKey);
  const [error, setError] = useState<string>();
  const apply = () => {
    const parsed = costTagKeySchema.safeParse(draft.trim());
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a tag key.');
      return;
    }
    setError(undefined);
    onChange(parsed.data);
  };
  return (
    <form
      className="cost-tag-key"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <FormField label="Cost-allocation tag key" description="Cost by tag groups by this key; untagged resources are those without it." errorText={error}>
        <Input value={draft} onChange={({ detail }) => setDraft(detail.value)} data-testid="cost-tag-key" />
      </FormField>
      <Button formAction="submit" data-testid="cost-tag-key-apply">
        Show cost by this tag
      </Button>
    </form>
  );
}
