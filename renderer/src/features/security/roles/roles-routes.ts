import type { RoleUse } from '../../../../../shared/domain/roles';
import { restApiHref } from '../../api/api-routes';
import { jobHref, schedulesHref } from '../../jobs/job-routes';
import { lineageHref } from '../../lineage/lineage-routes';
import { securitySectionHref } from '../security-routes';

/** `#/security/roles`: every role the pipeline uses. */
export const rolesHref = () => securitySectionHref('roles');
/** `#/security/roles/<roleName>`: one role's findings, policies, simulator and suggestion. */
export const roleHref = (roleName: string) => securitySectionHref('roles', [roleName]);

export type RolesView = { view: 'list' } | { view: 'role'; roleName: string } | { view: 'unknown' };

export function rolesView(rest: string[]): RolesView {
  if (rest.length === 0) return { view: 'list' };
  if (rest.length === 1 && rest[0]) return { view: 'role', roleName: rest[0] };
  return { view: 'unknown' };
}

export const USE_LABEL: Record<RoleUse['kind'], string> = {
  'training-job': 'Training job',
  'processing-job': 'Processing job',
  model: 'Model',
  schedule: 'Schedule',
  api: 'REST API',
};

/** Where the resource using a role lives in the console (a model in its lineage graph). */
export function roleUseHref(use: RoleUse): string {
  switch (use.kind) {
    case 'training-job':
      return jobHref('training', use.name);
    case 'processing-job':
      return jobHref('processing', use.name);
    case 'model':
      return lineageHref(use.name);
    case 'schedule':
      return schedulesHref();
    case 'api':
      return restApiHref(use.key ?? use.name);
  }
}

/** "3 training jobs, 1 REST API" for the list's column. */
export function usedByWords(uses: readonly RoleUse[]): string {
  if (uses.length === 0) return 'Not used by the pipeline';
  const counts = new Map<RoleUse['kind'], number>();
  for (const use of uses) counts.set(use.kind, (counts.get(use.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => (n === 1 ? `1 ${USE_LABEL[kind].toLowerCase()}` : `${n} ${USE_LABEL[kind].toLowerCase()}s`)).join(', ');
}
