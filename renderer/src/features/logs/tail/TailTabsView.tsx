import './tail.css';
import Tabs from '@cloudscape-design/components/tabs';
import { useEffect, useSyncExternalStore } from 'react';
import type { TailTarget } from '../../../../../shared/domain/logs';
import { navigateHref } from '../../../app/hash-route';
import { useClient } from '../../../app/services';
import { targetKey, tailsHref } from '../logs-routes';
import type { TailSession } from './tail-session';
import { tailTabsFor } from './tail-tabs';
import { TailView } from './TailView';
import { useTailSelect } from './use-tail';

/** Tab ids end up in element ids: letters, digits and dashes only. */
const tabId = (key: string) => `tail-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;

function TabLabel({ session }: { session: TailSession }) {
  useTailSelect(session, ({ label, phase }) => `${phase}|${label}`);
  const state = session.phase === 'ended' ? ' (ended)' : session.phase === 'failed' ? ' (stopped)' : '';
  return (
    <span data-testid={`tail-tab-${session.key}`}>
      {session.label}
      {state}
    </span>
  );
}

/**
 * The open tails as tabs. The address says which one is shown (`#/logs/tail/<target>`): opening
 * an address opens that target's tail, or shows it when it is already open; closing a tab ends
 * its tail. Tabs not shown keep following, so switching back shows every line since.
 */
export function TailTabsView({ target }: { target?: TailTarget }) {
  const tabs = tailTabsFor(useClient());
  const sessions = useSyncExternalStore(tabs.subscribe, tabs.getTabs);
  const key = target ? targetKey(target) : sessions[0]?.key;
  const active = key ? sessions.find((session) => session.key === key) : undefined;

  useEffect(() => {
    if (target && !tabs.find(targetKey(target))) tabs.open(target);
    // The key names the target: a new object for the same target opens nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabs, key]);

  if (sessions.length === 0 && !target) {
    return (
      <div className="empty-state" data-testid="tail-none">
        <p>No tail is open. Open one from a log group, a training or processing job, or an endpoint.</p>
      </div>
    );
  }

  const close = (closing: TailSession) => {
    const next = tabs.close(closing.key);
    if (closing.key === key) navigateHref(next?.key ?? tailsHref());
  };

  return (
    <Tabs
      ariaLabel="Open tails"
      activeTabId={tabId(active?.key ?? key ?? '')}
      onChange={({ detail }) => detail.activeTabHref && navigateHref(detail.activeTabHref)}
      tabs={sessions.map((session) => ({
        id: tabId(session.key),
        href: session.key,
        label: <TabLabel session={session} />,
        dismissible: true,
        dismissLabel: `Close the tail of ${session.label}`,
        onDismiss: () => close(session),
        content: session === active ? <TailView key={session.key} session={session} /> : null,
      }))}
      data-testid="tail-tabs"
    />
  );
}
