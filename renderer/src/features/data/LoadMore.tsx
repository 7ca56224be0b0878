import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { errorMessage } from '../../components/ErrorNotice';

/** "Load more" under a paged list, with the failure of the last try and a way to try again. */
export function LoadMore({
  pages,
  testId,
}: {
  pages: { hasMore: boolean; loadMore: () => void; isLoadingMore: boolean; loadMoreError: unknown };
  testId: string;
}) {
  if (!pages.hasMore && pages.loadMoreError === undefined) return null;
  return (
    <Box textAlign="center" padding={{ top: 's' }}>
      {pages.loadMoreError !== undefined && (
        <div role="alert">
          <Box color="text-status-error">Loading more failed: {errorMessage(pages.loadMoreError)} Try again.</Box>
        </div>
      )}
      <Button onClick={pages.loadMore} loading={pages.isLoadingMore} data-testid={testId}>
        Load more
      </Button>
    </Box>
  );
}
