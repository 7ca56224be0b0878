import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSessionQuery } from '../../use-session-query';

/** Auto-rollback alarms, picked from the CloudWatch alarms on this endpoint's metrics. */
export function AlarmPicker({
  endpointName,
  chosen,
  onChange,
  errors,
}: {
  endpointName: string;
  chosen: string[];
  onChange: (names: string[]) => void;
  errors: FieldErrors;
}) {
  const alarms = useSessionQuery('endpoints.alarms', { endpointName });
  const options = (alarms.data ?? []).map((alarm) => ({
    value: alarm.name,
    label: alarm.name,
    description: `${alarm.state}${alarm.metric ? ` · ${alarm.metric}` : ''}${alarm.description ? ` · ${alarm.description}` : ''}`,
  }));
  return (
    <FormField
      label="Auto-rollback alarms"
      description="If any of these goes into ALARM during the deployment, AWS rolls it back to the current fleet."
      errorText={messageFor(errors, 'rollbackAlarms')}
      data-testid="deploy-formfield-rollbackAlarms"
    >
      <Multiselect
        selectedOptions={chosen.map(
          (name) => options.find((option) => option.value === name) ?? { value: name, label: name },
        )}
        onChange={({ detail }) => onChange(detail.selectedOptions.map((option) => option.value ?? '').filter(Boolean))}
        options={options}
        statusType={alarms.isPending ? 'loading' : alarms.isError ? 'error' : 'finished'}
        loadingText="Listing the endpoint's alarms"
        errorText="The alarms could not be listed."
        empty="No CloudWatch alarm watches this endpoint's metrics"
        placeholder="Choose alarms"
        data-testid="deploy-field-alarms"
      />
    </FormField>
  );
}
