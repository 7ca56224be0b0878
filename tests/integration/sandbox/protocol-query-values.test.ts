import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asBool, asDate, asInt } from '../../../electron/sandbox/protocols/values';
import type { ServiceModuleFactory } from '../../../electron/sandbox/types';
import { startTestSandbox, type TestSandbox } from './support';

/** An STS stand-in that reports what the awsQuery adapter decoded, through a member the SDK reads back. */
const echoSts: ServiceModuleFactory = () => ({
  services: [
    {
      signingName: 'sts',
      protocol: 'awsQuery',
      xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
      operations: {
        AssumeRole: (input) => ({
          Credentials: {
            AccessKeyId: 'ASIAECHOECHOECHOECHO',
            SecretAccessKey: 's',
            SessionToken: 't',
            Expiration: new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 500)),
          },
          AssumedRoleUser: { AssumedRoleId: 'AROAECHO:x', Arn: 'arn:aws:sts::111122223333:assumed-role/Echo/x' },
          SourceIdentity: JSON.stringify({ ...input, DurationSeconds: asInt(input.DurationSeconds) }),
        }),
      },
    },
  ],
});

let env: TestSandbox;
beforeAll(async () => {
  env = await startTestSandbox({ modules: [echoSts] });
});
afterAll(() => env.stop());

describe('awsQuery values', () => {
  it('rebuilds member lists from flattened form fields and writes timestamps as ISO 8601', async () => {
    const out = await new STSClient(env.config).send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::111122223333:role/Echo',
        RoleSessionName: 'x',
        DurationSeconds: 1800,
        Tags: [
          { Key: 'team', Value: 'ml' },
          { Key: 'env', Value: 'dev & test <1>' },
        ],
        TransitiveTagKeys: ['team'],
        PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      }),
    );
    expect(JSON.parse(out.SourceIdentity ?? '{}')).toEqual({
      RoleArn: 'arn:aws:iam::111122223333:role/Echo',
      RoleSessionName: 'x',
      DurationSeconds: 1800,
      Tags: [
        { Key: 'team', Value: 'ml' },
        { Key: 'env', Value: 'dev & test <1>' },
      ],
      TransitiveTagKeys: ['team'],
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
    });
    expect(out.Credentials?.Expiration).toEqual(new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 500)));
  });

  it("values.ts reads each protocol's encoding of a member the same way", () => {
    expect(asDate(1767607200.5)).toEqual(new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 500)));
    expect(asDate('2026-01-05T10:00:00.500Z')).toEqual(new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 500)));
    expect(asDate('1767607200.5')).toEqual(new Date(Date.UTC(2026, 0, 5, 10, 0, 0, 500)));
    expect(asDate('not a date')).toBeUndefined();
    expect(asInt('42')).toBe(42);
    expect(asInt('4.2')).toBeUndefined();
    expect(asBool('true')).toBe(true);
    expect(asBool('yes')).toBeUndefined();
  });
});
