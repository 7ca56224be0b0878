import { asString } from '../../protocols/values';
import { readActions } from './actions';
import { regionOf, type ElbContext, type ElbDeps } from './deps';
import { duplicateListener, incompatibleProtocols, listenerNotFound, validationError } from './errors';
import { listenerArn, listenerRuleArn, newResourceId } from './ids';
import { limitedStrings, newChecker, readPaging, recordsOf } from './input';
import { findAll, findListener, findLoadBalancer } from './lookups';
import type { ListenerRecord, LoadBalancerRecord, RegionElb } from './model';
import { markerPage } from './pages';
import { applyTags, forgetTags, readTags } from './tags';

const PROTOCOLS = { application: ['HTTP', 'HTTPS'], network: ['TCP', 'TLS', 'UDP', 'TCP_UDP'] } as const;
/** The policy AWS picks for HTTPS and TLS listeners when none is given. */
const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export function listenerView(listener: ListenerRecord): Record<string, unknown> {
  return {
    ListenerArn: listener.arn,
    LoadBalancerArn: listener.loadBalancerArn,
    Port: listener.port,
    Protocol: listener.protocol,
    Certificates: listener.certificates.length > 0 ? listener.certificates : undefined,
    SslPolicy: listener.sslPolicy,
    AlpnPolicy: listener.alpnPolicy,
    DefaultActions: listener.defaultActions,
  };
}

function readProtocolAndPort(lb: LoadBalancerRecord, input: Record<string, unknown>, current?: ListenerRecord) {
  const check = newChecker();
  const port = check.integer(input.Port, 'port', { required: !current, min: 1, max: 65535 }) ?? current?.port ?? 0;
  const protocol = check.string(input.Protocol, 'protocol', { enum: ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'] }) ?? current?.protocol;
  const certificates = recordsOf(input.Certificates)?.map((c) => ({ CertificateArn: asString(c.CertificateArn) ?? '' }));
  const alpn = limitedStrings(check, input.AlpnPolicy, 'alpnPolicy', 1);
  check.done();
  if (!protocol) throw validationError('A listener protocol must be specified');
  if (!(PROTOCOLS[lb.type] as readonly string[]).includes(protocol))
    throw incompatibleProtocols(`Protocol '${protocol}' is not supported for ${lb.type === 'network' ? 'Network' : 'Application'} Load Balancers`);
  const secure = protocol === 'HTTPS' || protocol === 'TLS';
  const certs = certificates ?? current?.certificates ?? [];
  if (secure && certs.length === 0) throw validationError(`A certificate must be specified for ${protocol} listeners`);
  const sslPolicy = secure ? (asString(input.SslPolicy) ?? current?.sslPolicy ?? DEFAULT_SSL_POLICY) : undefined;
  return { port, protocol, certificates: secure ? certs : [], sslPolicy, alpnPolicy: alpn ?? current?.alpnPolicy };
}

function refuseSamePort(region: RegionElb, lb: LoadBalancerRecord, port: number, except?: string): void {
  if (Object.values(region.listeners).some((l) => l.loadBalancerArn === lb.arn && l.port === port && l.arn !== except)) throw duplicateListener();
}

export function removeListener(region: RegionElb, listener: ListenerRecord): void {
  for (const rule of Object.values(region.rules)) if (rule.listenerArn === listener.arn) {
    delete region.rules[rule.arn];
    forgetTags(region, rule.arn);
  }
  delete region.listeners[listener.arn];
  forgetTags(region, listener.arn);
}

export function listenerOperations(deps: ElbDeps) {
  return {
    CreateListener(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const lb = findLoadBalancer(region, input.LoadBalancerArn);
      const check = newChecker();
      const tags = readTags(check, input.Tags);
      check.done();
      const settings = readProtocolAndPort(lb, input);
      refuseSamePort(region, lb, settings.port);
      const defaultActions = readActions(region, lb, input.DefaultActions, 'defaultActions');
      const listener: ListenerRecord = {
        arn: listenerArn(lb.arn, newResourceId(region, `listener/${lb.arn}/${settings.port}`)),
        loadBalancerArn: lb.arn,
        ...settings,
        defaultActions,
      };
      region.listeners[listener.arn] = listener;
      const ruleArn = listenerRuleArn(listener.arn, newResourceId(region, `rule/${listener.arn}/default`));
      region.rules[ruleArn] = { arn: ruleArn, listenerArn: listener.arn, conditions: [], actions: defaultActions };
      if (tags) applyTags(region, listener.arn, tags);
      return { Listeners: [listenerView(listener)] };
    },

    DescribeListeners(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const arns = limitedStrings(check, input.ListenerArns, 'listenerArns', 20);
      const paging = readPaging(check, input);
      check.done();
      const lbArn = asString(input.LoadBalancerArn);
      if (!lbArn && !arns?.length) throw validationError('You must specify either listener ARNs or a load balancer ARN');
      let found: ListenerRecord[];
      if (arns?.length) {
        found = findAll(region.listeners, arns, 'listenerArns', 'listener', listenerNotFound);
      } else {
        const lb = findLoadBalancer(region, lbArn);
        found = Object.values(region.listeners).filter((l) => l.loadBalancerArn === lb.arn).sort((a, b) => a.port - b.port);
      }
      const { page, NextMarker } = markerPage(found, paging.marker, paging.pageSize, `listeners:${lbArn ?? ''}:${(arns ?? []).join(',')}`);
      return { Listeners: page.map(listenerView), NextMarker };
    },

    ModifyListener(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const listener = findListener(region, input.ListenerArn);
      const lb = findLoadBalancer(region, listener.loadBalancerArn);
      const settings = readProtocolAndPort(lb, input, listener);
      refuseSamePort(region, lb, settings.port, listener.arn);
      const defaultActions = recordsOf(input.DefaultActions)?.length ? readActions(region, lb, input.DefaultActions, 'defaultActions') : listener.defaultActions;
      Object.assign(listener, settings, { defaultActions });
      const defaultRule = Object.values(region.rules).find((rule) => rule.listenerArn === listener.arn && rule.priority === undefined);
      if (defaultRule) defaultRule.actions = defaultActions;
      return { Listeners: [listenerView(listener)] };
    },

    DeleteListener(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      removeListener(region, findListener(region, input.ListenerArn));
      return {};
    },
  };
}
