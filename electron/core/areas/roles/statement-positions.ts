/** Index after the closing quote of the string starting at `start` (a `"`). */
function afterString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

const nextNonSpace = (text: string, from: number) => {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  return i;
};

/**
 * Where each statement of a policy document's text starts and ends (offsets), so a position the
 * simulator names (line and column in the document as stored) maps to "statement N". A single
 * Statement object is one span.
 */
export function statementSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let elementDepth = -1;
  let start = -1;
  let expectingValue = false;
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '"') {
      const end = afterString(text, i);
      if (depth === 1 && elementDepth < 0 && text.slice(i + 1, end - 1) === 'Statement') {
        const colon = nextNonSpace(text, end);
        if (text[colon] === ':') {
          expectingValue = true;
          i = colon + 1;
          continue;
        }
      }
      i = end;
      continue;
    }
    if (expectingValue && (ch === '[' || ch === '{')) {
      expectingValue = false;
      elementDepth = ch === '[' ? depth + 1 : depth;
    }
    if (ch === '{' || ch === '[') {
      if (ch === '{' && depth === elementDepth) start = i;
      depth += 1;
    } else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (ch === '}' && depth === elementDepth && start >= 0) {
        spans.push([start, i]);
        start = -1;
      }
      if (depth < elementDepth) elementDepth = -1;
    }
    i += 1;
  }
  return spans;
}

/** The 0-based statement holding a 1-based line and column (the simulator's StartPosition), if any. */
export function statementIndexAt(text: string, line: number, column: number): number | undefined {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return undefined;
  const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + Math.max(0, column - 1);
  const index = statementSpans(text).findIndex(([from, to]) => offset >= from && offset <= to);
  return index >= 0 ? index : undefined;
}
