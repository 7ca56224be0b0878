import type { AddTagsInput, AddTagsOutput, DeleteTagsInput, DeleteTagsOutput, ListTagsInput, ListTagsOutput } from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { paginate } from '../base/listing';
import type { RegionState } from '../base/state';
import { typed } from '../base/typed';
import { Checker } from '../validation/checker';
import { checkTags } from '../validation/common';
import { PATTERNS } from '../validation/patterns';
import { putTags, tagsOf } from './tag-store';

/** Every ARN this region holds, so tags can only be attached to resources that exist. */
function knownArns(state: RegionState): Set<string> {
  const arns = new Set<string>();
  const groups = [state.trainingJobs, state.processingJobs, state.experiments, state.trials, state.trialComponents, state.packageGroups, state.modelPackages, state.models, state.endpointConfigs, state.endpoints];
  for (const group of groups) for (const record of Object.values(group)) arns.add(record.arn.toLowerCase());
  return arns;
}

function resolveArn(state: RegionState, arn: string | undefined): string {
  const c = new Checker();
  if (c.required('resourceArn', arn)) {
    c.length('resourceArn', arn, 0, 256);
    c.pattern('resourceArn', arn, PATTERNS.resourceArn);
  }
  c.done();
  const wanted = (arn ?? '').toLowerCase();
  if (!knownArns(state).has(wanted)) throw validationException(`Resource ${arn ?? ''} does not exist.`);
  // Stored under the ARN as SageMaker builds it (lower-cased name), whatever case the caller used.
  return wanted;
}

export function tagOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const add = (input: AddTagsInput, ctx: Ctx): AddTagsOutput => {
    const c = new Checker();
    c.required('tags', input.Tags);
    checkTags(c, input.Tags);
    c.done();
    const state = region(ctx);
    const arn = resolveArn(state, input.ResourceArn);
    putTags(state, arn, input.Tags);
    return { Tags: tagsOf(state, arn) };
  };

  const list = (input: ListTagsInput, ctx: Ctx): ListTagsOutput => {
    const c = new Checker();
    c.range('maxResults', input.MaxResults, 50);
    c.done();
    const state = region(ctx);
    const arn = resolveArn(state, input.ResourceArn);
    const { page, nextToken } = paginate('ListTags', tagsOf(state, arn), input.NextToken, input.MaxResults, 50);
    return { Tags: page, NextToken: nextToken };
  };

  const remove = (input: DeleteTagsInput, ctx: Ctx): DeleteTagsOutput => {
    const c = new Checker();
    if (c.required('tagKeys', input.TagKeys)) c.size('tagKeys', input.TagKeys, 1, 50);
    checkTags(c, input.TagKeys?.map((Key) => ({ Key, Value: '' })));
    c.done();
    const state = region(ctx);
    const arn = resolveArn(state, input.ResourceArn);
    const drop = new Set(input.TagKeys ?? []);
    state.tags[arn] = (state.tags[arn] ?? []).filter((t) => !drop.has(t.Key));
    return {};
  };

  return { AddTags: typed(add), ListTags: typed(list), DeleteTags: typed(remove) };
}
