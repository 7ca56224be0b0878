import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';

/** The footer of a registry list with more pages at AWS. */
export function LoadMore({ onClick, loading, testId }: { onClick: () => void; loading: boolean; testId: string }) {
  return (
    <Box textAlign="center">
      <Button onClick={onClick} loading={loading} data-testid={testId}>
        Load more from AWS
      </Button>
    </Box>
  );
}
