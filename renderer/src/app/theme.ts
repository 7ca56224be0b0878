import { applyMode, Mode } from '@cloudscape-design/global-styles';
import { useEffect } from 'react';
import type { ThemePreference } from '../../../shared/domain/settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveMode(preference: ThemePreference, osPrefersDark: boolean): Mode {
  if (preference === 'system') return osPrefersDark ? Mode.Dark : Mode.Light;
  return preference === 'dark' ? Mode.Dark : Mode.Light;
}

/** Applies the chosen theme to the page; on 'system' it follows the OS live, without a reload. */
export function useAppliedTheme(preference: ThemePreference): void {
  useEffect(() => {
    const query = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
    const apply = () => applyMode(resolveMode(preference, query?.matches ?? false));
    apply();
    if (preference !== 'system' || !query) return;
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [preference]);
}
