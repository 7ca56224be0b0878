import { describe, expect, it } from 'vitest';
import { parseResource, refFromArn } from '../../../electron/core/areas/lineage/resource-ref';
import { s3Overlaps } from '../../../electron/core/areas/lineage/s3-uri';
import { SageDeckError } from '../../../shared/errors';

const ARN = 'arn:aws:sagemaker:us-east-1:111122223333';

describe('parseResource', () => {
  it('reads the kind from an ARN: the name for endpoints and jobs, the ARN itself for packages and lineage entities', () => {
    expect(parseResource(`${ARN}:endpoint/churn-prod`)).toEqual({ type: 'ref', ref: { kind: 'endpoint', key: 'churn-prod' } });
    expect(parseResource(`${ARN}:endpoint-config/churn-prod-config-v3`)).toEqual({ type: 'ref', ref: { kind: 'endpoint-config', key: 'churn-prod-config-v3' } });
    expect(parseResource(`${ARN}:training-job/churn-xgb-1`)).toEqual({ type: 'ref', ref: { kind: 'training-job', key: 'churn-xgb-1' } });
    expect(parseResource(`${ARN}:processing-job/prep`)).toEqual({ type: 'ref', ref: { kind: 'processing-job', key: 'prep' } });
    expect(parseResource(`${ARN}:model-package/churn-prediction/3`)).toEqual({ type: 'ref', ref: { kind: 'model-package', key: `${ARN}:model-package/churn-prediction/3` } });
    const context = `${ARN}:context/churn-prod-1700000000-aws-endpoint`;
    expect(parseResource(context)).toEqual({ type: 'ref', ref: { kind: 'lineage-entity', key: context } });
    expect(refFromArn(`${ARN}:model-package-group/churn-prediction`)).toBeUndefined();
  });

  it('reads s3:// URIs and S3 ARNs as data, a model artifact when the request says so', () => {
    expect(parseResource('s3://bucket/raw/')).toEqual({ type: 'ref', ref: { kind: 's3', key: 's3://bucket/raw/' } });
    expect(parseResource('arn:aws:s3:::bucket/raw/customers.csv')).toEqual({ type: 'ref', ref: { kind: 's3', key: 's3://bucket/raw/customers.csv' } });
    expect(parseResource('s3://bucket/m/model.tar.gz', 'model-artifact')).toEqual({ type: 'ref', ref: { kind: 'model-artifact', key: 's3://bucket/m/model.tar.gz' } });
  });

  it('reads group/version as a registered model version', () => {
    expect(parseResource('churn-prediction/3')).toEqual({ type: 'package-version', group: 'churn-prediction', version: 3 });
  });

  it('tries a bare name as endpoint, model, endpoint config, training job, processing job, or only as the kind asked', () => {
    expect(parseResource('  churn-prod ')).toEqual({ type: 'name', name: 'churn-prod', kinds: ['endpoint', 'model', 'endpoint-config', 'training-job', 'processing-job'] });
    expect(parseResource('churn-xgb-1', 'training-job')).toEqual({ type: 'name', name: 'churn-xgb-1', kinds: ['training-job'] });
  });

  it('refuses what it cannot trace, saying why, on the resource field', () => {
    const refusal = (resource: string, kind?: Parameters<typeof parseResource>[1]) => {
      try {
        parseResource(resource, kind);
      } catch (error) {
        expect(error).toBeInstanceOf(SageDeckError);
        expect((error as SageDeckError).code).toBe('InvalidInput');
        return (error as SageDeckError).fields?.resource;
      }
      throw new Error(`${resource} was accepted`);
    };
    expect(refusal('arn:aws:sns:us-east-1:111122223333:alerts')).toMatch(/none of these/);
    expect(refusal(`${ARN}:endpoint/churn-prod`, 'model')).toBe(`${ARN}:endpoint/churn-prod is the ARN of an endpoint, not a model.`);
    expect(refusal('s3://')).toMatch(/names no bucket/);
    expect(refusal('s3://bucket/raw/', 'endpoint')).toBe('s3://bucket/raw/ is an S3 URI, not an endpoint.');
    expect(refusal('raw-data', 's3')).toMatch(/s3:\/\/ URI/);
  });
});

describe('s3Overlaps', () => {
  it('matches a prefix and what lies under it, in the same bucket only', () => {
    expect(s3Overlaps('s3://b/processed/', 's3://b/processed/train/')).toBe(true);
    expect(s3Overlaps('s3://b/raw/customers.csv', 's3://b/raw/')).toBe(true);
    expect(s3Overlaps('s3://b/processed/train/', 's3://b/processed/validation/')).toBe(false);
    expect(s3Overlaps('s3://b/raw/', 's3://other/raw/')).toBe(false);
  });
});
