import Link from '@cloudscape-design/components/link';
import type { RoleUse } from '../../../../../shared/domain/roles';
import { USE_LABEL, roleUseHref } from './roles-routes';

/** The pipeline's resources that run as (or with) the role, each a link to its own area. */
export function RoleUsage({ uses }: { uses: RoleUse[] }) {
  if (uses.length === 0) return <p data-testid="role-usage-none">No pipeline resource names this role.</p>;
  return (
    <ul className="role-usage" data-testid="role-usage">
      {uses.map((use) => (
        <li key={`${use.kind}-${use.key ?? ''}-${use.name}`}>
          {USE_LABEL[use.kind]}: <Link href={roleUseHref(use)}>{use.name}</Link>
        </li>
      ))}
    </ul>
  );
}
