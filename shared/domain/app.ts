export type HostKind = 'electron' | 'web' | 'cli';

export interface AppInfo {
  version: string;
  host: HostKind;
  platform: string;
}
