import type { TailTarget } from '../../../../shared/domain/logs';
import { tailTargetSchema } from '../../../../shared/contract/logs';
import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The Logs area's addresses:
 *   `#/logs`                                   log groups
 *   `#/logs/insights`                          Logs Insights
 *   `#/logs/tail`                              the open tails (tabs)
 *   `#/logs/tail/job/<training|processing>/<name>`
 *   `#/logs/tail/endpoint/<name>`
 *   `#/logs/tail/group/<group>[?stream=<s>&stream=<s>…|?prefix=<p>]`
 * A tail address opens that target's tab (or shows it when already open), so the job detail, the
 * endpoint views and the group list link to a tail with nothing but an href.
 */
export type LogsView =
  | { view: 'groups' }
  | { view: 'insights' }
  | { view: 'tails' }
  | { view: 'tail'; target: TailTarget }
  | { view: 'bad-target'; message: string }
  | { view: 'unknown' };

export function logsView(route: Pick<Route, 'path' | 'params'>): LogsView {
  const [first, ...rest] = route.path;
  if (first === undefined || (first === 'groups' && rest.length === 0)) return { view: 'groups' };
  if (first === 'insights' && rest.length === 0) return { view: 'insights' };
  if (first !== 'tail') return { view: 'unknown' };
  if (rest.length === 0) return { view: 'tails' };
  const raw = targetFromSegments(rest, route.params);
  if (!raw) return { view: 'unknown' };
  const parsed = tailTargetSchema.safeParse(raw);
  if (!parsed.success) return { view: 'bad-target', message: parsed.error.issues[0]?.message ?? 'This tail address names no valid target.' };
  return { view: 'tail', target: parsed.data };
}

function targetFromSegments([kind, ...rest]: string[], params: URLSearchParams): unknown {
  if (kind === 'job' && rest.length === 2) return { kind: 'job', jobKind: rest[0], name: rest[1] };
  if (kind === 'endpoint' && rest.length === 1) return { kind: 'endpoint', name: rest[0] };
  if (kind === 'group' && rest.length === 1) {
    const streams = params.getAll('stream').filter(Boolean);
    const prefix = params.get('prefix') ?? undefined;
    return { kind: 'group', group: rest[0], ...(streams.length > 0 ? { streams } : {}), ...(prefix ? { streamPrefix: prefix } : {}) };
  }
  return undefined;
}

export const logGroupsHref = () => hrefFor('logs');
export const insightsHref = () => hrefFor('logs', ['insights']);
export const tailsHref = () => hrefFor('logs', ['tail']);

/** The address of a target's tail. */
export function tailHref(target: TailTarget): string {
  switch (target.kind) {
    case 'job':
      return hrefFor('logs', ['tail', 'job', target.jobKind, target.name]);
    case 'endpoint':
      return hrefFor('logs', ['tail', 'endpoint', target.name]);
    case 'group': {
      const base = hrefFor('logs', ['tail', 'group', target.group]);
      const params = new URLSearchParams();
      for (const stream of target.streams ?? []) params.append('stream', stream);
      if (target.streamPrefix) params.set('prefix', target.streamPrefix);
      const query = params.toString();
      return query ? `${base}?${query}` : base;
    }
  }
}

/** One key per target: two links to the same target show the same tab. */
export const targetKey = (target: TailTarget): string => tailHref(target);

/** What a tab is called before the host has resolved the target. */
export function targetLabel(target: TailTarget): string {
  switch (target.kind) {
    case 'job':
      return `${target.jobKind} job ${target.name}`;
    case 'endpoint':
      return `endpoint ${target.name}`;
    case 'group': {
      const which = target.streams ? ` (${target.streams.length === 1 ? target.streams[0] : `${target.streams.length} streams`})` : target.streamPrefix ? ` (${target.streamPrefix}*)` : '';
      return `${target.group}${which}`;
    }
  }
}

/** File-name-safe name of the target, used until the host's own slug arrives. */
export function targetSlug(target: TailTarget): string {
  const raw = target.kind === 'job' ? `${target.jobKind}-${target.name}` : target.kind === 'endpoint' ? `endpoint-${target.name}` : target.group;
  return raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'logs';
}
