import Badge from '@cloudscape-design/components/badge';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** Tags as `key: value` badges, sorted by key; a dash when there are none. */
export function TagList({ tags }: { tags: Readonly<Record<string, string>> }) {
  const entries = Object.entries(tags).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <>—</>;
  return (
    <SpaceBetween direction="horizontal" size="xxs">
      {entries.map(([key, value]) => (
        <Badge key={key}>{value ? `${key}: ${value}` : key}</Badge>
      ))}
    </SpaceBetween>
  );
}
