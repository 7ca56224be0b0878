/**
 * Tags SageDeck puts on the endpoint configs it creates: the chain (which config it replaced), what
 * it serves, who deployed it and when. Anyone reading the account (another SageDeck, the CLI) sees
 * the same history; configs created elsewhere lack them and are shown with what can be derived.
 */
export const SAGEDECK_TAGS = {
  endpoint: 'sagedeck:endpoint',
  packageArn: 'sagedeck:model-package-arn',
  previous: 'sagedeck:previous-config',
  deployedBy: 'sagedeck:deployed-by',
  deployedAt: 'sagedeck:deployed-at',
  kind: 'sagedeck:kind',
  overrideReason: 'sagedeck:override-reason',
} as const;

/** AWS tag values: at most 256 characters of letters, digits, spaces and _.:/=+-@. */
export function tagValue(value: string): string {
  return value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, ' ').slice(0, 256);
}
