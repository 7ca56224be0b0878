import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useSessionQuery } from '../../use-session-query';
import { formatMoney } from '../endpoint-format';

const whole = (value: number) => Number.isInteger(value) && value >= 1;

/**
 * Hourly and monthly cost at the minimum and maximum capacity for an instance type, from the price
 * table the host ships (its source and date shown), and the warning when the maximum's monthly cost
 * is above the profile's budget. Asked again as the numbers change; nothing is asked for numbers
 * the form would refuse anyway.
 */
export function CostPreview({
  instanceType,
  minCapacity,
  maxCapacity,
  testId,
}: {
  instanceType: string | undefined;
  minCapacity: number;
  maxCapacity: number;
  testId: string;
}) {
  const valid = instanceType !== undefined && whole(minCapacity) && whole(maxCapacity) && maxCapacity >= minCapacity;
  const cost = useSessionQuery(
    'endpoints.scalingCost',
    {
      instanceType: instanceType ?? '',
      minCapacity: Math.max(1, minCapacity || 1),
      maxCapacity: Math.max(1, maxCapacity || 1),
    },
    { enabled: valid },
  );
  if (!valid) return <Box color="text-body-secondary">The cost shows once the capacities are valid.</Box>;
  if (cost.isPending) return <p role="status">Working out the cost…</p>;
  if (cost.isError)
    return (
      <Box color="text-status-error">The cost could not be worked out: {String((cost.error as Error).message)}</Box>
    );
  const data = cost.data;
  return (
    <SpaceBetween size="s">
      {[
        data.warning && (
          <Alert key="warning" type="warning" header="Above the budget" data-testid={`${testId}-warning`}>
            {data.warning}
          </Alert>
        ),
        <div key="numbers" data-testid={testId}>
          <KeyValuePairs
            columns={4}
            items={[
              { label: `Hourly at minimum (${minCapacity})`, value: formatMoney(data.hourlyAtMin, data.currency) },
              { label: `Hourly at maximum (${maxCapacity})`, value: formatMoney(data.hourlyAtMax, data.currency) },
              {
                label: 'Monthly at minimum',
                value: (
                  <span data-testid={`${testId}-monthly-min`}>{formatMoney(data.monthlyAtMin, data.currency)}</span>
                ),
              },
              {
                label: 'Monthly at maximum',
                value: (
                  <span data-testid={`${testId}-monthly-max`}>{formatMoney(data.monthlyAtMax, data.currency)}</span>
                ),
              },
            ]}
          />
        </div>,
        <Box key="source" variant="small" color="text-body-secondary">
          {data.instanceType} on demand at {formatMoney(data.hourlyPrice, data.currency)} an hour; 730 hours a month.
          Prices: {data.source}, {data.priceDate}.
          {data.budgetMonthly !== undefined
            ? ` Budget: ${formatMoney(data.budgetMonthly, data.currency)} a month.`
            : ' No budget set for this profile.'}
          {data.note ? ` ${data.note}` : ''}
        </Box>,
      ]}
    </SpaceBetween>
  );
}
