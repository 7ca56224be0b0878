/** `<job>-rerun-1`, or the next number for a re-run of a re-run, within AWS's 63 characters. */
export function rerunName(job: string): string {
  const match = /^(.*)-rerun-(\d+)$/.exec(job);
  const base = match ? match[1]! : job;
  const suffix = `-rerun-${match ? Number(match[2]) + 1 : 1}`;
  return `${base.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
}
