import type { MethodView } from '../../../../../../shared/domain/apis';

const AUTH_WORDS: Record<string, string> = {
  NONE: 'None',
  AWS_IAM: 'IAM (SigV4-signed requests)',
  CUSTOM: 'Lambda authorizer',
  COGNITO_USER_POOLS: 'Cognito user pool',
};

export const authWords = (type: string) => AUTH_WORDS[type] ?? type;

/** A method anyone with the URL can call: no authorization and no API key. */
export const isOpen = (method: Pick<MethodView, 'authorizationType' | 'apiKeyRequired'>) => method.authorizationType === 'NONE' && !method.apiKeyRequired;

/** "100 requests a second, bursts of 50"; the account's defaults when unset. */
export function throttlingWords(throttling: { rateLimit?: number; burstLimit?: number } | undefined): string {
  if (!throttling || (throttling.rateLimit === undefined && throttling.burstLimit === undefined)) return "The account's defaults";
  const parts = [
    throttling.rateLimit !== undefined ? `${throttling.rateLimit.toLocaleString()} requests a second` : undefined,
    throttling.burstLimit !== undefined ? `bursts of ${throttling.burstLimit.toLocaleString()}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
