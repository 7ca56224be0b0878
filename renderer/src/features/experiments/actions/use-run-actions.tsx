import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import type { Run } from '../../../../../shared/domain/experiments';
import { RegisterModal } from '../../registry/RegisterModal';
import { RerunModal } from './RerunModal';

type Pending = { action: 'register' | 'rerun'; job: string };

/**
 * "Register this model" (the registry's own dialog, the run's job chosen) and "Re-run" for a
 * training run; other runs have no model or job to clone, so they get neither.
 */
export function useRunActions(): { actionsFor: (run: Run) => ReactNode; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending>();
  const close = () => setPending(undefined);
  const actionsFor = (run: Run) => {
    const job = run.source?.kind === 'training' ? run.source.name : undefined;
    if (!job) return <span className="experiments-muted">Not a training run</span>;
    return (
      <SpaceBetween direction="horizontal" size="xxs">
        <Button
          variant="inline-link"
          onClick={() => setPending({ action: 'register', job })}
          ariaLabel={`Register this model from ${job}`}
          data-testid={`run-register-${run.name}`}
        >
          Register this model
        </Button>
        <Button
          variant="inline-link"
          onClick={() => setPending({ action: 'rerun', job })}
          ariaLabel={`Re-run ${job}`}
          data-testid={`run-rerun-${run.name}`}
        >
          Re-run
        </Button>
      </SpaceBetween>
    );
  };
  const dialog =
    pending?.action === 'register' ? (
      <RegisterModal trainingJob={pending.job} onDismiss={close} />
    ) : pending?.action === 'rerun' ? (
      <RerunModal key={pending.job} trainingJob={pending.job} onDismiss={close} />
    ) : null;
  return { actionsFor, dialog };
}
