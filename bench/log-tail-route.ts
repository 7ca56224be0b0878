/**
 * The console's address of a group's tail (renderer/src/features/logs/logs-routes.ts), written out
 * as a user's bookmark would be: the bench's tsconfig does not reach into the renderer.
 */
export const hrefForTail = (group: string): string => `#/logs/tail/group/${encodeURIComponent(group)}`;
