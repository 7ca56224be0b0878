import { useState } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profiles';
import { SageDeckError } from '../../../../shared/errors';
import { useClient, useServices } from '../../app/services';
import { errorMessage } from '../../components/ErrorNotice';
import {
  EMPTY_VALUES,
  fieldErrors,
  toInput,
  validate,
  type FieldErrors,
  type FieldName,
  type ManagedProfileValues,
} from './managed-profile-form';

export type SubmitOutcome = { added: ProfileSummary } | { error: string } | undefined;

/**
 * The "add profile with access keys" form. The secret leaves the page once, in the request, and is
 * cleared from the form as soon as it was sent, whatever the answer; everything else the user typed
 * stays when the host refuses it, with the host's message next to the field it names.
 */
export function useAddManagedProfile() {
  const client = useClient();
  const { session } = useServices();
  const [values, setValues] = useState<ManagedProfileValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<SubmitOutcome>();
  const [busy, setBusy] = useState(false);

  const change = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async () => {
    if (busy) return;
    setOutcome(undefined);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const input = toInput(values);
    setValues((current) => ({ ...current, secretAccessKey: '' }));
    try {
      const added = await client.request('profiles.addManaged', input);
      setValues(EMPTY_VALUES);
      setOutcome({ added });
      await session
        .getState()
        .reloadProfiles()
        .catch(() => undefined);
    } catch (reason) {
      const fields = reason instanceof SageDeckError && reason.fields ? fieldErrors(Object.entries(reason.fields)) : {};
      setErrors(fields);
      setOutcome({ error: errorMessage(reason) });
    } finally {
      setBusy(false);
    }
  };

  return { values, errors, outcome, busy, change, submit };
}
