import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import { useMemo } from 'react';
import type { QueryResults } from '../../../../../shared/domain/logs';

type Row = Record<string, string>;

const PAGE_SIZE = 50;

/** One column per field the query produced, in its order; up to 10,000 rows, paged here. */
export function ResultsTable({ results, running }: { results: QueryResults; running: boolean }) {
  const columns = useMemo(
    () =>
      results.fields.map((field, index) => ({
        id: field,
        header: field,
        cell: (row: Row) => <span className="insights-cell">{row[field] ?? ''}</span>,
        isRowHeader: index === 0,
      })),
    [results.fields],
  );
  const { items, paginationProps } = useCollection(results.rows, { pagination: { pageSize: PAGE_SIZE } });
  return (
    <Table<Row>
      data-testid="insights-results"
      variant="container"
      items={items}
      columnDefinitions={columns}
      wrapLines
      header={
        <Header counter={`(${results.rows.length.toLocaleString('en-US')})`} description="Rows as AWS returned them.">
          Results
        </Header>
      }
      pagination={
        results.rows.length > PAGE_SIZE ? (
          <Pagination
            {...paginationProps}
            ariaLabels={{
              nextPageLabel: 'Next page of results',
              previousPageLabel: 'Previous page of results',
              pageLabel: (page) => `Page ${page} of the results`,
            }}
          />
        ) : undefined
      }
      empty={
        <Box textAlign="center" data-testid="insights-no-rows">
          <Box variant="strong">{running ? 'No rows yet' : 'No records matched'}</Box>
          <Box variant="p">
            {running
              ? 'Rows appear as AWS finds them.'
              : 'Widen the time range, choose more groups or loosen the filter, and run the query again.'}
          </Box>
        </Box>
      }
    />
  );
}
