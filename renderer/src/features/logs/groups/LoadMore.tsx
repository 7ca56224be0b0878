import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';

/** A paged list's footer: asks AWS for the next page, only while AWS says there is one. */
export function LoadMore({
  pages,
  label,
  testId,
}: {
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  label: string;
  testId: string;
}) {
  if (!pages.hasNextPage) return null;
  return (
    <Box textAlign="center">
      <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} data-testid={testId}>
        {label}
      </Button>
    </Box>
  );
}
