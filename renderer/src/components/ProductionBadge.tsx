/** Production must be unmistakable: a red, upper-case badge wherever a production profile shows. */
export function ProductionBadge({ testId }: { testId?: string }) {
  return (
    <span className="badge badge-production" data-testid={testId} title="This profile is marked production">
      PRODUCTION
    </span>
  );
}
