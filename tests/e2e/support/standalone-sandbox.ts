import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { MODULE_FACTORIES } from '../../../electron/sandbox/services';
import type { IssuedCredentials, ServiceModuleFactory } from '../../../electron/sandbox/types';

/** A sandbox started by the test itself, which also remembers every credential its STS/SSO issued. */
export interface StandaloneSandbox extends RunningSandbox {
  /** Temporary credentials issued so far: the secrets and session tokens a leak test looks for. */
  issued: IssuedCredentials[];
}

/**
 * A module that serves nothing and only wraps the shared credential issuer, so the test can see
 * what was handed out without reaching into the sandbox's internals.
 */
function recordIssued(issued: IssuedCredentials[]): ServiceModuleFactory {
  return (env) => {
    const issuer = env.bus.credentials;
    if (issuer) {
      const issue = issuer.issue.bind(issuer);
      issuer.issue = (request) => {
        const credentials = issue(request);
        issued.push(credentials);
        return credentials;
      };
    }
    return { services: [] };
  };
}

export async function startStandaloneSandbox(credentials?: {
  accessKeyId: string;
  secretAccessKey: string;
}): Promise<StandaloneSandbox> {
  const issued: IssuedCredentials[] = [];
  const sandbox = await startSandbox({
    port: 0,
    seed: 'empty',
    modules: [recordIssued(issued), ...MODULE_FACTORIES],
    ...(credentials ? { credentials } : {}),
  });
  return Object.assign(sandbox, { issued });
}
