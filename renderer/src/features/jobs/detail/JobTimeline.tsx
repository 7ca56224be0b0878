import Box from '@cloudscape-design/components/box';
import { isJobTransitioning, type JobStatus, type StatusTransition } from '../../../../../shared/domain/jobs';
import { formatDuration, formatTime } from '../job-format';

/**
 * How long a step lasted: to its own end when AWS gives one, else to the next step's start. Only the
 * last step of a job still running is "current"; the last step of an ended job is where it stopped.
 */
function stepLength(transitions: StatusTransition[], index: number, running: boolean): string {
  const step = transitions[index]!;
  const end = step.endTime ?? transitions[index + 1]?.startTime;
  if (end) return ` (${formatDuration(Date.parse(end) - Date.parse(step.startTime))})`;
  return running && index === transitions.length - 1 ? ' (current)' : '';
}

/** Status transitions as an ordered list: what happened, when, for how long. */
export function JobTimeline({ transitions, status }: { transitions: StatusTransition[]; status: JobStatus }) {
  if (transitions.length === 0) return <Box color="text-body-secondary">AWS reports no status transitions for this job.</Box>;
  const running = isJobTransitioning(status);
  return (
    <ol className="job-timeline" data-testid="job-timeline">
      {transitions.map((step, index) => (
        <li key={`${step.status}-${index}`}>
          <strong>{step.status}</strong> <time dateTime={step.startTime}>{formatTime(step.startTime)}</time>
          {stepLength(transitions, index, running)}
          {step.message && (
            <Box variant="small" display="block">
              {step.message}
            </Box>
          )}
        </li>
      ))}
    </ol>
  );
}
