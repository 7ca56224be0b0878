import Button from '@cloudscape-design/components/button';
import { lineageHref } from './lineage-routes';

/** The "Lineage" action other areas show for a resource (an ARN, a name or an s3:// URI). */
export function LineageLink({ resource, children = 'Lineage' }: { resource: string; children?: string }) {
  return (
    <Button href={lineageHref(resource)} iconName="share" data-testid="lineage-link">
      {children}
    </Button>
  );
}
