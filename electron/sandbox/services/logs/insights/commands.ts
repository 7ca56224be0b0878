import type { Command, Named, SortKey } from './ast';
import { evaluate, truthy } from './evaluate';
import type { Row } from './records';
import { runStats } from './stats';
import { asText, formatValue, naturalCompare } from './values';

/** What the pipeline carries from command to command. */
export interface PipelineState {
  rows: Row[];
  /** Columns named by `fields` commands (they add up), or by `stats`. */
  columns?: string[];
  /** The last `display` command's columns, which win over `fields`. */
  display?: string[];
  /** True once `stats` has replaced events with aggregated rows (no `@ptr` any more). */
  aggregated: boolean;
  /** Events left after every `filter` before the first `stats`: AWS's recordsMatched. */
  matched: number;
}

function assign(rows: Row[], items: Named[]): string[] {
  for (const row of rows) {
    for (const item of items) {
      if (item.expr.kind === 'field' && item.expr.name === item.name) continue;
      const value = evaluate(item.expr, row);
      if (value === null) row.delete(item.name);
      else row.set(item.name, value);
    }
  }
  return items.map((item) => item.name);
}

function sortRows(rows: Row[], keys: SortKey[]): Row[] {
  const decorated = rows.map((row) => ({ row, values: keys.map((key) => evaluate(key.expr, row)) }));
  decorated.sort((a, b) => {
    for (const [index, key] of keys.entries()) {
      const x = a.values[index] ?? null;
      const y = b.values[index] ?? null;
      // Rows without the field go last whichever the direction.
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
        continue;
      }
      const order = naturalCompare(x, y);
      if (order !== 0) return key.descending ? -order : order;
    }
    return 0;
  });
  return decorated.map((entry) => entry.row);
}

function dedup(rows: Row[], fields: string[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const values = fields.map((field) => row.get(field) ?? null);
    // A row missing a dedup field is never a duplicate.
    if (values.some((value) => value === null)) return true;
    const key = JSON.stringify(values.map((value) => formatValue(value as NonNullable<typeof value>)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function parseInto(rows: Row[], command: Extract<Command, { kind: 'parse' }>): void {
  for (const row of rows) {
    const text = asText(evaluate(command.source, row));
    const match = text === undefined ? null : command.regex.exec(text);
    if (!match) continue;
    command.names.forEach((name, index) => {
      const value = match.groups?.[name] ?? match[index + 1];
      if (value !== undefined) row.set(name, value);
    });
  }
}

export function applyCommand(state: PipelineState, command: Command): PipelineState {
  switch (command.kind) {
    case 'fields': {
      const names = assign(state.rows, command.items);
      const columns = [...(state.columns ?? [])];
      for (const name of names) if (!columns.includes(name)) columns.push(name);
      return { ...state, columns };
    }
    case 'display':
      return { ...state, display: assign(state.rows, command.items) };
    case 'filter': {
      const rows = state.rows.filter((row) => truthy(evaluate(command.expr, row)));
      return { ...state, rows, matched: state.aggregated ? state.matched : rows.length };
    }
    case 'parse':
      parseInto(state.rows, command);
      return state;
    case 'stats': {
      const rows = runStats(state.rows, command.aggregates, command.groups);
      const columns = [...command.groups.map((group) => group.name), ...command.aggregates.map((spec) => spec.name)];
      return { rows, columns, aggregated: true, matched: state.matched };
    }
    case 'sort':
      return { ...state, rows: sortRows(state.rows, command.keys) };
    case 'limit':
      return { ...state, rows: state.rows.slice(0, command.count) };
    case 'dedup':
      return { ...state, rows: dedup(state.rows, command.fields) };
  }
}
