import type { DescribeModelPackageOutput } from '@aws-sdk/client-sagemaker';
import type { JournalEntry } from '../../../../shared/domain/journal';
import type { ApprovalEvent } from '../../../../shared/domain/registry';
import { APPROVAL_NOTE, type ApprovalNote } from './approvals';
import { approvalStatus, arnOf } from './version-view';

function noteOf(entry: JournalEntry): ApprovalNote | undefined {
  if (entry.channel !== APPROVAL_NOTE || entry.outcome !== 'success') return undefined;
  const note = entry.input as Partial<ApprovalNote> | null;
  return note && typeof note.packageArn === 'string' && (note.status === 'Approved' || note.status === 'Rejected') ? (note as ApprovalNote) : undefined;
}

/**
 * A version's approval story, oldest first: its registration and its latest decision as AWS
 * records them now, and every decision made from SageDeck from the journal. A journal decision
 * that is also AWS's latest (same time and status) is shown once, marked as confirmed by both.
 */
export function approvalHistory(pkg: DescribeModelPackageOutput, journal: JournalEntry[]): ApprovalEvent[] {
  const arn = (pkg.ModelPackageArn ?? '').toLowerCase();
  const events: ApprovalEvent[] = [];
  const createdBy = arnOf(pkg.CreatedBy);
  if (pkg.CreationTime) events.push({ at: pkg.CreationTime.toISOString(), status: 'Registered', source: 'aws', ...(createdBy ? { by: createdBy } : {}) });

  for (const entry of journal) {
    const note = noteOf(entry);
    if (!note || note.packageArn.toLowerCase() !== arn) continue;
    events.push({ at: entry.time, status: note.status, comment: note.comment, source: 'journal', profile: entry.profile, ...(note.by ? { by: note.by } : {}) });
  }

  // AWS's latest change, unless nothing changed since the registration.
  const modified = pkg.LastModifiedTime;
  if (modified && (!pkg.CreationTime || modified.getTime() > pkg.CreationTime.getTime())) {
    const status = approvalStatus(pkg.ModelApprovalStatus);
    const at = modified.toISOString();
    const same = events.find((event) => event.source === 'journal' && event.at === at && event.status === status);
    if (same) same.source = 'both';
    else {
      const by = arnOf(pkg.LastModifiedBy);
      events.push({ at, status, source: 'aws', ...(pkg.ApprovalDescription ? { comment: pkg.ApprovalDescription } : {}), ...(by ? { by } : {}) });
    }
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}
