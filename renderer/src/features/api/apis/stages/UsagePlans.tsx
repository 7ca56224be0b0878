import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { ApiDetail } from '../../../../../../shared/domain/apis';
import { throttlingWords } from '../resources/method-words';

const PERIOD_WORDS: Record<string, string> = { DAY: 'a day', WEEK: 'a week', MONTH: 'a month' };

/** The usage plans covering this API's stages: their limits and how many keys they hold (never a key's value). */
export function UsagePlans({ api }: { api: ApiDetail }) {
  if (api.usagePlans.length === 0) return null;
  return (
    <Table
      variant="container"
      data-testid="api-usage-plans"
      header={<Header variant="h2" counter={`(${api.usagePlans.length})`} description="API keys join a plan; its limits apply to each key.">Usage plans</Header>}
      items={api.usagePlans}
      trackBy="id"
      wrapLines
      columnDefinitions={[
        { id: 'name', header: 'Name', isRowHeader: true, cell: (plan) => plan.name },
        { id: 'throttle', header: 'Throttling', cell: (plan) => throttlingWords(plan.throttle) },
        { id: 'quota', header: 'Quota', cell: (plan) => (plan.quota ? `${plan.quota.limit.toLocaleString()} requests ${PERIOD_WORDS[plan.quota.period] ?? plan.quota.period}` : 'None') },
        { id: 'stages', header: 'Stages', cell: (plan) => plan.stages.map((stage) => stage.split('/').at(-1)).join(', ') || '—' },
        { id: 'keys', header: 'API keys', cell: (plan) => (plan.apiKeyIds.length === 0 ? 'None' : plan.apiKeyIds.join(', ')) },
      ]}
    />
  );
}
