import { ApiList } from './apis/ApiList';
import { LoadBalancerList } from './load-balancers/LoadBalancerList';

/** The area's landing page: REST APIs first (what callers reach), then the load balancers. */
export function ApiHome() {
  return (
    <div className="api-home" data-testid="api-home">
      <ApiList />
      <LoadBalancerList />
    </div>
  );
}
