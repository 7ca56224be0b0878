import type { JobStartInput } from '../../../../../shared/validation/sagemaker';
import { useSessionQuery } from '../../use-session-query';
import { useDraftStore } from '../form/draft-store';
import { validateDraft } from '../form/job-draft';
import { suggestedJobNamePattern } from './schedule-draft';

/** The processing job a schedule starts, where it came from, and the name pattern the form starts with. */
export interface ResolvedSource {
  input?: JobStartInput;
  label?: string;
  pattern?: string;
  pending?: boolean;
  problem?: string;
}

/** "Schedule this job" on a processing job's detail: the job's own start input. */
export function useJobSource(name: string): ResolvedSource {
  const job = useSessionQuery('jobs.describe', { kind: 'processing', name });
  if (job.isError) return { problem: `${name} could not be read to schedule it.` };
  if (!job.data) return { pending: true };
  return { input: job.data.startInput, label: `Processing job ${name}`, pattern: suggestedJobNamePattern(name) };
}

/** "Schedule these values" on the start form: its stored draft, checked as a start would be. */
export function useFormSource(key: string): ResolvedSource {
  const draft = useDraftStore((state) => state.drafts[key]);
  const checked = draft?.kind === 'processing' ? validateDraft(draft) : undefined;
  if (!checked?.input) return { problem: 'The start form’s values are gone or not valid: go back to the form and schedule from there.' };
  return { input: checked.input, label: 'The start form’s current values', pattern: suggestedJobNamePattern(checked.input.name) };
}
