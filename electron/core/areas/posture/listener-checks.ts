import type { Listener } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { PostureFindingRow } from '../../../../shared/domain/posture';
import { judged, type Subject } from './checks';

/** ELB's predefined policies that still accept TLS 1.0 or 1.1 (the TLS13-1-2, TLS-1-2 and FS-1-2 families do not). */
export function allowsOldTls(policy: string): boolean {
  return !/TLS13-1-2|TLS-1-2|FS-1-2/.test(policy);
}

/** One listener: TLS (an HTTP listener that only redirects to HTTPS passes) and, with TLS, its policy. Pure. */
export function listenerFindings(listener: Listener, loadBalancer: string): PostureFindingRow[] {
  const protocol = listener.Protocol ?? 'HTTP';
  const subject: Subject = { resourceKind: 'listener', name: `${loadBalancer} ${protocol}:${listener.Port ?? ''}`, ...(listener.ListenerArn ? { arn: listener.ListenerArn } : {}) };
  const link = { area: 'loadBalancer' as const, name: loadBalancer };
  const encrypted = protocol === 'HTTPS' || protocol === 'TLS';
  const redirect = listener.DefaultActions?.find((a) => a.Type === 'redirect')?.RedirectConfig;
  const redirectsToHttps = !encrypted && redirect?.Protocol === 'HTTPS';
  const rows = [
    judged(
      subject,
      'listener.tls',
      encrypted || redirectsToHttps,
      `DescribeListeners: ${protocol}:${listener.Port ?? ''}${redirectsToHttps ? ', redirects every request to HTTPS' : encrypted ? '' : ' — requests and answers cross the network in clear text'}`,
      { action: `Add an HTTPS listener with an ACM certificate and make port ${listener.Port ?? 80} redirect to it.`, link },
    ),
  ];
  if (encrypted) {
    const policy = listener.SslPolicy ?? 'not reported';
    rows.push(judged(subject, 'listener.sslPolicy', listener.SslPolicy !== undefined && !allowsOldTls(listener.SslPolicy), `DescribeListeners: SslPolicy ${policy}`, { action: 'Choose ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.2 and 1.3 only).', link }));
  }
  return rows;
}
