import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ApplySuggestionResult, PolicySuggestion } from '../../../../../shared/domain/roles';
import type { ApplySuggestionInput } from '../../../../../shared/validation/roles';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { PolicyDiff } from './PolicyDiff';

function applyInput(s: PolicySuggestion): ApplySuggestionInput | undefined {
  if (!s.target) return undefined;
  const target = s.target.kind === 'managed' ? { kind: 'managed' as const, policyArn: s.target.policyArn } : { kind: 'inline' as const, policyName: s.target.policyName };
  const deletes = s.target.kind === 'managed' ? s.target.deletesVersionId : undefined;
  return { roleName: s.roleName, target, document: s.suggested, ...(deletes ? { deleteVersionId: deletes } : {}) };
}

function targetWords(s: PolicySuggestion): string {
  if (!s.target) return '';
  if (s.target.kind === 'inline') return `Applying replaces the inline policy ${s.target.policyName}.`;
  const deletes = s.target.deletesVersionId
    ? ` ${s.target.policyName} already has ${s.target.versionCount} versions, the most AWS keeps: its oldest non-default version ${s.target.deletesVersionId} is deleted first.`
    : '';
  return `Applying writes a new default version of the customer managed policy ${s.target.policyName} (now ${s.target.defaultVersionId ?? 'its default'}); the old version stays, so it can be restored.${deletes}`;
}

/** The least-privilege suggestion: why each statement, the diff, and "Apply…" through the confirmation. */
export function SuggestionPanel({ roleName, onApplied }: { roleName: string; onApplied: (result: ApplySuggestionResult) => void }) {
  const suggestion = useSessionQuery('roles.suggest', { roleName });
  const apply = useSageMutation('roles.applySuggestion', { invalidate: ['roles.list', 'roles.describe', 'roles.suggest'], onSuccess: onApplied });
  if (suggestion.isPending) return <p className="loading" role="status">Building a policy from what the pipeline uses…</p>;
  if (suggestion.isError) return <ErrorNotice error={suggestion.error} title="No suggestion could be built" action={<Button onClick={() => void suggestion.refetch()}>Try again</Button>} />;
  const s = suggestion.data;
  const input = applyInput(s);
  const unchanged = s.diff.every((l) => l.op === 'same');
  return (
    <SpaceBetween size="s">
      <div data-testid="suggestion">
        {s.notice && <p className="notice">{s.notice}</p>}
        <p>The suggested statements:</p>
        <ol className="role-suggestion-reasons" data-testid="suggestion-reasons">
          {s.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ol>
      </div>
      <PolicyDiff lines={s.diff} label={`Current and suggested policy for ${roleName}`} />
      {s.refusal && (
        <Alert type="info" data-testid="suggestion-refusal">
          {s.refusal}
        </Alert>
      )}
      {input && (
        <>
          <p data-testid="suggestion-target">{targetWords(s)}</p>
          {apply.formError && <ErrorNotice error={apply.error} title="The policy was not applied" />}
          {apply.fieldErrors.document && <ErrorNotice error={apply.error} title="IAM refused the suggested document" />}
          <Button variant="primary" disabled={unchanged} loading={apply.isPending} onClick={() => void apply.run(input)} data-testid="suggestion-apply">
            {unchanged ? 'Already applied' : 'Apply…'}
          </Button>
        </>
      )}
    </SpaceBetween>
  );
}
