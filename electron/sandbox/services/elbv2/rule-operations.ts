import { asString } from '../../protocols/values';
import { readActions } from './actions';
import { readConditions } from './conditions';
import { regionOf, type ElbContext, type ElbDeps } from './deps';
import { operationNotPermitted, priorityInUse, ruleNotFound, validationError } from './errors';
import { listenerRuleArn, newResourceId } from './ids';
import { limitedStrings, newChecker, readPaging, recordsOf } from './input';
import { findAll, findListener, findLoadBalancer, findRule } from './lookups';
import type { RegionElb, RuleRecord } from './model';
import { markerPage } from './pages';
import { applyTags, forgetTags, readTags } from './tags';

/** Rules per ALB listener, not counting the default rule (ALB quotas). */
const MAX_RULES = 100;

function ruleView(rule: RuleRecord): Record<string, unknown> {
  return {
    RuleArn: rule.arn,
    Priority: rule.priority === undefined ? 'default' : String(rule.priority),
    Conditions: rule.conditions,
    Actions: rule.actions,
    IsDefault: rule.priority === undefined,
  };
}

function readPriority(value: unknown, required: boolean): number | undefined {
  const check = newChecker();
  const priority = check.integer(value, 'priority', { required, min: 1, max: 50000 });
  check.done();
  return priority;
}

function refuseTakenPriority(region: RegionElb, listenerArn: string, priority: number, except?: string): void {
  if (Object.values(region.rules).some((r) => r.listenerArn === listenerArn && r.priority === priority && r.arn !== except)) throw priorityInUse(priority);
}

const byPriority = (a: RuleRecord, b: RuleRecord) => (a.priority ?? Infinity) - (b.priority ?? Infinity);

export function ruleOperations(deps: ElbDeps) {
  return {
    CreateRule(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const listener = findListener(region, input.ListenerArn);
      const lb = findLoadBalancer(region, listener.loadBalancerArn);
      const check = newChecker();
      const tags = readTags(check, input.Tags);
      check.done();
      if (lb.type !== 'application') throw validationError('Rules are supported only for listeners of Application Load Balancers');
      const priority = readPriority(input.Priority, true) ?? 0;
      const conditions = readConditions(input.Conditions);
      const actions = readActions(region, lb, input.Actions, 'actions');
      refuseTakenPriority(region, listener.arn, priority);
      const count = Object.values(region.rules).filter((r) => r.listenerArn === listener.arn && r.priority !== undefined).length;
      if (count >= MAX_RULES) throw validationError(`A listener can have at most '${MAX_RULES}' rules`);
      const rule: RuleRecord = { arn: listenerRuleArn(listener.arn, newResourceId(region, `rule/${listener.arn}/${priority}`)), listenerArn: listener.arn, priority, conditions, actions };
      region.rules[rule.arn] = rule;
      if (tags) applyTags(region, rule.arn, tags);
      return { Rules: [ruleView(rule)] };
    },

    DescribeRules(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const arns = limitedStrings(check, input.RuleArns, 'ruleArns', 20);
      const paging = readPaging(check, input);
      check.done();
      const listenerArn = asString(input.ListenerArn);
      if (!listenerArn && !arns?.length) throw validationError('You must specify either listener ARNs or rule ARNs');
      let found: RuleRecord[];
      if (arns?.length) {
        found = findAll(region.rules, arns, 'ruleArns', 'rule', ruleNotFound);
      } else {
        const listener = findListener(region, listenerArn);
        found = Object.values(region.rules).filter((r) => r.listenerArn === listener.arn).sort(byPriority);
      }
      const { page, NextMarker } = markerPage(found, paging.marker, paging.pageSize, `rules:${listenerArn ?? ''}:${(arns ?? []).join(',')}`);
      return { Rules: page.map(ruleView), NextMarker };
    },

    ModifyRule(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const rule = findRule(region, input.RuleArn);
      const listener = findListener(region, rule.listenerArn);
      const lb = findLoadBalancer(region, listener.loadBalancerArn);
      const hasConditions = recordsOf(input.Conditions)?.length;
      if (rule.priority === undefined && hasConditions) throw operationNotPermitted('Conditions cannot be set on a default rule');
      if (hasConditions) rule.conditions = readConditions(input.Conditions);
      if (recordsOf(input.Actions)?.length) {
        rule.actions = readActions(region, lb, input.Actions, 'actions');
        if (rule.priority === undefined) listener.defaultActions = rule.actions;
      }
      return { Rules: [ruleView(rule)] };
    },

    DeleteRule(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const rule = findRule(region, input.RuleArn);
      if (rule.priority === undefined) throw operationNotPermitted('Default rules cannot be deleted');
      delete region.rules[rule.arn];
      forgetTags(region, rule.arn);
      return {};
    },

    SetRulePriorities(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const changes = (recordsOf(input.RulePriorities) ?? []).map((change) => ({ rule: findRule(region, change.RuleArn, 'rulePriorities.member.ruleArn'), priority: readPriority(change.Priority, true) ?? 0 }));
      if (changes.length === 0) throw validationError("1 validation error detected: Value null at 'rulePriorities' failed to satisfy constraint: Member must not be null");
      const seen = new Set<string>();
      for (const { rule, priority } of changes) {
        if (rule.priority === undefined) throw operationNotPermitted('The priority of a default rule cannot be changed');
        const key = `${rule.listenerArn}|${priority}`;
        if (seen.has(key)) throw priorityInUse(priority);
        seen.add(key);
      }
      const moving = new Set(changes.map((c) => c.rule.arn));
      for (const { rule, priority } of changes)
        if (Object.values(region.rules).some((r) => r.listenerArn === rule.listenerArn && r.priority === priority && !moving.has(r.arn))) throw priorityInUse(priority);
      for (const { rule, priority } of changes) rule.priority = priority;
      return { Rules: changes.map((c) => ruleView(c.rule)) };
    },
  };
}

