import './logs.css';
import { lazy, Suspense, useSyncExternalStore, type ComponentType } from 'react';
import type { AreaProps } from '../../app/area-manifest';
import { useRoute } from '../../app/hash-route';
import { useClient } from '../../app/services';
import { withQueries } from '../query-client';
import type { TailTarget } from '../../../../shared/domain/logs';
import { insightsHref, logGroupsHref, logsView, tailHref, tailsHref, type LogsView } from './logs-routes';
import { tailTabsFor } from './tail/tail-tabs';

type ScreenModule = Record<string, unknown>;
/** What the router hands the group list and the Insights editor: how to link to a tail. */
type ScreenProps = { tailHref: (target: TailTarget) => string };

/**
 * The log group list and the Insights editor are built in their own folders, in parallel with the
 * tail; the glob finds each file once it exists, so this router needs no edit when they land and
 * builds today without them. A module may export its screen as default or by its file's name.
 */
const screenFiles = import.meta.glob<ScreenModule>(['./groups/LogGroupsView.tsx', './insights/InsightsView.tsx']);

function screenFrom(file: string, exportName: string): ComponentType<ScreenProps> | undefined {
  const load = screenFiles[file];
  if (!load) return undefined;
  return lazy(async () => {
    const module = await load();
    return { default: (module.default ?? module[exportName]) as ComponentType<ScreenProps> };
  });
}

const LogGroupsView = screenFrom('./groups/LogGroupsView.tsx', 'LogGroupsView');
const InsightsView = screenFrom('./insights/InsightsView.tsx', 'InsightsView');
const TailTabsView = lazy(() => import('./tail/TailTabsView').then((module) => ({ default: module.TailTabsView })));

function Section({ current, view, href, children }: { current: LogsView['view']; view: LogsView['view'][]; href: string; children: string }) {
  return (
    <a href={href} className="logs-section-link" aria-current={view.includes(current) ? 'page' : undefined}>
      {children}
    </a>
  );
}

function OpenTailCount() {
  const tabs = tailTabsFor(useClient());
  const count = useSyncExternalStore(tabs.subscribe, tabs.getTabs).length;
  return count > 0 ? <> ({count} open)</> : null;
}

function Placeholder({ what }: { what: string }) {
  return (
    <div className="empty-state" data-testid="logs-placeholder">
      <p>{what} arrives here soon. Live tails work now: open one from a job, an endpoint or a tail address.</p>
    </div>
  );
}

/** The Logs area: log groups, Logs Insights and live tails, routed from the hash (logs-routes.ts). */
function LogsArea(_props: AreaProps) {
  const view = logsView(useRoute());
  return (
    <div className="logs-area" data-testid="logs-area">
      <nav aria-label="Logs sections" className="logs-sections">
        <Section current={view.view} view={['groups']} href={logGroupsHref()}>
          Log groups
        </Section>
        <Section current={view.view} view={['insights']} href={insightsHref()}>
          Logs Insights
        </Section>
        <a href={tailsHref()} className="logs-section-link" aria-current={['tails', 'tail', 'bad-target'].includes(view.view) ? 'page' : undefined}>
          Live tails
          <OpenTailCount />
        </a>
      </nav>
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading…
          </p>
        }
      >
        {view.view === 'groups' && (LogGroupsView ? <LogGroupsView tailHref={tailHref} /> : <Placeholder what="The log group list" />)}
        {view.view === 'insights' && (InsightsView ? <InsightsView tailHref={tailHref} /> : <Placeholder what="The Logs Insights editor" />)}
        {view.view === 'tails' && <TailTabsView />}
        {view.view === 'tail' && <TailTabsView target={view.target} />}
        {view.view === 'bad-target' && (
          <div className="empty-state" role="alert" data-testid="tail-bad-target">
            <p>This tail address names no valid target: {view.message}</p>
            <a href={tailsHref()}>Back to the open tails</a>
          </div>
        )}
        {view.view === 'unknown' && (
          <div className="empty-state" data-testid="empty-state">
            <p>There is nothing at this address.</p>
            <a href={logGroupsHref()}>Back to the log groups</a>
          </div>
        )}
      </Suspense>
    </div>
  );
}

export default withQueries(LogsArea);
