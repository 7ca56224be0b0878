import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';

/**
 * One cache for every area's request/response data. It lives in the area chunks, not the shell,
 * so the first download stays small; areas that fetch wrap themselves with `withQueries`.
 */
export const queryClient = new QueryClient({
  // Host answers are kept fresh by streams, not by refetching when the window regains focus.
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
});

export function withQueries<P extends object>(Area: ComponentType<P>): ComponentType<P> {
  function WithQueries(props: P) {
    return (
      <QueryClientProvider client={queryClient}>
        <Area {...props} />
      </QueryClientProvider>
    );
  }
  WithQueries.displayName = `WithQueries(${Area.displayName ?? Area.name})`;
  return WithQueries;
}
