import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import type { ThemePreference } from '../../../shared/domain/settings';
import { KNOWN_REGIONS } from '../../../shared/validation/regions';
import { matchesQuery } from '../components/SearchableMenu';
import { AREAS, type AreaCommand, type AreaId } from './areas';

export interface PaletteCommand {
  /** Stable id: `palette-item-<id>` in the DOM (area ids, theme-dark, profile-<name>, region-<code>). */
  id: string;
  label: string;
  detail?: string;
  keywords?: string;
  group: 'Go to' | 'Actions' | 'Theme' | 'Profile' | 'Region' | 'Safety' | 'Sign-in';
  /** A rejection keeps the palette open with the message and what the user typed. */
  run: () => Promise<void> | void;
}

export interface PaletteContext {
  profiles: readonly ProfileSummary[];
  session: SessionInfo | undefined;
  navigate: (area: AreaId) => void;
  /** Opens a route inside an area (`/processing/new`): what area manifests' commands do. */
  openPath?: (path: string) => void;
  setTheme: (theme: ThemePreference) => Promise<void> | void;
  select: (profile: string, region?: string) => Promise<void>;
  setProduction: (profile: string, production: boolean) => Promise<void>;
  /** IAM Identity Center sign-in and sign-out, offered when the current profile is an SSO one. */
  ssoSignIn?: (profile: string) => void;
  ssoSignOut?: (profile: string) => Promise<void>;
  /** Saves the diagnostics file (Help → Export diagnostics). */
  exportDiagnostics?: () => Promise<void>;
}

const THEMES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Follow the system theme' },
  { value: 'light', label: 'Light theme' },
  { value: 'dark', label: 'Dark theme' },
];

/** Everything the palette offers, in the order shown when nothing is typed. */
export function paletteCommands(context: PaletteContext): PaletteCommand[] {
  const { session } = context;
  return [
    ...AREAS.map<PaletteCommand>((area) => ({
      id: area.id,
      label: area.label,
      detail: area.summary,
      keywords: 'go to open area',
      group: 'Go to',
      run: () => context.navigate(area.id),
    })),
    ...AREAS.flatMap((area) => (area.paletteCommands ?? []).map((command) => areaCommand(command, context))),
    {
      id: 'profiles-add',
      label: 'Add profile with access keys',
      detail: 'Keys are kept in the OS keychain, never in a file.',
      keywords: 'new app-managed profile access key secret keychain credentials',
      group: 'Profile',
      run: () => context.navigate('profiles'),
    },
    ...ssoCommands(context),
    ...(context.exportDiagnostics
      ? [
          {
            id: 'export-diagnostics',
            label: 'Export diagnostics',
            detail: 'Saves versions, settings, recent activity and errors for a bug report; no keys or tokens.',
            keywords: 'diagnostics bug report support logs debug',
            group: 'Actions' as const,
            run: context.exportDiagnostics,
          },
        ]
      : []),
    ...THEMES.map<PaletteCommand>((theme) => ({
      id: `theme-${theme.value}`,
      label: theme.label,
      keywords: 'switch theme mode appearance',
      group: 'Theme',
      run: () => context.setTheme(theme.value),
    })),
    ...context.profiles
      .filter((profile) => profile.name !== session?.profile)
      .map<PaletteCommand>((profile) => ({
        id: `profile-${profile.name}`,
        label: `Switch profile to ${profile.name}`,
        detail: profile.production ? 'PRODUCTION' : profile.region,
        keywords: 'switch profile account',
        group: 'Profile',
        run: () => context.select(profile.name),
      })),
    ...context.profiles.map<PaletteCommand>((profile) =>
      profile.production
        ? {
            id: `production-${profile.name}`,
            label: `Stop treating ${profile.name} as production`,
            keywords: 'unmark production prod safety',
            group: 'Safety',
            run: () => context.setProduction(profile.name, false),
          }
        : {
            id: `production-${profile.name}`,
            label: `Mark ${profile.name} as production`,
            detail: 'Shows a PRODUCTION badge and asks you to type resource names before destructive actions.',
            keywords: 'mark production prod safety',
            group: 'Safety',
            run: () => context.setProduction(profile.name, true),
          },
    ),
    ...(session
      ? KNOWN_REGIONS.filter((code) => code !== session.region).map<PaletteCommand>((code) => ({
          id: `region-${code}`,
          label: `Switch region to ${code}`,
          keywords: 'switch region',
          group: 'Region',
          run: () => context.select(session.profile, code),
        }))
      : []),
  ];
}

// Area commands open a route; the default keeps the palette usable where no opener was passed.
function areaCommand(command: AreaCommand, context: PaletteContext): PaletteCommand {
  const open = context.openPath ?? ((path: string) => void (window.location.hash = path));
  const entry: PaletteCommand = { id: command.id, label: command.label, group: 'Actions', run: () => open(command.path) };
  if (command.detail) entry.detail = command.detail;
  if (command.keywords) entry.keywords = command.keywords;
  return entry;
}

function ssoCommands(context: PaletteContext): PaletteCommand[] {
  const { session, ssoSignIn, ssoSignOut } = context;
  const current = context.profiles.find((profile) => profile.name === session?.profile);
  if (!current || current.kind !== 'sso') return [];
  const commands: PaletteCommand[] = [];
  if (ssoSignIn) {
    commands.push({
      id: 'sso-sign-in',
      label: `Sign in to IAM Identity Center for ${current.name}`,
      keywords: 'sso login sign in identity center',
      group: 'Sign-in',
      run: () => ssoSignIn(current.name),
    });
  }
  if (ssoSignOut) {
    commands.push({
      id: 'sso-sign-out',
      label: `Sign out of IAM Identity Center for ${current.name}`,
      keywords: 'sso logout sign out identity center',
      group: 'Sign-in',
      run: () => ssoSignOut(current.name),
    });
  }
  return commands;
}

/** Matches whose name starts with the query come first, then names containing it, then the rest. */
export function rankCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const needle = query.trim().toLowerCase();
  const score = (command: PaletteCommand) => {
    const label = command.label.toLowerCase();
    if (!needle) return 0;
    if (label.startsWith(needle)) return 0;
    if (label.includes(needle)) return 1;
    return 2;
  };
  return commands
    .filter((command) => matchesQuery(command, query))
    .map((command, index) => ({ command, index, rank: score(command) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.command);
}
