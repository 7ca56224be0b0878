import { GetKeyRotationStatusCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { CloudWatchLogsClient, DescribeLogGroupsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { DATA_KEY_ID, ENDPOINT_KEY_ID, KEY_ARN, useKmsSandbox } from './kms-harness';
import { runAwsCli } from './support';

const env = useKmsSandbox('demo');

async function aws<T>(...args: string[]): Promise<T> {
  const result = await runAwsCli(args, { endpoint: env().sandbox.endpoint, ...env().sandbox.credentials });
  if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

describe('the Debian AWS CLI against KMS and the Tagging API', () => {
  it('lists keys and reads rotation status as the SDK does', async () => {
    const cli = await aws<{ Keys: { KeyId: string; KeyArn: string }[] }>('kms', 'list-keys');
    const sdk = await env().kms.send(new ListKeysCommand({}));
    expect(cli.Keys).toEqual(sdk.Keys);
    expect(cli.Keys.map((key) => key.KeyId)).toEqual(expect.arrayContaining([DATA_KEY_ID, ENDPOINT_KEY_ID]));

    // This CLI's botocore model predates RotationPeriodInDays and leaves it out of its output.
    const data = await aws<{ KeyRotationEnabled: boolean }>('kms', 'get-key-rotation-status', '--key-id', DATA_KEY_ID);
    expect(data).toMatchObject({ KeyRotationEnabled: true });
    expect(data.KeyRotationEnabled).toBe((await env().kms.send(new GetKeyRotationStatusCommand({ KeyId: DATA_KEY_ID }))).KeyRotationEnabled);
    expect(await aws('kms', 'get-key-rotation-status', '--key-id', KEY_ARN(ENDPOINT_KEY_ID))).toMatchObject({ KeyRotationEnabled: false });
    const aliases = await aws<{ Aliases: { AliasName: string; TargetKeyId: string }[] }>('kms', 'list-aliases', '--key-id', ENDPOINT_KEY_ID);
    expect(aliases.Aliases.map((alias) => alias.AliasName)).toEqual(['alias/sagedeck-demo-endpoint']);
  });

  it('finds resources by tag filter and tags a log group, which CloudWatch Logs then reports', async () => {
    const found = await aws<{ ResourceTagMappingList: { ResourceARN: string }[] }>('resourcegroupstaggingapi', 'get-resources', '--tag-filters', 'Key=project,Values=churn', '--resource-type-filters', 's3', 'kms');
    const sdk = await env().tagging.send(new GetResourcesCommand({ TagFilters: [{ Key: 'project', Values: ['churn'] }], ResourceTypeFilters: ['s3', 'kms'] }));
    expect(found.ResourceTagMappingList.map((item) => item.ResourceARN)).toEqual((sdk.ResourceTagMappingList ?? []).map((item) => item.ResourceARN));
    expect(found.ResourceTagMappingList.map((item) => item.ResourceARN)).toEqual(
      expect.arrayContaining(['arn:aws:s3:::sagedeck-demo-churn-data', KEY_ARN(DATA_KEY_ID), KEY_ARN(ENDPOINT_KEY_ID)]),
    );

    const logs = new CloudWatchLogsClient({ ...env().config, maxAttempts: 1 });
    const group = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/sagemaker/' }))).logGroups?.[0]?.logGroupArn ?? '';
    const tagged = await aws<{ FailedResourcesMap: Record<string, unknown> }>('resourcegroupstaggingapi', 'tag-resources', '--resource-arn-list', group, 'arn:aws:s3:::no-such-bucket', '--tags', 'project=churn');
    expect(tagged.FailedResourcesMap).toEqual({ 'arn:aws:s3:::no-such-bucket': { StatusCode: 404, ErrorCode: 'NoSuchBucket', ErrorMessage: 'The specified bucket does not exist' } });
    expect((await logs.send(new ListTagsForResourceCommand({ resourceArn: group }))).tags).toEqual({ project: 'churn' });
    logs.destroy();
  });
});
