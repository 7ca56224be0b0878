import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RestoreTestPhase } from '../../../../../shared/domain/backups';
import { SESSION_QUERY_ROOT } from '../../use-session-query';
import { DeleteScratchButton } from './DeleteScratchButton';
import { RestoreResult } from './RestoreResult';
import { useRestoreTest } from './use-restore-test';

const PHASE: Record<RestoreTestPhase, string> = {
  restoring: 'Restoring the recovery point into a scratch bucket',
  verifying: 'Verifying the restored objects against the source',
  passed: 'Passed',
  failed: 'Failed',
};

/** The running restore test: a progress bar while AWS restores and SageDeck verifies, then its result. */
export function RestoreTestLive({ testId }: { testId: string }) {
  const { progress, problem } = useRestoreTest(testId);
  const queryClient = useQueryClient();
  const done = progress?.done === true;
  useEffect(() => {
    // A finished test changes the history and the plan's warning.
    if (done) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === SESSION_QUERY_ROOT && (q.queryKey[2] === 'backups.history' || q.queryKey[2] === 'backups.overview') });
  }, [done, queryClient]);
  return (
    <Container header={<Header variant="h2">Restore test</Header>} data-testid="restore-test-live" data-phase={progress?.phase ?? 'loading'} data-done={progress?.done ?? false}>
      <SpaceBetween size="m">
        {!progress ? (
          <StatusIndicator type="loading">Waiting for the restore job…</StatusIndicator>
        ) : (
          <>
            {!progress.done && (
              <ProgressBar
                data-testid="restore-test-progress"
                label={PHASE[progress.phase]}
                description={`Into ${progress.scratchBucket}`}
                value={progress.percent}
                additionalInfo={progress.step}
              />
            )}
            {progress.result && <RestoreResult record={progress.result} />}
            {progress.done && progress.result && !progress.result.scratchDeleted && (
              <p>
                The restored copy stays in {progress.scratchBucket} (S3 charges for it) until you delete it. <DeleteScratchButton bucket={progress.scratchBucket} />
              </p>
            )}
          </>
        )}
        {problem && <StatusIndicator type="warning">{problem}</StatusIndicator>}
      </SpaceBetween>
    </Container>
  );
}
