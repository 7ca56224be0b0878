import { useMemo } from 'react';
import type { ProfileKind, ProfileSummary } from '../../../shared/domain/profiles';
import { hrefForArea } from '../app/hash-route';
import { useSession } from '../app/services';
import { fieldMessage } from './ErrorNotice';
import { ProductionBadge } from './ProductionBadge';
import { recentFirst } from './recent-first';
import { SearchableMenu, type MenuOption, type MenuOptionAction } from './SearchableMenu';

const KIND_LABELS: Record<ProfileKind, string> = {
  sandbox: 'Local sandbox',
  static: 'Static keys',
  sso: 'IAM Identity Center (SSO)',
  'assume-role': 'Assume role',
  'credential-process': 'Credential process',
  'web-identity': 'Web identity',
  'app-managed': 'Stored in SageDeck',
  unknown: 'Unknown kind',
};

export function kindLabel(kind: ProfileKind | undefined): string {
  return kind ? KIND_LABELS[kind] : 'Unknown kind';
}

function productionAction(
  profile: ProfileSummary,
  setProduction: (profile: string, production: boolean) => Promise<void>,
): MenuOptionAction {
  const testId = `profile-production-${profile.name}`;
  if (profile.production) {
    return { label: 'Unmark production', testId, run: () => setProduction(profile.name, false) };
  }
  if (profile.suggestProduction) {
    return {
      label: 'Looks like production: mark it',
      testId,
      tone: 'suggest',
      run: () => setProduction(profile.name, true),
    };
  }
  return { label: 'Mark as production', testId, run: () => setProduction(profile.name, true) };
}

export function ProfileSwitcher() {
  const profiles = useSession((state) => state.profiles);
  const session = useSession((state) => state.session);
  const recentNames = useSession((state) => state.settings?.recentProfiles);
  const select = useSession((state) => state.select);
  const setProduction = useSession((state) => state.setProduction);

  const options = useMemo<MenuOption[]>(() => {
    const { recent, rest } = recentFirst(profiles, recentNames ?? [], (profile) => profile.name);
    const toOption = (section: string) => (profile: ProfileSummary) => ({
      id: profile.name,
      testId: `profile-option-${profile.name}`,
      label: profile.name,
      detail: `${kindLabel(profile.kind)} · ${profile.region ?? 'no default region'}`,
      keywords: `${profile.production ? 'production prod' : ''} ${profile.kind}`,
      badge: profile.production ? <ProductionBadge /> : undefined,
      current: profile.name === session?.profile,
      section: recent.length ? section : undefined,
      action: productionAction(profile, setProduction),
    });
    return [...recent.map(toOption('Recent')), ...rest.map(toOption('All profiles'))];
  }, [profiles, recentNames, session?.profile, setProduction]);

  return (
    <SearchableMenu
      triggerTestId="profile-switcher"
      label="Profile"
      disabled={!session}
      value={session?.profile ?? '…'}
      valueTestId="current-profile"
      options={options}
      filterPlaceholder="Find a profile"
      emptyText="No profile matches."
      onSelect={(name) => select(name)}
      errorFor={(reason) => fieldMessage(reason, 'profile', 'name')}
      footer={
        <a href={hrefForArea('profiles')} data-testid="profile-switcher-manage">
          Add profile with access keys…
        </a>
      }
    />
  );
}
