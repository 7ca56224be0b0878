/** Where continuous data lands by default: `<folder>raw/<YYYY-MM-DD>/`, the day in UTC. */
export function datedPrefix(folder: string, now: Date = new Date()): string {
  return `${folder}raw/${now.toISOString().slice(0, 10)}/`;
}
