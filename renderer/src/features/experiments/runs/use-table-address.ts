import { useState } from 'react';
import { runsHref, type RunTableState } from '../experiments-routes';

/**
 * The runs table's filter and sort, kept here while typing and written to the address (replacing
 * it, so Back leaves the experiment rather than undoing keystrokes); a reload restores them.
 */
export function useTableAddress(
  experiment: string,
  fromAddress: RunTableState,
): [RunTableState, (next: RunTableState) => void] {
  const [state, setState] = useState(fromAddress);
  // An address opened from elsewhere (a link, the palette) while this table is open wins.
  const addressed = runsHref(experiment, fromAddress);
  const [seen, setSeen] = useState(addressed);
  if (addressed !== seen) {
    setSeen(addressed);
    if (runsHref(experiment, state) !== addressed) setState(fromAddress);
  }
  const update = (next: RunTableState) => {
    setState(next);
    window.history.replaceState(window.history.state, '', runsHref(experiment, next));
  };
  return [state, update];
}
