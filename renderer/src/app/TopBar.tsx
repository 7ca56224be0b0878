import { ProductionBadge } from '../components/ProductionBadge';
import { ProfileSwitcher } from '../components/ProfileSwitcher';
import { RegionSwitcher } from '../components/RegionSwitcher';
import { ThemeControl } from '../components/ThemeControl';
import { HelpMenu } from '../features/diagnostics/HelpMenu';
import { IdentitySummary } from './IdentitySummary';
import { useSession } from './services';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function TopBar({ onOpenPalette }: { onOpenPalette: () => void }) {
  const production = useSession((state) => state.session?.production ?? false);
  return (
    <header className={`top-bar${production ? ' is-production' : ''}`} data-testid="top-bar">
      <a className="brand" href="#/overview">
        SageDeck
      </a>
      <ProfileSwitcher />
      <RegionSwitcher />
      {production && <ProductionBadge testId="production-badge" />}
      <IdentitySummary />
      <span className="top-bar-spacer" />
      <button type="button" className="button" data-testid="palette-button" onClick={onOpenPalette}>
        Search and commands <kbd>{isMac ? '⌘K' : 'Ctrl+K'}</kbd>
      </button>
      <ThemeControl />
      <HelpMenu />
    </header>
  );
}
