import { describe, expect, it } from 'vitest';
import { isHttpsOnly, withHttpsOnly } from '../../../electron/core/areas/data/storage/https-policy';

const deny = (condition: object, resource: string | string[] = 'arn:aws:s3:::data/*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', Principal: { AWS: ['*'] }, Action: ['s3:*'], Resource: resource, Condition: condition },
    ],
  });

describe('isHttpsOnly', () => {
  it('recognises the Deny on aws:SecureTransport false in its usual spellings', () => {
    expect(isHttpsOnly(deny({ Bool: { 'aws:SecureTransport': 'false' } }), 'data')).toBe(true);
    expect(isHttpsOnly(deny({ Bool: { 'aws:securetransport': false } }), 'data')).toBe(true);
    expect(
      isHttpsOnly(deny({ BoolIfExists: { 'aws:SecureTransport': ['false'] } }, 'arn:aws-cn:s3:::data/*'), 'data'),
    ).toBe(true);
  });

  it('is not fooled by a rule on another bucket, an Allow, or a true condition', () => {
    expect(isHttpsOnly(deny({ Bool: { 'aws:SecureTransport': 'false' } }, 'arn:aws:s3:::other/*'), 'data')).toBe(false);
    expect(isHttpsOnly(deny({ Bool: { 'aws:SecureTransport': 'true' } }), 'data')).toBe(false);
    expect(
      isHttpsOnly(
        JSON.stringify({
          Statement: {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:*',
            Resource: 'arn:aws:s3:::data/*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        }),
        'data',
      ),
    ).toBe(false);
    expect(isHttpsOnly(undefined, 'data')).toBe(false);
    expect(isHttpsOnly('not json', 'data')).toBe(false);
  });
});

describe('withHttpsOnly', () => {
  it("adds the statement after the user's own, with a Sid that is free", () => {
    const own = {
      Sid: 'DenyInsecureTransport',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::1:root' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::data/*',
    };
    const merged = JSON.parse(
      withHttpsOnly(JSON.stringify({ Version: '2012-10-17', Id: 'keep-me', Statement: own }), 'data')!,
    ) as { Id: string; Statement: { Sid: string }[] };
    expect(merged.Id).toBe('keep-me');
    expect(merged.Statement[0]).toEqual(own);
    expect(merged.Statement[1]).toMatchObject({ Sid: 'DenyInsecureTransport2', Effect: 'Deny' });
    expect(isHttpsOnly(JSON.stringify(merged), 'data')).toBe(true);
  });

  it('leaves a policy that already requires HTTPS as it is, and never rewrites one it cannot read', () => {
    const policy = deny({ Bool: { 'aws:SecureTransport': 'false' } });
    expect(withHttpsOnly(policy, 'data')).toBe(policy);
    expect(withHttpsOnly('{broken', 'data')).toBeUndefined();
  });
});
