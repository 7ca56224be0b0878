import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { RecommendedAlarm } from '../../../../../shared/domain/alarms';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { endpointHref } from '../../endpoints/endpoint-routes';
import { askNotificationPermissionOnce } from '../../jobs/notifications/permission';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { COMPARISON_SYMBOLS, metricText } from '../alarm-format';
import { alarmHref, boardHref } from '../alarm-routes';
import { SnsTopicField } from '../SnsTopicField';
import { parseRows, rowKey, rowsOf, type RecommendRow } from './recommend-draft';

const KIND_LABELS: Record<RecommendedAlarm['kind'], string> = {
  latencyP99: 'Model latency p99',
  errors5xx: '5XX errors',
  zeroInvocations: 'Invocations drop to zero',
  cpu: 'CPU utilization',
};

function RowFields({ row, errors, onChange }: { row: RecommendRow; errors: FieldErrors; onChange: (next: RecommendRow) => void }) {
  const r = row.recommendation;
  const key = rowKey(r);
  const label = `${KIND_LABELS[r.kind]} on ${r.variantName}`;
  return (
    <tr data-testid={`recommend-row-${key}`} data-selected={row.selected}>
      <td>
        <Checkbox checked={row.selected} onChange={({ detail }) => onChange({ ...row, selected: detail.checked })} ariaLabel={`Create ${label}`} />
      </td>
      <th scope="row">
        {label}
        <div className="alarm-note">
          {metricText(r.metric)}, {COMPARISON_SYMBOLS[r.comparison]} threshold, {r.datapointsToAlarm} of {r.evaluationPeriods} periods
        </div>
        {r.exists && <div className="alarm-note alarm-exists">Exists — creating overwrites it</div>}
      </th>
      <td>
        <FormField errorText={messageFor(errors, `${key}.name`)} label={<span className="sr-only">Name of {label}</span>}>
          <Input value={row.name} onChange={({ detail }) => onChange({ ...row, name: detail.value })} ariaLabel={`Name of ${label}`} />
        </FormField>
      </td>
      <td>
        <FormField errorText={messageFor(errors, `${key}.threshold`)} label={<span className="sr-only">Threshold of {label}</span>}>
          <SpaceBetween direction="horizontal" size="xxs" alignItems="center">
            <Input
              type="number"
              inputMode="decimal"
              value={row.threshold}
              onChange={({ detail }) => onChange({ ...row, threshold: detail.value })}
              ariaLabel={`Threshold of ${label} in ${r.thresholdUnit}`}
              data-testid={`recommend-threshold-${key}`}
            />
            <span>{r.thresholdUnit}</span>
          </SpaceBetween>
        </FormField>
      </td>
    </tr>
  );
}

function Created({ endpointName, names }: { endpointName: string; names: string[] }) {
  return (
    <Alert type="success" header={`Created ${names.length} alarm${names.length === 1 ? '' : 's'} for ${endpointName}`} data-testid="recommend-created">
      <ul>
        {names.map((name) => (
          <li key={name}>
            <Link href={alarmHref(name)}>{name}</Link>
          </li>
        ))}
      </ul>
      <Link href={boardHref()}>See them on the alarm board</Link>
    </Alert>
  );
}

function RecommendTable({ endpointName, recommendations }: { endpointName: string; recommendations: RecommendedAlarm[] }) {
  const [rows, setRows] = useState(() => rowsOf(recommendations));
  const [topic, setTopic] = useState('');
  const [checked, setChecked] = useState<FieldErrors>({});
  const create = useSageMutation('alarms.createRecommended', { invalidate: ['alarms.list', 'alarms.recommendations'] });
  const [created, setCreated] = useState<string[]>();
  const errors = { ...create.fieldErrors, ...checked };

  const submit = async () => {
    askNotificationPermissionOnce();
    const parsed = parseRows(endpointName, rows, topic);
    if ('errors' in parsed) {
      setChecked(parsed.errors);
      return;
    }
    setChecked({});
    create.reset();
    const answer = await create.run(parsed.input);
    if (!answer) return;
    setCreated(answer.created);
    // What was just created now exists: unchosen, so a second click does not overwrite it unasked.
    setRows((current) =>
      current.map((row) => (answer.created.includes(row.name) ? { ...row, selected: false, recommendation: { ...row.recommendation, exists: true } } : row)),
    );
  };

  return (
    <form
      data-testid="recommend-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <SpaceBetween size="l">
        {created && <Created endpointName={endpointName} names={created} />}
        <Form
          errorText={create.formError ?? messageFor(errors, 'alarms')}
          errorIconAriaLabel="Error"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" href={endpointHref(endpointName)}>
                Back to {endpointName}
              </Button>
              <Button variant="primary" loading={create.isPending} data-testid="recommend-create">
                Create {rows.filter((row) => row.selected).length} alarms
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="m">
            <PlainTable caption={`Recommended alarms for ${endpointName}`} columns={['Create', 'Alarm', 'Name', 'Threshold']}>
              {rows.map((row, index) => (
                <RowFields
                  key={rowKey(row.recommendation)}
                  row={row}
                  errors={errors}
                  onChange={(next) => setRows((current) => current.map((entry, at) => (at === index ? next : entry)))}
                />
              ))}
            </PlainTable>
            <SnsTopicField
              value={topic}
              onChange={setTopic}
              errorText={messageFor(errors, 'snsTopicArn')}
              description="Notified when an alarm enters ALARM and when it returns to OK."
              testId="recommend-topic"
            />
          </SpaceBetween>
        </Form>
      </SpaceBetween>
    </form>
  );
}

/** `#/alarms/recommend/<endpoint>`: the recommended alarms per variant, with editable thresholds, in one action. */
export default function RecommendForm({ endpointName }: { endpointName: string }) {
  const recommendations = useSessionQuery('alarms.recommendations', { endpointName });
  return (
    <SpaceBetween size="l">
      <BreadcrumbGroup
        ariaLabel="Breadcrumbs"
        items={[
          { text: 'Alarms', href: boardHref() },
          { text: `Recommended alarms for ${endpointName}`, href: '#' },
        ]}
      />
      <Header variant="h2" description="CloudWatch alarms every endpoint variant should have. Thresholds are editable; AWS evaluates them every minute.">
        Recommended alarms for <Link href={endpointHref(endpointName)}>{endpointName}</Link>
      </Header>
      {recommendations.isPending && <p role="status">Loading the recommendations…</p>}
      {recommendations.isError && (
        <ErrorNotice
          error={recommendations.error}
          title={`The recommended alarms for ${endpointName} could not be worked out`}
          action={
            <button type="button" className="button" onClick={() => void recommendations.refetch()}>
              Try again
            </button>
          }
        />
      )}
      {recommendations.data?.length === 0 && <p data-testid="recommend-none">{endpointName} has no variants to watch.</p>}
      {recommendations.data && recommendations.data.length > 0 && (
        <RecommendTable endpointName={endpointName} recommendations={recommendations.data} />
      )}
    </SpaceBetween>
  );
}
