/** `<name>-clone-<yyyymmddhhmm>` in UTC, trimmed to AWS's 63 characters without a trailing hyphen. */
export function cloneName(name: string, now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}`;
  // A clone of a clone replaces the old suffix instead of growing a chain of them.
  const base = name.replace(/-clone-\d{12}$/, '');
  const suffix = `-clone-${stamp}`;
  const room = 63 - suffix.length;
  return `${base.slice(0, room).replace(/-+$/, '')}${suffix}`;
}
