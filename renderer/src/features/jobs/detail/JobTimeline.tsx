import Box from '@cloudscape-design/components/box';
import type { StatusTransition } from '../../../../../shared/domain/jobs';
import { formatDuration, formatTime } from '../job-format';

/** Secondary status transitions as an ordered list: what happened, when, for how long. */
export function JobTimeline({ transitions }: { transitions: StatusTransition[] }) {
  if (transitions.length === 0) return <Box color="text-body-secondary">AWS reports no status transitions for this job.</Box>;
  return (
    <ol className="job-timeline" data-testid="job-timeline">
      {transitions.map((step, index) => (
        <li key={`${step.status}-${index}`}>
          <strong>{step.status}</strong>{' '}
          <time dateTime={step.startTime}>{formatTime(step.startTime)}</time>
          {step.endTime ? ` (${formatDuration(Date.parse(step.endTime) - Date.parse(step.startTime))})` : ' (current)'}
          {step.message && <Box variant="small" display="block">{step.message}</Box>}
        </li>
      ))}
    </ol>
  );
}
