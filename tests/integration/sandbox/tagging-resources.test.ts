import { APIGatewayClient, GetRestApisCommand, GetTagsCommand } from '@aws-sdk/client-api-gateway';
import { CloudWatchLogsClient, DescribeLogGroupsCommand, ListTagsForResourceCommand, TagResourceCommand as TagLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeLoadBalancersCommand, DescribeTagsCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  GetResourcesCommand,
  GetTagKeysCommand,
  GetTagValuesCommand,
  ResourceGroupsTaggingAPIServiceException,
  TagResourcesCommand,
  UntagResourcesCommand,
  type ResourceTagMapping,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { GetBucketTaggingCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { AddTagsCommand, ListProcessingJobsCommand, ListTagsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ListResourceTagsCommand } from '@aws-sdk/client-kms';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_KEY_ID, ENDPOINT_KEY_ID, KEY_ARN, thrown, useKmsSandbox } from './kms-harness';

const env = useKmsSandbox('demo');
const DATA_BUCKET = 'arn:aws:s3:::sagedeck-demo-churn-data';
const LOGS_BUCKET = 'arn:aws:s3:::sagedeck-demo-access-logs';
const ENDPOINT = 'arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod';

let clients: { elb: ElasticLoadBalancingV2Client; logs: CloudWatchLogsClient; sagemaker: SageMakerClient; s3: S3Client; apigateway: APIGatewayClient };
let alb: string;
let restApi: string;
let logGroup: string;
let processingJobs: string[];

beforeAll(async () => {
  const config = { ...env().config, maxAttempts: 1 };
  clients = { elb: new ElasticLoadBalancingV2Client(config), logs: new CloudWatchLogsClient(config), sagemaker: new SageMakerClient(config), s3: new S3Client(config), apigateway: new APIGatewayClient(config) };
  alb = (await clients.elb.send(new DescribeLoadBalancersCommand({ Names: ['churn-internal-alb'] }))).LoadBalancers?.[0]?.LoadBalancerArn ?? '';
  const api = (await clients.apigateway.send(new GetRestApisCommand({}))).items?.find((item) => item.name === 'churn-api');
  restApi = `arn:aws:apigateway:us-east-1::/restapis/${api?.id ?? ''}`;
  logGroup = (await clients.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/sagemaker/' }))).logGroups?.[0]?.logGroupArn ?? '';
  processingJobs = ((await clients.sagemaker.send(new ListProcessingJobsCommand({ MaxResults: 100 }))).ProcessingJobSummaries ?? []).map((job) => job.ProcessingJobArn ?? '');
});

async function everything(input: ConstructorParameters<typeof GetResourcesCommand>[0]): Promise<ResourceTagMapping[]> {
  const found: ResourceTagMapping[] = [];
  let token: string | undefined;
  do {
    const page = await env().tagging.send(new GetResourcesCommand({ ...input, PaginationToken: token }));
    found.push(...(page.ResourceTagMappingList ?? []));
    token = page.PaginationToken || undefined;
  } while (token);
  return found;
}

const arnsOf = (list: ResourceTagMapping[]) => list.map((item) => item.ResourceARN ?? '');

const taggingError = (promise: Promise<unknown>) => thrown(promise, ResourceGroupsTaggingAPIServiceException);

describe('GetResources over the demo pipeline', () => {
  it('finds project=churn across S3, SageMaker and KMS, and leaves out the untagged pipeline resources', async () => {
    const churn = arnsOf(await everything({ TagFilters: [{ Key: 'project', Values: ['churn'] }] }));
    expect(churn).toEqual(expect.arrayContaining([DATA_BUCKET, LOGS_BUCKET, ENDPOINT, KEY_ARN(DATA_KEY_ID), KEY_ARN(ENDPOINT_KEY_ID)]));
    expect(churn.filter((arn) => arn.includes(':training-job/'))).toHaveLength(20);
    expect(processingJobs.length).toBeGreaterThan(10);
    for (const job of processingJobs) expect(churn).not.toContain(job);
    expect(churn).not.toContain(alb);
    expect(churn).not.toContain(logGroup);
    // The processing jobs still show, with their other tags: tagged resources without a project.
    const daily = await everything({ TagFilters: [{ Key: 'schedule', Values: ['daily', 'manual'] }], ResourceTypeFilters: ['sagemaker:processing-job'] });
    expect(arnsOf(daily).sort()).toEqual([...processingJobs].sort());
  });

  it('filters by resource type: a service, or service:type', async () => {
    expect(arnsOf(await everything({ ResourceTypeFilters: ['s3'] })).sort()).toEqual([LOGS_BUCKET, DATA_BUCKET].sort());
    expect(arnsOf(await everything({ ResourceTypeFilters: ['sagemaker:endpoint'] }))).toEqual([ENDPOINT]);
    const lb = await everything({ ResourceTypeFilters: ['elasticloadbalancing:loadbalancer'] });
    expect(lb).toEqual([{ ResourceARN: alb, Tags: expect.arrayContaining([{ Key: 'team', Value: 'mlops' }]) }]);
    const api = arnsOf(await everything({ ResourceTypeFilters: ['apigateway'] }));
    expect(api).toEqual(expect.arrayContaining([restApi, `${restApi}/stages/prod`]));
    expect(arnsOf(await everything({ ResourceTypeFilters: ['kms:key'] })).sort()).toEqual([KEY_ARN(DATA_KEY_ID), KEY_ARN(ENDPOINT_KEY_ID)]);
    // A key without values matches any value; several filters must all hold.
    expect(arnsOf(await everything({ TagFilters: [{ Key: 'team' }, { Key: 'sagedeck:endpoint', Values: ['churn-prod'] }], ResourceTypeFilters: ['elasticloadbalancing'] }))).toContain(alb);
  });

  it('pages with ResourcesPerPage up to 100 and an empty token at the end', async () => {
    const whole = await everything({});
    const first = await env().tagging.send(new GetResourcesCommand({ ResourcesPerPage: 7 }));
    expect(first.ResourceTagMappingList).toHaveLength(7);
    expect(first.PaginationToken).not.toBe('');
    const paged = await everything({ ResourcesPerPage: 7 });
    expect(arnsOf(paged)).toEqual(arnsOf(whole));
    expect(new Set(arnsOf(paged)).size).toBe(paged.length);
    expect((await taggingError(env().tagging.send(new GetResourcesCommand({ ResourcesPerPage: 101 })))).name).toBe('InvalidParameterException');
    expect((await taggingError(env().tagging.send(new GetResourcesCommand({ PaginationToken: 'not-a-token' })))).name).toBe('InvalidParameterException');
    expect((await taggingError(env().tagging.send(new GetResourcesCommand({ ResourceARNList: [DATA_BUCKET], ResourcesPerPage: 5 })))).name).toBe('InvalidParameterException');
    expect(arnsOf((await env().tagging.send(new GetResourcesCommand({ ResourceARNList: [DATA_BUCKET, ENDPOINT] }))).ResourceTagMappingList ?? []).sort()).toEqual([DATA_BUCKET, ENDPOINT].sort());
  });
});

describe('TagResources and UntagResources write through to each service', () => {
  it('tags the untagged pipeline resources, and every service reads the tag back', async () => {
    const targets = [alb, logGroup, processingJobs[0] ?? '', restApi, LOGS_BUCKET];
    const answer = await env().tagging.send(new TagResourcesCommand({ ResourceARNList: targets, Tags: { project: 'churn', reviewed: 'yes' } }));
    expect(answer.FailedResourcesMap).toEqual({});
    const elbTags = (await clients.elb.send(new DescribeTagsCommand({ ResourceArns: [alb] }))).TagDescriptions?.[0]?.Tags;
    expect(elbTags).toEqual(expect.arrayContaining([{ Key: 'team', Value: 'mlops' }, { Key: 'project', Value: 'churn' }]));
    expect((await clients.logs.send(new ListTagsForResourceCommand({ resourceArn: logGroup }))).tags).toEqual({ project: 'churn', reviewed: 'yes' });
    expect((await clients.sagemaker.send(new ListTagsCommand({ ResourceArn: processingJobs[0] }))).Tags).toEqual(expect.arrayContaining([{ Key: 'project', Value: 'churn' }, { Key: 'schedule', Value: expect.any(String) }]));
    expect((await clients.apigateway.send(new GetTagsCommand({ resourceArn: restApi }))).tags).toMatchObject({ project: 'churn', team: 'mlops' });
    expect((await clients.s3.send(new GetBucketTaggingCommand({ Bucket: 'sagedeck-demo-access-logs' }))).TagSet).toContainEqual({ Key: 'reviewed', Value: 'yes' });
    expect(arnsOf(await everything({ TagFilters: [{ Key: 'project', Values: ['churn'] }] }))).toEqual(expect.arrayContaining(targets));

    const removed = await env().tagging.send(new UntagResourcesCommand({ ResourceARNList: targets, TagKeys: ['reviewed'] }));
    expect(removed.FailedResourcesMap).toEqual({});
    expect((await clients.logs.send(new ListTagsForResourceCommand({ resourceArn: logGroup }))).tags).toEqual({ project: 'churn' });
    expect(await env().tagging.send(new GetTagValuesCommand({ Key: 'reviewed' }))).toMatchObject({ TagValues: [] });
  });

  it('sees tags the services wrote themselves, in GetResources, GetTagKeys and GetTagValues', async () => {
    const job = processingJobs[1] ?? '';
    await clients.sagemaker.send(new AddTagsCommand({ ResourceArn: job, Tags: [{ Key: 'billing-code', Value: 'cc-42' }] }));
    await clients.logs.send(new TagLogGroupCommand({ resourceArn: logGroup, tags: { 'billing-code': 'cc-7' } }));
    await clients.s3.send(new PutBucketTaggingCommand({ Bucket: 'sagedeck-demo-churn-data', Tagging: { TagSet: [{ Key: 'project', Value: 'churn' }, { Key: 'billing-code', Value: 'cc-42' }] } }));
    expect(arnsOf(await everything({ TagFilters: [{ Key: 'billing-code', Values: ['cc-42'] }] })).sort()).toEqual([DATA_BUCKET, job].sort());
    expect((await env().tagging.send(new GetTagKeysCommand({}))).TagKeys).toEqual(expect.arrayContaining(['billing-code', 'project', 'team', 'schedule']));
    expect((await env().tagging.send(new GetTagValuesCommand({ Key: 'billing-code' }))).TagValues).toEqual(['cc-42', 'cc-7']);
  });

  it('keeps a resource whose last tag it removed, with no tags, as AWS lists previously tagged resources', async () => {
    const key = KEY_ARN(ENDPOINT_KEY_ID);
    await env().tagging.send(new UntagResourcesCommand({ ResourceARNList: [key], TagKeys: ['project'] }));
    expect((await env().kms.send(new ListResourceTagsCommand({ KeyId: ENDPOINT_KEY_ID }))).Tags).toEqual([]);
    expect((await env().tagging.send(new GetResourcesCommand({ ResourceARNList: [key] }))).ResourceTagMappingList).toEqual([{ ResourceARN: key, Tags: [] }]);
  });

  it('answers each failed ARN in FailedResourcesMap with its service error, and refuses malformed calls whole', async () => {
    const missingJob = 'arn:aws:sagemaker:us-east-1:111122223333:training-job/no-such-job';
    const answer = await env().tagging.send(
      new TagResourcesCommand({ ResourceARNList: ['arn:aws:s3:::no-such-bucket', missingJob, 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole', DATA_BUCKET], Tags: { owner: 'ml' } }),
    );
    expect(answer.FailedResourcesMap).toEqual({
      'arn:aws:s3:::no-such-bucket': { StatusCode: 404, ErrorCode: 'NoSuchBucket', ErrorMessage: 'The specified bucket does not exist' },
      [missingJob]: { StatusCode: 400, ErrorCode: 'ValidationException', ErrorMessage: `Resource ${missingJob} does not exist.` },
      'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole': expect.objectContaining({ ErrorCode: 'InternalServiceException' }),
    });
    expect((await clients.s3.send(new GetBucketTaggingCommand({ Bucket: 'sagedeck-demo-churn-data' }))).TagSet).toContainEqual({ Key: 'owner', Value: 'ml' });
    expect((await taggingError(env().tagging.send(new TagResourcesCommand({ ResourceARNList: ['not-an-arn'], Tags: { a: 'b' } })))).name).toBe('InvalidParameterException');
    const many = Array.from({ length: 21 }, (_, i) => `arn:aws:s3:::bucket-${i}`);
    expect((await taggingError(env().tagging.send(new TagResourcesCommand({ ResourceARNList: many, Tags: { a: 'b' } })))).name).toBe('InvalidParameterException');
    expect((await taggingError(env().tagging.send(new TagResourcesCommand({ ResourceARNList: [DATA_BUCKET], Tags: { 'aws:owner': 'x' } })))).name).toBe('InvalidParameterException');
  });
});
