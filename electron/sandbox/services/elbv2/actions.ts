import { asInt, asRecord, asString } from '../../protocols/values';
import { incompatibleProtocols, targetGroupAssociationLimit, validationError } from './errors';
import { recordsOf } from './input';
import { findTargetGroup } from './lookups';
import type { ActionRecord, LoadBalancerRecord, RegionElb } from './model';
import { isNetworkGroup } from './target-health';
import { loadBalancersUsing } from './usage';

const ALB_ACTIONS = ['forward', 'fixed-response', 'redirect'];

function forwardAction(region: RegionElb, lb: LoadBalancerRecord, action: Record<string, unknown>): ActionRecord {
  const single = asString(action.TargetGroupArn);
  const config = asRecord(action.ForwardConfig);
  const listed = recordsOf(config?.TargetGroups) ?? [];
  const groups = listed.length > 0 ? listed.map((g) => ({ arn: asString(g.TargetGroupArn) ?? '', weight: asInt(g.Weight) ?? 1 })) : single ? [{ arn: single, weight: 1 }] : [];
  if (groups.length === 0) throw validationError('A target group ARN must be specified for a forward action');
  if (single && listed.length > 0 && (listed.length > 1 || groups[0]?.arn !== single))
    throw validationError('You cannot specify both a target group ARN and a forward config with different target groups');
  for (const { arn, weight } of groups) {
    const group = findTargetGroup(region, arn, 'actions.member.targetGroupArn');
    if (weight < 0 || weight > 999) throw validationError(`Target group weight '${weight}' must be between 0 and 999`);
    const network = lb.type === 'network';
    if (group.targetType === 'lambda' ? network : network !== isNetworkGroup(group))
      throw incompatibleProtocols(`The target group '${arn}' with protocol '${group.protocol ?? 'none'}' cannot be used with a ${network ? 'Network' : 'Application'} Load Balancer`);
    // Instance and IP target groups serve one load balancer (ALB guide: target groups).
    if (loadBalancersUsing(region, arn).some((other) => other.arn !== lb.arn)) throw targetGroupAssociationLimit(arn);
  }
  const stickiness = asRecord(config?.TargetGroupStickinessConfig);
  return {
    Type: 'forward',
    ...(groups.length === 1 ? { TargetGroupArn: groups[0]?.arn } : {}),
    ForwardConfig: {
      TargetGroups: groups.map((g) => ({ TargetGroupArn: g.arn, Weight: g.weight })),
      TargetGroupStickinessConfig: { Enabled: asString(stickiness?.Enabled) === 'true', ...(stickiness?.DurationSeconds !== undefined ? { DurationSeconds: asInt(stickiness.DurationSeconds) } : {}) },
    },
  };
}

function fixedResponseAction(action: Record<string, unknown>): ActionRecord {
  const config = asRecord(action.FixedResponseConfig) ?? {};
  const status = asString(config.StatusCode) ?? '';
  if (!/^(2|4|5)\d\d$/.test(status)) throw validationError(`1 validation error detected: Value '${status}' at 'fixedResponseConfig.statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(2|4|5)\\d\\d$`);
  const body = asString(config.MessageBody);
  if (body !== undefined && body.length > 1024) throw validationError('The fixed response message body cannot be longer than 1024 characters');
  const contentType = asString(config.ContentType);
  const allowed = ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json'];
  if (contentType !== undefined && !allowed.includes(contentType)) throw validationError(`Content type '${contentType}' is not supported for fixed responses`);
  return { Type: 'fixed-response', FixedResponseConfig: { StatusCode: status, ...(contentType ? { ContentType: contentType } : {}), ...(body !== undefined ? { MessageBody: body } : {}) } };
}

function redirectAction(action: Record<string, unknown>): ActionRecord {
  const config = asRecord(action.RedirectConfig) ?? {};
  const status = asString(config.StatusCode);
  if (status !== 'HTTP_301' && status !== 'HTTP_302') throw validationError("A redirect action's status code must be 'HTTP_301' or 'HTTP_302'");
  const protocol = asString(config.Protocol) ?? '#{protocol}';
  if (!['HTTP', 'HTTPS', '#{protocol}'].includes(protocol)) throw validationError(`Redirect protocol '${protocol}' must be 'HTTP', 'HTTPS' or '#{protocol}'`);
  return {
    Type: 'redirect',
    RedirectConfig: {
      Protocol: protocol,
      Port: asString(config.Port) ?? '#{port}',
      Host: asString(config.Host) ?? '#{host}',
      Path: asString(config.Path) ?? '/#{path}',
      Query: asString(config.Query) ?? '#{query}',
      StatusCode: status,
    },
  };
}

/**
 * Listener and rule actions as AWS stores and describes them: a forward action always carries
 * its ForwardConfig (with TargetGroupArn too when it names one group); NLBs only forward.
 */
export function readActions(region: RegionElb, lb: LoadBalancerRecord, value: unknown, member: string): ActionRecord[] {
  const actions = recordsOf(value) ?? [];
  if (actions.length === 0) throw validationError(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  const out = actions.map((action, index) => {
    const type = asString(action.Type) ?? '';
    if (lb.type === 'network' ? type !== 'forward' : !ALB_ACTIONS.includes(type))
      throw validationError(`Action type '${type}' is not supported for ${lb.type === 'network' ? 'Network' : 'Application'} Load Balancers`);
    const order = asInt(action.Order) ?? index + 1;
    const built = type === 'forward' ? forwardAction(region, lb, action) : type === 'redirect' ? redirectAction(action) : fixedResponseAction(action);
    return { ...built, Order: order };
  });
  const terminal = out.filter((a) => ['forward', 'fixed-response', 'redirect'].includes(a.Type));
  if (terminal.length !== 1) throw validationError('Exactly one forward, fixed-response or redirect action must be specified');
  return out.sort((a, b) => Number(a.Order) - Number(b.Order));
}
