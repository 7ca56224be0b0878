import type { JobKind } from '../../../../shared/domain/jobs';
import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The jobs area's addresses. Every screen has one, so a reload, the palette or a notification lands
 * on the same screen: `#/<kind>/jobs/<name>`, `#/<kind>/new?clone=<name>|template=<id>`,
 * `#/processing/schedules`, `#/processing/schedules/new?template=<id>|job=<name>|form=<draft key>`.
 */
export type JobsView =
  | { view: 'list' }
  | { view: 'detail'; name: string }
  | { view: 'new'; clone?: string; template?: string }
  | { view: 'schedules' }
  | { view: 'schedule-new'; from: ScheduleSource }
  | { view: 'unknown' };

/** What a new schedule starts: a saved template, an existing processing job, or the start form's draft. */
export interface ScheduleSource {
  template?: string;
  job?: string;
  form?: string;
}

export function jobsView(route: Pick<Route, 'path' | 'params'>): JobsView {
  const [first, second, ...rest] = route.path;
  const param = (name: string) => route.params.get(name) ?? undefined;
  if (first === undefined || (first === 'jobs' && second === undefined)) return { view: 'list' };
  if (first === 'jobs' && second !== undefined && rest.length === 0) return { view: 'detail', name: second };
  if (first === 'new' && second === undefined) {
    const clone = param('clone');
    const template = param('template');
    return { view: 'new', ...(clone ? { clone } : {}), ...(template ? { template } : {}) };
  }
  if (first === 'schedules' && second === undefined) return { view: 'schedules' };
  if (first === 'schedules' && second === 'new') {
    const from: ScheduleSource = {};
    for (const key of ['template', 'job', 'form'] as const) {
      const value = param(key);
      if (value) from[key] = value;
    }
    return { view: 'schedule-new', from };
  }
  return { view: 'unknown' };
}

export const jobListHref = (kind: JobKind) => hrefFor(kind);
export const jobHref = (kind: JobKind, name: string) => hrefFor(kind, ['jobs', name]);
export const newJobHref = (kind: JobKind, from?: { clone?: string; template?: string }) =>
  hrefFor(kind, ['new'], from?.clone ? { clone: from.clone } : from?.template ? { template: from.template } : undefined);
export const schedulesHref = () => hrefFor('processing', ['schedules']);
export const newScheduleHref = (from: ScheduleSource = {}) => {
  const params = Object.fromEntries(Object.entries(from).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return hrefFor('processing', ['schedules', 'new'], params);
};
/** An S3 URI in the Data area: a prefix opens the browser there, an object its page. */
export const s3Href = (uri: string) => hrefFor('data', [], { uri });
