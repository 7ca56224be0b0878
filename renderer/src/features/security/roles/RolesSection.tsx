// The policies and the diff are highlighted code blocks styled by api.css.
import '../../api/api.css';
import './roles.css';
import type { SectionProps } from '../SectionProps';
import { RoleList } from './RoleList';
import { RolePage } from './RolePage';
import { rolesHref, rolesView } from './roles-routes';

/** Roles: the IAM roles the pipeline uses, their findings, the simulator and a least-privilege suggestion. */
export default function RolesSection({ rest }: SectionProps) {
  const view = rolesView(rest);
  return (
    <section data-testid="security-roles" aria-label="Roles">
      {view.view === 'list' && <RoleList />}
      {view.view === 'role' && <RolePage key={view.roleName} roleName={view.roleName} />}
      {view.view === 'unknown' && (
        <p className="empty-state">
          There is no such Roles page. <a href={rolesHref()}>Back to roles</a>.
        </p>
      )}
    </section>
  );
}
