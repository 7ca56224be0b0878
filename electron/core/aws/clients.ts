import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { BackupClient } from '@aws-sdk/client-backup';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SSOClient } from '@aws-sdk/client-sso';
import { SSOOIDCClient } from '@aws-sdk/client-sso-oidc';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { ServiceKey } from './endpoints';
import { requestHandlerFor, type NetworkSettings } from './network/request-handler';
import type { RequestCounter } from './request-counter';

/** Everything a client needs to know about where and as whom it calls. */
export interface ClientTarget {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  /** A custom endpoint per service (sandbox, LocalStack, endpoint_url) or undefined for AWS's own. */
  endpointFor(service: ServiceKey): string | undefined;
  /** Proxies and extra trusted CAs; undefined connects directly (the embedded sandbox). */
  network?: NetworkSettings;
}

const CONSTRUCTORS = {
  sts: STSClient,
  s3: S3Client,
  sagemaker: SageMakerClient,
  sagemakerRuntime: SageMakerRuntimeClient,
  logs: CloudWatchLogsClient,
  cloudwatch: CloudWatchClient,
  autoscaling: ApplicationAutoScalingClient,
  scheduler: SchedulerClient,
  sso: SSOClient,
  ssoOidc: SSOOIDCClient,
  apigateway: APIGatewayClient,
  elbv2: ElasticLoadBalancingV2Client,
  iam: IAMClient,
  kms: KMSClient,
  tagging: ResourceGroupsTaggingAPIClient,
  costExplorer: CostExplorerClient,
  backup: BackupClient,
} as const;

type ClientOf<K extends ServiceKey> = InstanceType<(typeof CONSTRUCTORS)[K]>;

/**
 * Interactive calls retry (up to 4 attempts, adaptive rate limiting) because a person is waiting.
 * Polling calls try once: the watcher has its own, longer backoff, and a throttled poll retried by
 * the SDK would spend up to four calls of the account's shared quota on a list nobody waits for.
 */
export type CallPurpose = 'interactive' | 'polling';

export interface AwsClients {
  get<K extends ServiceKey>(service: K, purpose?: CallPurpose): ClientOf<K>;
  /** Closes sockets of every client made so far (session switched or closed). */
  destroy(): void;
}

/**
 * The one factory for SDK clients: adaptive retries (client-side rate limiting when AWS
 * throttles), endpoint overrides with path-style S3 and no host prefix on custom endpoints
 * (StartLiveTail would otherwise call `streaming-127.0.0.1`), per-operation request counts, and the
 * proxy- and CA-aware request handler of network/ (the SDK reads neither HTTPS_PROXY nor AWS_CA_BUNDLE itself).
 */
export function createClients(target: ClientTarget, counter: RequestCounter): AwsClients {
  const made = new Map<string, { destroy(): void }>();
  return {
    get(service, purpose = 'interactive') {
      const key = `${service}:${purpose}`;
      let client = made.get(key);
      if (!client) {
        const endpoint = target.endpointFor(service);
        const Constructor = CONSTRUCTORS[service] as unknown as new (config: object) => ClientOf<typeof service>;
        const created = new Constructor({
          region: target.region,
          credentials: target.credentials,
          retryMode: 'adaptive',
          maxAttempts: purpose === 'polling' ? 1 : 4,
          requestHandler: requestHandlerFor(target.network),
          ...(endpoint ? { endpoint, disableHostPrefix: true } : {}),
          ...(endpoint && service === 's3' ? { forcePathStyle: true } : {}),
        });
        counter.attach((created as unknown as { middlewareStack: Parameters<RequestCounter['attach']>[0] }).middlewareStack, service);
        made.set(key, created);
        client = created;
      }
      return client as ClientOf<typeof service>;
    },
    destroy() {
      for (const client of made.values()) client.destroy();
      made.clear();
    },
  };
}
