import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import type { JobCost } from '../../../../../shared/domain/jobs';
import { formatMoney } from '../job-format';

/** Instance-hours × on-demand price, with where and when the price was read: an estimate, said so. */
export function JobCostSection({ cost }: { cost: JobCost }) {
  return (
    <div data-testid="job-cost">
      <ColumnLayout columns={3} variant="text-grid">
        {[
          <div key="so-far">
            <Box variant="awsui-key-label">Cost so far</Box>
            <div>{formatMoney(cost.soFar, cost.currency)}</div>
          </div>,
          <div key="estimate">
            <Box variant="awsui-key-label">Estimate at maximum runtime</Box>
            <div>{formatMoney(cost.estimateAtMaxRuntime, cost.currency)}</div>
          </div>,
          <div key="price">
            <Box variant="awsui-key-label">On-demand price per instance-hour</Box>
            <div>{cost.hourlyPrice === undefined ? 'Not in the price table' : formatMoney(cost.hourlyPrice, cost.currency)}</div>
          </div>,
        ]}
      </ColumnLayout>
      <Box variant="small" display="block" margin={{ top: 'xs' }}>
        Prices: {cost.source}, as of {cost.priceDate}.{cost.note ? ` ${cost.note}` : ''}
      </Box>
    </div>
  );
}
