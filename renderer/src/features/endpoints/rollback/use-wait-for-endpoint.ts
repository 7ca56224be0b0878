import { useEffect, useRef } from 'react';
import { useEndpointList } from '../list/use-endpoints';

/**
 * Calls `onSettled` once the endpoint's running update ends, as the live list sees it (the same
 * watcher the list uses: waiting costs no extra polling). Only while `waiting`.
 */
export function useWaitForEndpoint(name: string, waiting: boolean, onSettled: () => void) {
  const endpoints = useEndpointList();
  const endpoint = endpoints.items.find((item) => item.name === name);
  const busy = endpoint?.deploymentInProgress;
  const latest = useRef(onSettled);
  useEffect(() => {
    latest.current = onSettled;
  });
  useEffect(() => {
    if (waiting && busy === false) latest.current();
  }, [waiting, busy]);
  return endpoint;
}
