/**
 * IAM's wildcards: `*` any run of characters, `?` exactly one. Actions compare case-insensitively,
 * resources and condition values case-sensitively (IAM User Guide, "Action" and "Resource").
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  // Iterative glob with backtracking to the last `*`: linear enough for policy sizes, no regex building.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi += 1;
      vi += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      mark = vi;
      pi += 1;
    } else if (star >= 0) {
      pi = star + 1;
      mark += 1;
      vi = mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

/** ARNs compare component by component (six colon-separated parts; the last keeps its colons). */
export function arnMatch(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const a = splitArn(pattern);
  const b = splitArn(value);
  if (!a || !b) return wildcardMatch(pattern, value);
  return a.every((part, index) => wildcardMatch(part, b[index] ?? ''));
}

function splitArn(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
