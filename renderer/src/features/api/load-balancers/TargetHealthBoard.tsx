/** Placeholder until the target health board lands. */
export default function TargetHealthBoard({ loadBalancer, targetGroup }: { loadBalancer: string; targetGroup: string }) {
  return <section data-testid="target-health-board" aria-label={`Targets of ${targetGroup} behind ${loadBalancer}`} />;
}
