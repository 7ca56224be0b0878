import type { ServiceModuleFactory } from '../../types';
import { SsoDirectory } from './directory';
import { oidcService } from './oidc-service';
import { portalService } from './portal-service';

/**
 * IAM Identity Center: SSO-OIDC (device authorization flow) and the SSO portal, sharing one
 * directory. Portal credentials are minted by the sandbox's credential issuer, so they work for
 * SigV4 calls and expire on the sandbox clock. The verification page's decisions reach the
 * directory through `bus.ssoDevices` (control API).
 */
export const createSsoModule: ServiceModuleFactory = (env) => {
  const directory = new SsoDirectory(env.clock);
  env.bus.ssoDevices = {
    decide: (userCode, decision) => directory.decide(userCode, decision),
    isPending: (userCode) => directory.isPending(userCode),
    slowDownNext: (userCode) => directory.slowDownNext(userCode),
  };
  return {
    services: [oidcService(directory), portalService(directory, () => env.bus.credentials, () => env.clock.now())],
  };
};
