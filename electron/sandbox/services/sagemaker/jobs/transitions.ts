import type { StatusTransition } from '../base/records';

interface Transitioning {
  secondaryStatus: string;
  transitions: StatusTransition[];
  lastModifiedMs: number;
}

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped', 'MaxRuntimeExceeded']);

/** Closes the open transition and opens the next; terminal ones start and end at once, as AWS shows them. */
export function enterSecondary(job: Transitioning, status: string, message: string, now: number): void {
  const open = job.transitions[job.transitions.length - 1];
  if (open && open.endMs === undefined) open.endMs = now;
  const next: StatusTransition = { status, startMs: now, message };
  if (TERMINAL.has(status)) next.endMs = now;
  job.transitions.push(next);
  job.secondaryStatus = status;
  job.lastModifiedMs = now;
}
