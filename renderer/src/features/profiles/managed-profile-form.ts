import { requests, type RequestInput } from '../../../../shared/contract';

export type ManagedProfileInput = RequestInput<'profiles.addManaged'>;

export interface ManagedProfileValues {
  name: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  endpointUrl: string;
}

export type FieldName = keyof ManagedProfileValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

export const EMPTY_VALUES: ManagedProfileValues = {
  name: '',
  region: '',
  accessKeyId: '',
  secretAccessKey: '',
  endpointUrl: '',
};

const FIELD_NAMES = Object.keys(EMPTY_VALUES) as FieldName[];

function isFieldName(value: string): value is FieldName {
  return (FIELD_NAMES as string[]).includes(value);
}

/** The request as the host expects it: optional fields left out when empty. */
export function toInput(values: ManagedProfileValues): ManagedProfileInput {
  const input: ManagedProfileInput = {
    name: values.name.trim(),
    accessKeyId: values.accessKeyId.trim(),
    secretAccessKey: values.secretAccessKey,
  };
  if (values.region.trim()) input.region = values.region.trim();
  if (values.endpointUrl.trim()) input.endpointUrl = values.endpointUrl.trim();
  return input;
}

/**
 * The contract's own schema, checked before anything is sent, so a typo is pointed at next to its
 * field without a round trip; the host checks the same schema again.
 */
export function validate(values: ManagedProfileValues): FieldErrors {
  const parsed = requests['profiles.addManaged'].input.safeParse(toInput(values));
  if (parsed.success) return {};
  return fieldErrors(parsed.error.issues.map((issue) => [String(issue.path[0] ?? ''), issue.message]));
}

/** The host's `fields` (dot-separated paths) mapped onto the form's fields. */
export function fieldErrors(entries: Iterable<[string, string]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of entries) {
    const field = path.split('.')[0] ?? '';
    if (isFieldName(field) && !errors[field]) errors[field] = message;
  }
  return errors;
}
