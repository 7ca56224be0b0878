import type { Action, Listener, Rule, RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2';
import { targetGroupNameOf } from '../../../../shared/contract/load-balancers';
import type { ListenerActionView, ListenerRuleView, ListenerView } from '../../../../shared/domain/load-balancers';

/** Long fixed-response bodies are cut: the line says what the rule does, not the whole page. */
const BODY_PREVIEW = 60;

/** AWS's condition values (its newer `…Config` blocks, or the older `Values`). */
function conditionValues(condition: RuleCondition): string[] {
  const values =
    condition.PathPatternConfig?.Values ??
    condition.HostHeaderConfig?.Values ??
    condition.HttpHeaderConfig?.Values ??
    condition.HttpRequestMethodConfig?.Values ??
    condition.SourceIpConfig?.Values ??
    condition.QueryStringConfig?.Values?.map((pair) => (pair.Key ? `${pair.Key}=${pair.Value ?? ''}` : (pair.Value ?? '')));
  return values ?? condition.Values ?? [];
}

/** One line per condition: `path-pattern: /v2/*`, `http-header X-Env: prod, staging`. */
export function conditionText(condition: RuleCondition): string {
  const field = condition.Field ?? 'condition';
  const header = field === 'http-header' && condition.HttpHeaderConfig?.HttpHeaderName ? ` ${condition.HttpHeaderConfig.HttpHeaderName}` : '';
  return `${field}${header}: ${conditionValues(condition).join(', ')}`;
}

function fixedResponseText(action: Action): string {
  const config = action.FixedResponseConfig;
  const body = config?.MessageBody ? ` "${config.MessageBody.length > BODY_PREVIEW ? `${config.MessageBody.slice(0, BODY_PREVIEW)}…` : config.MessageBody}"` : '';
  return `fixed-response ${config?.StatusCode ?? ''}${config?.ContentType ? ` ${config.ContentType}` : ''}${body}`;
}

/** `redirect to HTTPS:443 (HTTP_301)`, with host, path and query when they are not AWS's pass-through defaults. */
function redirectText(action: Action): string {
  const config = action.RedirectConfig;
  const protocol = config?.Protocol ?? '#{protocol}';
  const port = config?.Port ?? '#{port}';
  const host = config?.Host && config.Host !== '#{host}' ? ` host ${config.Host}` : '';
  const path = config?.Path && config.Path !== '/#{path}' ? ` path ${config.Path}` : '';
  const query = config?.Query && config.Query !== '#{query}' ? ` query ${config.Query}` : '';
  return `redirect to ${protocol}:${port}${host}${path}${query}${config?.StatusCode ? ` (${config.StatusCode})` : ''}`;
}

function otherText(action: Action): string | undefined {
  if (action.Type === 'authenticate-oidc') return `authenticate-oidc with ${action.AuthenticateOidcConfig?.Issuer ?? 'an OIDC provider'}`;
  if (action.Type === 'authenticate-cognito') return `authenticate-cognito with ${action.AuthenticateCognitoConfig?.UserPoolArn?.split('/').at(-1) ?? 'a user pool'}`;
  return undefined;
}

/** A forward names its target groups (with weights when it splits traffic); anything else is one line. */
export function actionView(action: Action): ListenerActionView {
  const type = action.Type ?? 'unknown';
  if (type === 'forward') {
    const weighted = action.ForwardConfig?.TargetGroups ?? [];
    const groups =
      weighted.length > 0
        ? weighted.map((g) => ({ arn: g.TargetGroupArn ?? '', weight: g.Weight }))
        : action.TargetGroupArn
          ? [{ arn: action.TargetGroupArn, weight: undefined }]
          : [];
    const split = groups.length > 1;
    return { type, targetGroups: groups.map((g) => ({ arn: g.arn, name: targetGroupNameOf(g.arn), ...(split && g.weight !== undefined ? { weight: g.weight } : {}) })) };
  }
  const description = type === 'fixed-response' ? fixedResponseText(action) : type === 'redirect' ? redirectText(action) : otherText(action);
  return { type, targetGroups: [], ...(description ? { description } : {}) };
}

/** Actions in the order AWS runs them (authenticate first, then the final action). */
export function actionViews(actions: Action[] | undefined): ListenerActionView[] {
  return [...(actions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).map(actionView);
}

export function ruleView(rule: Rule): ListenerRuleView {
  return {
    arn: rule.RuleArn ?? '',
    priority: rule.IsDefault || rule.Priority === 'default' ? 'default' : (rule.Priority ?? ''),
    conditions: (rule.Conditions ?? []).map(conditionText),
    actions: actionViews(rule.Actions),
  };
}

/** Rules in the order the listener evaluates them: by priority, the default rule last. */
export function sortRules(rules: ListenerRuleView[]): ListenerRuleView[] {
  const rank = (rule: ListenerRuleView) => (rule.priority === 'default' ? Number.POSITIVE_INFINITY : Number(rule.priority));
  return [...rules].sort((a, b) => rank(a) - rank(b));
}

export function listenerView(listener: Listener, rules: Rule[]): ListenerView {
  return {
    arn: listener.ListenerArn ?? '',
    protocol: listener.Protocol ?? '',
    port: listener.Port ?? 0,
    defaultActions: actionViews(listener.DefaultActions),
    rules: sortRules(rules.map(ruleView)),
  };
}

/** Listeners by port. */
export function sortListeners(listeners: ListenerView[]): ListenerView[] {
  return [...listeners].sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol));
}
