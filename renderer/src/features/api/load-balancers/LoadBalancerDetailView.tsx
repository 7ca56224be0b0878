/** Placeholder until the load balancer page lands. */
export default function LoadBalancerDetailView({ name }: { name: string; tab?: string }) {
  return <section data-testid="load-balancer-detail" aria-label={`Load balancer ${name}`} />;
}
