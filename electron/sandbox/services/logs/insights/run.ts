import type { ResultField } from '@aws-sdk/client-cloudwatch-logs';
import { utf8Length } from '../store';
import type { Query } from './ast';
import { applyCommand, type PipelineState } from './commands';
import { rowOf, type Row, type SourceEvent } from './records';
import { formatValue } from './values';

export interface QueryOutcome {
  results: ResultField[][];
  statistics: { recordsMatched: number; recordsScanned: number; bytesScanned: number; logGroupsScanned: number };
}

// Shown when a query names no columns: what the AWS console shows, plus the discovered fields.
const HIDDEN_BY_DEFAULT = new Set(['@ptr', '@ingestionTime']);

function columnsOf(state: PipelineState, row: Row): string[] {
  if (state.display) return state.display;
  if (state.columns) return state.columns;
  return [...row.keys()].filter((name) => !HIDDEN_BY_DEFAULT.has(name));
}

function output(state: PipelineState, row: Row): ResultField[] {
  const fields: ResultField[] = [];
  for (const name of columnsOf(state, row)) {
    const value = row.get(name);
    if (value !== undefined && value !== null) fields.push({ field: name, value: formatValue(value) });
  }
  const pointer = row.get('@ptr');
  if (!state.aggregated && typeof pointer === 'string') fields.push({ field: '@ptr', value: pointer });
  return fields;
}

/**
 * Runs a parsed query over the events in its time range (newest first, the order AWS answers
 * when the query does not sort) and keeps at most `limit` rows.
 */
export function runQuery(query: Query, events: SourceEvent[], groupCount: number, limit: number): QueryOutcome {
  const ordered = [...events].sort((a, b) => b.event.timestamp - a.event.timestamp || b.event.seq - a.event.seq);
  let state: PipelineState = { rows: ordered.map(rowOf), aggregated: false, matched: ordered.length };
  for (const command of query.commands) state = applyCommand(state, command);
  const bytesScanned = events.reduce((sum, source) => sum + utf8Length(source.event.message), 0);
  return {
    results: state.rows.slice(0, limit).map((row) => output(state, row)),
    statistics: {
      recordsMatched: state.matched,
      recordsScanned: events.length,
      bytesScanned,
      logGroupsScanned: groupCount,
    },
  };
}
