import {
  GetBackupSelectionCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  type BackupClient,
  type BackupSelection,
} from '@aws-sdk/client-backup';
import type { CoveringSelection } from '../../../../shared/domain/backups';
import { backupCall } from './backup-errors';
import { selectionCovers } from './selection-match';

export interface PlanSelection extends CoveringSelection {
  selection: BackupSelection;
}

export interface PlanInfo {
  planId: string;
  planName: string;
  planArn: string;
  selections: PlanSelection[];
}

/** Every page of a NextToken-paged Backup list. */
export async function allPages<T>(page: (nextToken: string | undefined) => Promise<{ items: T[]; nextToken?: string }>): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const answer = await page(token);
    items.push(...answer.items);
    token = answer.nextToken;
  } while (token);
  return items;
}

/** The region's backup plans with each selection's resources and tag conditions (ListBackupPlans → ListBackupSelections → GetBackupSelection). */
export async function readPlans(backup: BackupClient, signal: AbortSignal): Promise<PlanInfo[]> {
  const plans = await allPages(async (NextToken) => {
    const answer = await backupCall('ListBackupPlans', () => backup.send(new ListBackupPlansCommand({ NextToken }), { abortSignal: signal }));
    return { items: answer.BackupPlansList ?? [], nextToken: answer.NextToken };
  });
  return Promise.all(
    plans
      .filter((plan) => plan.BackupPlanId)
      .map(async (plan): Promise<PlanInfo> => {
        const planId = plan.BackupPlanId!;
        const listed = await allPages(async (NextToken) => {
          const answer = await backupCall('ListBackupSelections', () =>
            backup.send(new ListBackupSelectionsCommand({ BackupPlanId: planId, NextToken }), { abortSignal: signal }),
          );
          return { items: answer.BackupSelectionsList ?? [], nextToken: answer.NextToken };
        });
        const selections = await Promise.all(
          listed
            .filter((s) => s.SelectionId)
            .map(async (s): Promise<PlanSelection> => {
              const answer = await backupCall('GetBackupSelection', () =>
                backup.send(new GetBackupSelectionCommand({ BackupPlanId: planId, SelectionId: s.SelectionId }), { abortSignal: signal }),
              );
              const selection = answer.BackupSelection ?? { SelectionName: s.SelectionName, IamRoleArn: s.IamRoleArn };
              return {
                planId,
                planName: plan.BackupPlanName ?? planId,
                planArn: plan.BackupPlanArn ?? planId,
                selectionId: s.SelectionId!,
                selectionName: selection.SelectionName ?? s.SelectionName ?? s.SelectionId!,
                iamRoleArn: selection.IamRoleArn ?? s.IamRoleArn ?? '',
                selection,
              };
            }),
        );
        return { planId, planName: plan.BackupPlanName ?? planId, planArn: plan.BackupPlanArn ?? planId, selections };
      }),
  );
}

/** The selections (of any plan) that assign the bucket. */
export function coveringSelections(plans: PlanInfo[], arn: string, tags: Record<string, string>): PlanSelection[] {
  return plans.flatMap((plan) => plan.selections.filter((s) => selectionCovers(s.selection, arn, tags)));
}

export const withoutSelection = ({ selection: _selection, ...rest }: PlanSelection): CoveringSelection => rest;
