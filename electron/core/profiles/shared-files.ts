import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseIni, type IniSection } from './ini';

export interface SharedFilePaths {
  config: string;
  credentials: string;
}

/** Where the AWS CLI and SDKs look, honouring AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. */
export function sharedFilePaths(env: NodeJS.ProcessEnv): SharedFilePaths {
  const home = env.HOME || env.USERPROFILE || homedir();
  return {
    config: env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
  };
}

/** A missing file is an empty file (a fresh laptop has neither); anything else unreadable is an error. */
export async function readIniFile(path: string): Promise<IniSection[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseIni(text, path);
}

/** The parsed shared files: profiles (config and credentials merged), sso-session and services sections. */
export interface SharedConfig {
  profiles: Map<string, ProfileRecord>;
  ssoSessions: Map<string, Record<string, string>>;
  services: Map<string, Record<string, Record<string, string>>>;
}

export interface ProfileRecord {
  name: string;
  /** Keys from the config file's `[profile name]` / `[default]` section. */
  config?: Record<string, string>;
  /** Keys from the credentials file's `[name]` section (holds secrets: never leaves core). */
  credentials?: Record<string, string>;
}

export async function loadSharedConfig(env: NodeJS.ProcessEnv): Promise<SharedConfig> {
  const paths = sharedFilePaths(env);
  const [configSections, credentialSections] = await Promise.all([readIniFile(paths.config), readIniFile(paths.credentials)]);
  const result: SharedConfig = { profiles: new Map(), ssoSessions: new Map(), services: new Map() };
  const profileOf = (name: string) => {
    let record = result.profiles.get(name);
    if (!record) {
      record = { name };
      result.profiles.set(name, record);
    }
    return record;
  };

  for (const section of configSections) {
    const header = section.header;
    // As the AWS CLI does: `[default]` or `[profile NAME]`; `[profile default]` also names default.
    if (header === 'default') profileOf('default').config = { ...profileOf('default').config, ...section.values };
    else if (header.startsWith('profile ')) {
      const name = header.slice('profile '.length).trim();
      profileOf(name).config = { ...profileOf(name).config, ...section.values };
    } else if (header.startsWith('sso-session ')) {
      result.ssoSessions.set(header.slice('sso-session '.length).trim(), section.values);
    } else if (header.startsWith('services ')) {
      result.services.set(header.slice('services '.length).trim(), section.nested);
    }
    // Other headers (e.g. `[plugins]`, or a bare `[name]` the CLI ignores in config) are skipped.
  }
  for (const section of credentialSections) {
    profileOf(section.header).credentials = section.values;
  }
  return result;
}
