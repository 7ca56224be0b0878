import { useEffect } from 'react';
import { useAlarmCount } from './alarm-count';

const BASE_TITLE = 'SageDeck';

/** "(2) SageDeck" while any alarm is in ALARM, so a background window's tab or task bar says so. */
export function windowTitle(inAlarm: number | undefined): string {
  return inAlarm ? `(${inAlarm}) ${BASE_TITLE}` : BASE_TITLE;
}

export function useAlarmWindowTitle(): void {
  const inAlarm = useAlarmCount();
  useEffect(() => {
    document.title = windowTitle(inAlarm);
  }, [inAlarm]);
}
