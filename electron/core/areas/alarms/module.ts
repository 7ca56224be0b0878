import type { alarmsRequests, alarmsStreams } from '../../../../shared/contract/alarms';
import type { AlarmPage, AlarmSummary } from '../../../../shared/domain/alarms';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import { SingleFlight } from '../../watch/single-flight';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { WatchTimers } from '../../watch/timers';
import { watchKey, type WatcherRegistry } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';
import { setAlarmActions } from './alarm-actions';
import { deleteAlarms } from './alarm-delete';
import { alarmHistory } from './alarm-history';
import { listAlarms } from './alarm-listing';
import { updateAlarm } from './alarm-update';
import { createRecommended, recommendations } from './recommendations';

export interface AlarmsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  /** Finished writes: a list asked for after one never joins a list call begun before it. */
  writes?: WriteEpoch;
  now?: () => number;
  timers?: WatchTimers;
}

/** CloudWatch alarms: the board (list, watch), history, maintenance, recommended alarms, edit and delete. */
export function alarmsArea(deps: AlarmsAreaDeps): AreaModule<typeof alarmsRequests, typeof alarmsStreams> {
  const lists = new SingleFlight<AlarmPage>(deps.writes);
  const cloudwatch = async (purpose: 'interactive' | 'polling' = 'interactive') => (await deps.clients.current()).get('cloudwatch', purpose);
  const sagemaker = async () => (await deps.clients.current()).get('sagemaker');
  // The board's list and a new watcher's first poll share one set of DescribeAlarms pages.
  const all = (purpose: 'interactive' | 'polling', signal: AbortSignal) =>
    lists.run(watchKey(deps.session.current().generation, 'alarms-list', {}), async () => listAlarms(await cloudwatch(purpose), signal));

  return {
    requests: {
      'alarms.list': async (_input, ctx) => all('interactive', ctx.signal),
      'alarms.history': async (input, ctx) => alarmHistory(await cloudwatch(), input.name, input.nextToken, ctx.signal),
      'alarms.disableActions': async (input, ctx) => setAlarmActions(await cloudwatch(), input.names, false, ctx.signal),
      'alarms.enableActions': async (input, ctx) => setAlarmActions(await cloudwatch(), input.names, true, ctx.signal),
      'alarms.recommendations': async (input, ctx) => recommendations(await sagemaker(), await cloudwatch(), input.endpointName, ctx.signal),
      'alarms.createRecommended': async (input, ctx) => createRecommended(await sagemaker(), await cloudwatch(), input, ctx.signal),
      'alarms.update': async (input, ctx) => updateAlarm(await cloudwatch(), input, ctx.signal),
      'alarms.delete': async (input, ctx) => deleteAlarms(await cloudwatch(), input.names, ctx.signal),
    },
    streams: {
      'alarms.watch': (_input, emit) =>
        deps.watchers.watch(
          watchKey(deps.session.current().generation, 'alarms', {}),
          () => ({ list: async (signal) => (await all('polling', signal)).items, keyOf: (alarm: AlarmSummary) => alarm.name, isTransitioning: () => false }),
          emit,
        ),
    },
    dispose: () => undefined,
  };
}
