import type { ProfileRecord, SharedConfig } from '../profiles/shared-files';

/**
 * The services SageDeck talks to, with the identifiers AWS uses for endpoint overrides:
 * `AWS_ENDPOINT_URL_<ENV>` variables and `<config>` keys in a `[services]` section.
 * Source: AWS SDKs and Tools reference guide, "Service-specific endpoints".
 */
export const SERVICES = {
  sts: { env: 'STS', config: 'sts' },
  s3: { env: 'S3', config: 's3' },
  sagemaker: { env: 'SAGEMAKER', config: 'sagemaker' },
  sagemakerRuntime: { env: 'SAGEMAKER_RUNTIME', config: 'sagemaker_runtime' },
  logs: { env: 'CLOUDWATCH_LOGS', config: 'cloudwatch_logs' },
  cloudwatch: { env: 'CLOUDWATCH', config: 'cloudwatch' },
  autoscaling: { env: 'APPLICATION_AUTO_SCALING', config: 'application_auto_scaling' },
  scheduler: { env: 'SCHEDULER', config: 'scheduler' },
  sso: { env: 'SSO', config: 'sso' },
  ssoOidc: { env: 'SSO_OIDC', config: 'sso_oidc' },
  apigateway: { env: 'API_GATEWAY', config: 'api_gateway' },
  elbv2: { env: 'ELASTIC_LOAD_BALANCING_V2', config: 'elastic_load_balancing_v2' },
  iam: { env: 'IAM', config: 'iam' },
  kms: { env: 'KMS', config: 'kms' },
  tagging: { env: 'RESOURCE_GROUPS_TAGGING_API', config: 'resource_groups_tagging_api' },
  costExplorer: { env: 'COST_EXPLORER', config: 'cost_explorer' },
  backup: { env: 'BACKUP', config: 'backup' },
} as const;

export type ServiceKey = keyof typeof SERVICES;

/** Same precedence as the SDKs: service env var, global env var, services section, profile. */
export function endpointOverride(
  service: ServiceKey,
  env: NodeJS.ProcessEnv,
  profile: ProfileRecord | undefined,
  shared: SharedConfig | undefined,
): string | undefined {
  const ids = SERVICES[service];
  const fromEnv = env[`AWS_ENDPOINT_URL_${ids.env}`] || env.AWS_ENDPOINT_URL;
  if (fromEnv) return fromEnv;
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  const servicesName = profile?.config?.services;
  const section = servicesName ? shared?.services.get(servicesName) : undefined;
  return section?.[ids.config]?.endpoint_url || profile?.config?.endpoint_url || undefined;
}
