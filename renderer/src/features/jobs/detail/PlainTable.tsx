import type { ReactNode } from 'react';

/**
 * The detail's small read-only tables (channels, key/values, log streams, metric values): semantic
 * table markup with a caption screen readers announce and sighted users do not need to see.
 */
export function PlainTable({
  caption,
  columns,
  testId,
  children,
}: {
  caption: string;
  columns: ReactNode[];
  testId?: string;
  children: ReactNode;
}) {
  return (
    <table className="kv-table" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
