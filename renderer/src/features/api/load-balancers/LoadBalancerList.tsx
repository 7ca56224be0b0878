/** Placeholder until the load balancer list lands. */
export function LoadBalancerList() {
  return <section data-testid="load-balancer-list" aria-label="Load balancers" />;
}
