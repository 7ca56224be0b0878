import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { JobFlag } from '../../../../../shared/domain/jobs';

/** Encryption and isolation posture: each setting that is off is a warning with what it means. */
export function JobFlags({ flags }: { flags: JobFlag[] }) {
  const off = flags.filter((flag) => !flag.ok);
  const on = flags.filter((flag) => flag.ok);
  return (
    <SpaceBetween size="xs">
      {[
        ...off.map((flag) => (
          <Alert key={flag.id} type="warning" header={`${flag.label}: off`} data-testid={`job-flag-${flag.id}`}>
            {flag.detail}
          </Alert>
        )),
        ...on.map((flag) => (
          <div key={flag.id} data-testid={`job-flag-${flag.id}`}>
            <StatusIndicator type="success">{flag.label}: on</StatusIndicator>
          </div>
        )),
      ]}
    </SpaceBetween>
  );
}
