import { useMemo } from 'react';
import type { ProfileKind } from '../../../shared/domain/profiles';
import { useSession } from '../app/services';
import { fieldMessage } from './ErrorNotice';
import { ProductionBadge } from './ProductionBadge';
import { SearchableMenu, type MenuOption } from './SearchableMenu';

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

export function ProfileSwitcher() {
  const profiles = useSession((state) => state.profiles);
  const session = useSession((state) => state.session);
  const select = useSession((state) => state.select);

  const options = useMemo<MenuOption[]>(
    () =>
      profiles.map((profile) => ({
        id: profile.name,
        testId: `profile-option-${profile.name}`,
        label: profile.name,
        detail: `${kindLabel(profile.kind)} · ${profile.region ?? 'no default region'}${
          profile.suggestProduction ? ' · looks like production: mark it from the command palette' : ''
        }`,
        keywords: profile.production ? 'production prod' : '',
        badge: profile.production ? <ProductionBadge /> : undefined,
        current: profile.name === session?.profile,
      })),
    [profiles, session?.profile],
  );

  return (
    <SearchableMenu
      triggerTestId="profile-switcher"
      label="Profile"
      disabled={!session}
      trigger={
        <>
          <span className="menu-trigger-caption">Profile</span>
          <span className="menu-trigger-value" data-testid="current-profile">
            {session?.profile ?? '…'}
          </span>
        </>
      }
      options={options}
      filterPlaceholder="Find a profile"
      emptyText="No profile matches."
      onSelect={(name) => select(name)}
      errorFor={(reason) => fieldMessage(reason, 'profile')}
    />
  );
}
