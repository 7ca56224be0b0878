import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { rootCertificates } from 'node:tls';
import { SageDeckError } from '../../../../shared/errors';

/** Where the extra CA certificates come from: `AWS_CA_BUNDLE` or the profile's `ca_bundle`. */
export interface CaBundleSource {
  path: string;
  setting: 'AWS_CA_BUNDLE' | 'ca_bundle';
}

/**
 * The AWS SDKs and Tools reference guide lists `AWS_CA_BUNDLE` and `ca_bundle` as one setting, and
 * an environment variable wins over the shared config file for every setting: so does it here.
 */
export function caBundleSource(env: NodeJS.ProcessEnv, profileCaBundle: string | undefined): CaBundleSource | undefined {
  const fromEnv = env.AWS_CA_BUNDLE?.trim();
  if (fromEnv) return { path: fromEnv, setting: 'AWS_CA_BUNDLE' };
  const fromProfile = profileCaBundle?.trim();
  return fromProfile ? { path: fromProfile, setting: 'ca_bundle' } : undefined;
}

function expandHome(path: string, env: NodeJS.ProcessEnv): string {
  return path.startsWith('~/') ? `${env.HOME ?? homedir()}${path.slice(1)}` : path;
}

/**
 * Node's built-in roots plus the bundle's PEM certificates: the bundle adds to the default trust
 * (a corporate TLS-inspecting proxy's CA) rather than replacing it, so AWS's own certificates keep working.
 */
export async function trustedCertificates(source: CaBundleSource, env: NodeJS.ProcessEnv): Promise<string[]> {
  const path = expandHome(source.path, env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SageDeckError({
      code: 'CaBundleUnreadable',
      message: `The CA bundle ${path} (${source.setting}) cannot be read (${code}). Point ${source.setting} at a PEM file of certificates, or unset it.`,
      retryable: true,
    });
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new SageDeckError({
      code: 'CaBundleUnreadable',
      message: `The CA bundle ${path} (${source.setting}) holds no PEM certificate ("-----BEGIN CERTIFICATE-----"). Point ${source.setting} at a PEM file, or unset it.`,
      retryable: true,
    });
  }
  return [...rootCertificates, text];
}
