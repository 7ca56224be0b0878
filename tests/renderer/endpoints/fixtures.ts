import type { EndpointDetail, HistoryVariant } from '../../../shared/domain/endpoints';
import { endpointSummary } from '../support/fake-areas/endpoints';

const ACCOUNT = '123456789012';

export function servedVariant(version: number, instanceCount = 2): HistoryVariant {
  return {
    variantName: 'AllTraffic',
    modelName: `churn-xgb-v${version}`,
    modelVersion: {
      packageArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/churn-prediction/${version}`,
      group: 'churn-prediction',
      version,
    },
    instanceType: 'ml.m5.large',
    instanceCount,
    weight: 1,
  };
}

/** churn-prod serving v3, deployed by SageDeck over v1 (created elsewhere): v1 is the rollback target. */
export function churnProdDetail(): Partial<EndpointDetail> {
  return {
    history: [
      {
        configName: 'churn-prod-config-v3',
        createdAt: '2026-11-25T09:59:00.000Z',
        servedFrom: '2026-11-25T10:00:00.000Z',
        variants: [servedVariant(3)],
        deployedBy: `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/alice`,
        createdBySageDeck: true,
        previousConfigName: 'churn-prod-config-v1',
        kind: 'deploy',
        outcome: 'serving',
        settings: {
          strategy: { type: 'canary', canarySize: { type: 'INSTANCE_COUNT', value: 1 }, waitSeconds: 300 },
          rollbackAlarms: ['churn-prod-5xx'],
        },
      },
      {
        configName: 'churn-prod-config-v1',
        createdAt: '2026-11-20T09:59:00.000Z',
        servedUntil: '2026-11-25T10:00:00.000Z',
        variants: [servedVariant(1)],
        createdBySageDeck: false,
        outcome: 'replaced',
      },
    ],
    rollbackTarget: { configName: 'churn-prod-config-v1', variants: [servedVariant(1)] },
  };
}

export const churnProd = (overrides: Parameters<typeof endpointSummary>[2] = {}) =>
  endpointSummary('churn-prod', 3, overrides);
