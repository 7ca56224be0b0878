export const iso = (date: Date | undefined): string | undefined => date?.toISOString();

/** Copies the values that are present, so optional fields stay absent rather than `undefined` on the wire. */
export function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') (target as Record<string, unknown>)[key] = value;
  return target;
}
