import { useCallback, useMemo, useState } from 'react';
import { KNOWN_REGIONS } from '../../../shared/validation/regions';
import { useSession } from '../app/services';
import { fieldMessage } from './ErrorNotice';
import type { checkRegion } from './region-validation';
import { SearchableMenu, type MenuOption } from './SearchableMenu';

const regionOption = (code: string, current: boolean, section?: string): MenuOption => ({
  id: code,
  testId: `region-option-${code}`,
  label: code,
  current,
  section,
});

/**
 * The current region, then the ones used recently, then the other known regions; any other valid
 * code can be typed.
 */
export function regionOptions(current: string | undefined, recentRegions: readonly string[] = []): MenuOption[] {
  const recent = [...new Set([...(current ? [current] : []), ...recentRegions])];
  const rest = KNOWN_REGIONS.filter((code) => !recent.includes(code));
  // A "Recent" heading over the current region alone would say nothing.
  const sectioned = recent.length > 1;
  return [
    ...recent.map((code) => regionOption(code, code === current, sectioned ? 'Recent' : undefined)),
    ...rest.map((code) => regionOption(code, false, sectioned ? 'All regions' : undefined)),
  ];
}

export function RegionSwitcher() {
  const session = useSession((state) => state.session);
  const select = useSession((state) => state.select);
  const recentRegions = useSession((state) => state.settings?.recentRegions);
  const [check, setCheck] = useState<typeof checkRegion | undefined>();

  const options = useMemo(() => regionOptions(session?.region, recentRegions), [session?.region, recentRegions]);

  // The validator (and its schema library) loads when the menu first opens, not with the shell.
  const loadCheck = useCallback(() => {
    if (check) return;
    void import('./region-validation').then((module) => setCheck(() => module.checkRegion));
  }, [check]);

  const fromQuery = useCallback(
    (query: string) => {
      if (!check) return undefined;
      const result = check(query);
      if (!result.ok) return { invalid: result.message };
      return { ...regionOption(result.region, false), detail: 'Use this region code' };
    },
    [check],
  );

  return (
    <SearchableMenu
      triggerTestId="region-switcher"
      label="Region"
      disabled={!session}
      value={session?.region ?? '…'}
      valueTestId="current-region"
      options={options}
      filterPlaceholder="Find or type a region code"
      emptyText="No region matches."
      fromQuery={fromQuery}
      onOpen={loadCheck}
      onSelect={(region) => (session ? select(session.profile, region) : Promise.resolve())}
      errorFor={(reason) => fieldMessage(reason, 'region')}
    />
  );
}
