import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { formatMoney } from '../endpoint-format';

/** The profile's monthly endpoint budget: the cost previews warn above it. Stored by the host per profile. */
export function BudgetEditor() {
  const budget = useSessionQuery('endpoints.budget', {});
  const save = useSageMutation('endpoints.setBudget', {
    invalidate: ['endpoints.budget', 'endpoints.scalingCost', 'endpoints.scaling'],
  });
  const [typed, setTyped] = useState<string>();
  const shown = typed ?? (budget.data?.monthlyUsd !== undefined ? String(budget.data.monthlyUsd) : '');
  const amount = Number(shown);
  const invalid = shown.trim() !== '' && !(Number.isFinite(amount) && amount > 0);
  const submit = () => {
    if (invalid) return;
    void save.run({ monthlyUsd: shown.trim() === '' ? null : amount }).then((result) => result && setTyped(undefined));
  };
  return (
    <form
      data-testid="budget-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <SpaceBetween size="xs">
        <FormField
          label={`Monthly endpoint budget of ${budget.data?.profile ?? 'this profile'} (USD)`}
          description={
            budget.data?.monthlyUsd !== undefined
              ? `Now ${formatMoney(budget.data.monthlyUsd)} a month. Leave empty to remove it.`
              : 'None set: costs are shown without a warning.'
          }
          errorText={
            invalid ? 'Enter an amount above 0, or leave it empty.' : (save.fieldErrors.monthlyUsd ?? save.formError)
          }
        >
          <Input
            value={shown}
            inputMode="decimal"
            onChange={({ detail }) => setTyped(detail.value)}
            data-testid="budget-input"
          />
        </FormField>
        <Button formAction="submit" loading={save.isPending} data-testid="budget-save">
          Save budget
        </Button>
      </SpaceBetween>
    </form>
  );
}
