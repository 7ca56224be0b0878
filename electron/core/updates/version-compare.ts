/**
 * Orders `x.y.z[-pre]` versions as semver does for what a release feed carries: numeric parts
 * first, then a release above its own pre-releases. Build metadata (`+…`) is ignored.
 * Returns a negative number when a < b, 0 when equal, positive when a > b; undefined when either is not a version.
 */
export function compareVersions(a: string, b: string): number | undefined {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return undefined;
  for (let i = 0; i < 3; i++) {
    const diff = pa.core[i]! - pb.core[i]!;
    if (diff !== 0) return diff;
  }
  if (pa.pre === pb.pre) return 0;
  if (pa.pre === undefined) return 1;
  if (pb.pre === undefined) return -1;
  return pa.pre.localeCompare(pb.pre, 'en', { numeric: true });
}

function parse(version: string): { core: number[]; pre?: string } | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (!match) return undefined;
  const core = [Number(match[1]), Number(match[2]), Number(match[3])];
  return match[4] === undefined ? { core } : { core, pre: match[4] };
}
