export const SSO_REQUESTS = ['sso.signIn', 'sso.openVerification', 'sso.signOut'] as const;
export const SSO_STREAMS = ['sso.watch'] as const;
