import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import type { RowsField } from './field-specs';

interface Props {
  field: RowsField;
  rows: Record<string, string>[];
  errors: FieldErrors;
  blank: () => Record<string, string>;
  onChange: (rows: Record<string, string>[]) => void;
}

/** Repeated rows (channels, outputs, metric definitions); each cell is `job-field-<path>.<i>.<key>`. */
export function RowsEditor({ field, rows, errors, blank, onChange }: Props) {
  const update = (index: number, key: string, value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [key]: value } : row)));
  const listError = errors[field.path];
  return (
    <FormField label={field.label} description={field.description} errorText={listError} stretch data-testid={`job-formfield-${field.path}`}>
      <SpaceBetween size="s">
        {[
          ...rows.map((row, index) => (
            <div className="job-form-row" key={index} role="group" aria-label={`${field.label} ${index + 1}`}>
              {field.columns.map((column) => {
                const path = `${field.path}.${index}.${column.key}`;
                const error = messageFor(errors, path);
                return (
                  <FormField key={column.key} label={column.label} errorText={error} data-testid={`job-formfield-${path}`}>
                    <Input
                      value={row[column.key] ?? ''}
                      invalid={error !== undefined}
                      placeholder={column.placeholder}
                      data-testid={`job-field-${path}`}
                      onChange={({ detail }) => update(index, column.key, detail.value)}
                    />
                  </FormField>
                );
              })}
              <Button
                formAction="none"
                iconName="remove"
                ariaLabel={`Remove ${field.label.toLowerCase()} ${index + 1}`}
                onClick={() => onChange(rows.filter((_, at) => at !== index))}
              />
            </div>
          )),
          <Button key="add" formAction="none" iconName="add-plus" onClick={() => onChange([...rows, blank()])}>
            Add {field.label.toLowerCase().replace(/s$/, '')}
          </Button>,
        ]}
      </SpaceBetween>
    </FormField>
  );
}
