export type ThemePreference = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemePreference;
  profile?: string;
  region?: string;
  recentProfiles: string[];
  recentRegions: string[];
  productionProfiles: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  recentProfiles: [],
  recentRegions: [],
  productionProfiles: [],
};
