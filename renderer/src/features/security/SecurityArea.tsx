import './security.css';
import { lazy, Suspense } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { withQueries } from '../query-client';
import { securityAreaView, securityHomeHref } from './security-routes';
import { SecurityHome } from './SecurityHome';
import { SecuritySectionNav } from './SecuritySectionNav';

// Each section loads when opened: the landing page needs none of them.
const SECTIONS = {
  roles: lazy(() => import('./roles/RolesSection')),
  posture: lazy(() => import('./posture/PostureSection')),
  cost: lazy(() => import('./cost/CostSection')),
  backups: lazy(() => import('./backups/BackupsSection')),
  compliance: lazy(() => import('./compliance/ComplianceSection')),
};

function SecurityArea(_props: AreaProps) {
  const view = securityAreaView(useRoute());
  const Section = view.view === 'section' ? SECTIONS[view.section] : undefined;
  return (
    <div data-testid="security-area" className="security-area">
      <SecuritySectionNav {...(view.view === 'section' ? { current: view.section } : {})} />
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {view.view === 'home' && <SecurityHome />}
        {view.view === 'section' && Section && <Section rest={view.rest} params={view.params} />}
        {view.view === 'unknown' && (
          <div className="empty-state" data-testid="empty-state">
            <p>There is nothing at this address.</p>
            <a href={securityHomeHref()}>Back to Security &amp; cost</a>
          </div>
        )}
      </Suspense>
    </div>
  );
}

export default withQueries(SecurityArea);
