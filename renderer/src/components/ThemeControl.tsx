import type { ThemePreference } from '../../../shared/domain/settings';
import { useSession } from '../app/services';

const CHOICES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** A radio group, so arrow keys move between the three choices as in any OS. */
export function ThemeControl() {
  const theme = useSession((state) => state.theme);
  const setTheme = useSession((state) => state.setTheme);
  const error = useSession((state) => state.themeError);

  return (
    <div className="theme-control" data-testid="theme-control">
      <div className="segmented" role="radiogroup" aria-label="Theme">
        {CHOICES.map((choice) => (
          <label key={choice.value} className={`segment${theme === choice.value ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="sagedeck-theme"
              value={choice.value}
              checked={theme === choice.value}
              data-testid={`theme-${choice.value}`}
              onChange={() => void setTheme(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {error && (
        <span className="field-error" role="alert">
          Theme not saved: {error.message}
        </span>
      )}
    </div>
  );
}
