import Alert from '@cloudscape-design/components/alert';

/** What core said about an incomplete or estimated answer; nothing when it said nothing. */
export function InfoNotices({ notices, testId }: { notices: readonly string[] | undefined; testId: string }) {
  if (!notices?.length) return null;
  return (
    <Alert type="info" data-testid={testId}>
      {notices.join(' ')}
    </Alert>
  );
}

/** Where Cost Explorer is not offered: said plainly, as a fact of the endpoint, not an error. */
export function CostExplorerUnavailable({ reason, testId }: { reason: string; testId: string }) {
  return (
    <Alert type="info" header="Cost Explorer is not available here" data-testid={testId}>
      {reason}
    </Alert>
  );
}
