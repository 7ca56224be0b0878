import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';

/**
 * Loading and error states around a chart request: the first load says so; a failed refresh keeps
 * the last charts and says they are stale; a failed first load offers to try again.
 */
export function MetricsStatus({ query, what, children }: { query: UseQueryResult<unknown>; what: string; children: ReactNode }) {
  const retry = (
    <button type="button" className="button" onClick={() => void query.refetch()}>
      Try again
    </button>
  );
  if (query.isPending) return <p role="status">Loading {what}…</p>;
  if (query.isError && query.data === undefined) return <ErrorNotice error={query.error} title={`${what[0]?.toUpperCase() ?? ''}${what.slice(1)} could not be read`} action={retry} />;
  return (
    <>
      {query.isError && <ErrorNotice error={query.error} title={`The last refresh of ${what} failed: these charts are from before it. It is tried again every minute.`} action={retry} />}
      {children}
    </>
  );
}
