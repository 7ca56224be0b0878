import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { approvalCommentSchema } from '../../../../../shared/contract/registry';
import type { ApprovalStatus } from '../../../../../shared/domain/registry';
import { useSageMutation } from '../../live/use-sage-mutation';

const INVALIDATES = ['registry.describe', 'registry.history', 'registry.versions'] as const;

/**
 * Approve or reject with a comment, which AWS stores as the approval description. The comment is
 * checked with the host's own schema before sending; the gate asks for confirmation (the typed
 * `group/version` on a production profile). Whatever happens, the typed comment stays until it
 * was accepted.
 */
export function ApprovalPanel({ group, version, status }: { group: string; version: number; status: ApprovalStatus }) {
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const clear = () => setComment('');
  const approve = useSageMutation('registry.approve', { invalidate: INVALIDATES, onSuccess: clear });
  const reject = useSageMutation('registry.reject', { invalidate: INVALIDATES, onSuccess: clear });
  const last = approve.error !== undefined ? approve : reject;

  const decide = (which: 'approve' | 'reject') => {
    const parsed = approvalCommentSchema.safeParse(comment);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message);
      return;
    }
    setProblem(undefined);
    approve.reset();
    reject.reset();
    const input = { group, version, comment: parsed.data };
    void (which === 'approve' ? approve.run(input) : reject.run(input));
  };

  return (
    <Form
      errorText={last.formError}
      errorIconAriaLabel="Error"
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button data-testid="registry-reject" loading={reject.isPending} disabled={approve.isPending || status === 'Rejected'} onClick={() => decide('reject')}>
            Reject
          </Button>
          <Button variant="primary" data-testid="registry-approve" loading={approve.isPending} disabled={reject.isPending || status === 'Approved'} onClick={() => decide('approve')}>
            Approve
          </Button>
        </SpaceBetween>
      }
    >
      <FormField
        label="Comment"
        description="Why this version may or may not go to production. Stored by AWS as the approval description."
        errorText={problem ?? last.fieldErrors.comment}
      >
        <Textarea value={comment} onChange={({ detail }) => setComment(detail.value)} ariaLabel="Approval comment" placeholder="e.g. AUC 0.91 beats the serving version on the holdout set" data-testid="registry-comment" />
      </FormField>
    </Form>
  );
}
