import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TagRow } from './bucket-draft';

/** Key/value rows; empty rows are dropped when sent. */
export function TagsEditor({
  rows,
  onChange,
  errorText,
}: {
  rows: TagRow[];
  onChange: (rows: TagRow[]) => void;
  errorText: string | undefined;
}) {
  const set = (index: number, patch: Partial<TagRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <FormField label="Tags" description="For cost allocation and ownership, e.g. project=churn." errorText={errorText}>
      <SpaceBetween size="xs">
        {[
          ...rows.map((row, index) => (
            <SpaceBetween key={index} size="xs" direction="horizontal">
              {[
                <Input
                  key="k"
                  value={row.key}
                  ariaLabel={`Tag ${index + 1} key`}
                  placeholder="key"
                  onChange={({ detail }) => set(index, { key: detail.value })}
                />,
                <Input
                  key="v"
                  value={row.value}
                  ariaLabel={`Tag ${index + 1} value`}
                  placeholder="value"
                  onChange={({ detail }) => set(index, { value: detail.value })}
                />,
                <Button
                  key="x"
                  variant="icon"
                  iconName="remove"
                  ariaLabel={`Remove tag ${index + 1}`}
                  formAction="none"
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                />,
              ]}
            </SpaceBetween>
          )),
          <Button
            key="add"
            iconName="add-plus"
            formAction="none"
            onClick={() => onChange([...rows, { key: '', value: '' }])}
            data-testid="tag-add"
          >
            Add tag
          </Button>,
        ]}
      </SpaceBetween>
    </FormField>
  );
}
