import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { chosenRegionsSchema } from '../../../../../shared/validation/compliance';
import { useSageMutation } from '../../live/use-sage-mutation';

const split = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** Where the data may be kept, as a comma-separated list; checked here and again by the host. */
export function RegionsEditor({ regions }: { regions: string[] }) {
  const [text, setText] = useState(regions.join(', '));
  const [localError, setLocalError] = useState<string>();
  const save = useSageMutation('compliance.setRegions', { invalidate: ['compliance.report', 'compliance.regions'] });
  const submit = () => {
    const regions = split(text);
    const parsed = chosenRegionsSchema.safeParse(regions);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const which = typeof issue?.path[0] === 'number' ? `${regions[issue.path[0]]}: ` : '';
      return setLocalError(`${which}${issue?.message ?? 'Check the regions.'}`);
    }
    setLocalError(undefined);
    void save.run({ regions: parsed.data });
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <SpaceBetween size="xs" direction="horizontal" alignItems="end">
        <FormField label="Chosen data regions" description="Buckets outside these regions fail “Data kept in the chosen regions”. Kept for this profile on this machine." errorText={localError ?? save.fieldErrors.regions ?? save.formError}>
          <Input value={text} onChange={({ detail }) => setText(detail.value)} data-testid="compliance-regions-input" ariaLabel="Chosen data regions" />
        </FormField>
        <Button formAction="submit" loading={save.isPending} data-testid="compliance-regions-save">
          Save regions
        </Button>
      </SpaceBetween>
    </form>
  );
}
