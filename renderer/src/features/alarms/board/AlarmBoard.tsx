import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { countInAlarm } from '../../../../../shared/domain/alarms-board';
import { useSession } from '../../../app/services';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { endpointsHref } from '../../endpoints/endpoint-routes';
import { LiveUpdatesNotice } from '../../live/LiveUpdatesNotice';
import { boardHref } from '../alarm-routes';
import { useAlarms } from '../use-alarms';
import { useCoarseNow } from '../use-minute';
import { AlarmGroup } from './AlarmGroup';
import { worstFirst } from './worst-first';
import { filterFromParams, filterToParams, isFiltered, matchesFilter, type BoardFilter } from './board-filter';
import { BoardFilters } from './BoardFilters';

/** Auto Scaling's alarms in ALARM are scaling at work: said apart, not counted as trouble. */
function boardSummary(inAlarm: number, scaling: number): string {
  const trouble = inAlarm === 0 ? 'No alarm needs attention.' : `${inAlarm} in ALARM.`;
  return scaling === 0 ? `${trouble} ` : `${trouble} ${scaling} Auto Scaling alarm${scaling === 1 ? '' : 's'} in ALARM (scaling at work). `;
}

const NO_FILTER: BoardFilter = { state: undefined, kind: undefined, text: '' };

/** Every alarm of the session, live, grouped by what it watches: `#/alarms[?state=&kind=&q=]`. */
export function AlarmBoard({ params }: { params: URLSearchParams }) {
  const { alarms, notice, isPending, error, refetch, updates } = useAlarms();
  const region = useSession((state) => state.session?.region);
  const now = useCoarseNow();
  // Kept here while typing and written to the address (replacing it), so a reload keeps the filters.
  const [filter, setFilterState] = useState(() => filterFromParams(params));
  // An address opened from elsewhere (the palette's "Alarms in ALARM") while the board is open.
  const paramsText = params.toString();
  const [seenParams, setSeenParams] = useState(paramsText);
  if (paramsText !== seenParams) {
    setSeenParams(paramsText);
    if (new URLSearchParams(filterToParams(filter)).toString() !== paramsText) setFilterState(filterFromParams(params));
  }
  const setFilter = (next: BoardFilter) => {
    setFilterState(next);
    window.history.replaceState(window.history.state, '', boardHref(filterToParams(next)));
  };
  const shown = useMemo(() => alarms.filter((alarm) => matchesFilter(alarm, filter)), [alarms, filter]);
  const groups = useMemo(() => worstFirst(shown), [shown]);
  const inAlarm = countInAlarm(alarms);
  const scaling = alarms.filter((alarm) => alarm.state === 'ALARM' && alarm.managedBy === 'autoscaling').length;

  if (error) {
    return (
      <ErrorNotice
        error={error}
        title="The alarms could not be listed"
        action={
          <button type="button" className="button" onClick={refetch}>
            Try again
          </button>
        }
      />
    );
  }
  return (
    <div data-testid="alarm-board" data-state={isPending ? 'loading' : 'ready'}>
      <SpaceBetween size="l">
        <Header
          variant="h2"
          counter={isPending ? undefined : `(${alarms.length})`}
          description={
            <>
              {!isPending && <span data-testid="alarm-board-summary">{boardSummary(inAlarm, scaling)}</span>}
              <LiveUpdatesNotice updates={updates} testId="alarms-updates" />
            </>
          }
        >
          Alarms
        </Header>
        {notice && (
          <p className="notice" role="note" data-testid="alarm-board-notice">
            {notice}
          </p>
        )}
        <BoardFilters filter={filter} matches={shown.length} onChange={setFilter} />
        {isPending && <p role="status">Loading the alarms…</p>}
        {!isPending && alarms.length === 0 && (
          <Box textAlign="center" data-testid="alarm-board-empty">
            <Box variant="p">
              No alarms in {region ?? 'this region'}. Create the recommended alarms from an endpoint&apos;s page.
            </Box>
            <Button href={endpointsHref()}>Go to the endpoints</Button>
          </Box>
        )}
        {!isPending && alarms.length > 0 && shown.length === 0 && (
          <Box textAlign="center" data-testid="alarm-board-no-match">
            <Box variant="p">No alarms match these filters.</Box>
            {isFiltered(filter) && <Button onClick={() => setFilter(NO_FILTER)}>Clear filters</Button>}
          </Box>
        )}
        {groups.map((group) => (
          <AlarmGroup key={`${group.resource.kind}|${group.resource.name}`} group={group} now={now} />
        ))}
      </SpaceBetween>
    </div>
  );
}
