import { queryParameters } from '../../protocols/aws-query';
import type { ServiceModuleFactory } from '../../types';
import { stsOperations } from './operations';

/**
 * STS over awsQuery. It keeps no state of its own: the credentials it issues live in the sandbox's
 * credential registry (reached through the bus), which the SigV4 verifier consults.
 */
export const createStsModule: ServiceModuleFactory = (env) => ({
  services: [
    {
      signingName: 'sts',
      protocol: 'awsQuery',
      apiVersion: '2011-06-15',
      xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
      operations: stsOperations(() => env.bus.credentials),
      // The one STS call that is not signed: the web identity token is the caller's proof.
      allowsUnsigned: (exchange) => queryParameters(exchange).get('Action') === 'AssumeRoleWithWebIdentity',
    },
  ],
});
