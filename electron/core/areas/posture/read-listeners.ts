import { DescribeListenersCommand, DescribeLoadBalancersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { listenerFindings } from './listener-checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** Every load balancer's listeners (the first 400 load balancers). */
export async function readListeners(ctx: ReadContext): Promise<void> {
  const elb = ctx.clients.get('elbv2');
  const options = { abortSignal: ctx.signal };
  const listed = await probe('elasticloadbalancing', 'DescribeLoadBalancers', () => ctx.run(() => elb.send(new DescribeLoadBalancersCommand({ PageSize: 400 }), options)));
  if (!listed.ok) return ctx.sink.notListed(listed.notRun);
  if (listed.value.NextMarker) ctx.sink.notices.push('The first 400 load balancers are checked; there are more.');
  await Promise.all(
    (listed.value.LoadBalancers ?? []).map(async ({ LoadBalancerArn: arn, LoadBalancerName: name = '' }) => {
      const listeners = await probe('elasticloadbalancing', 'DescribeListeners', () => ctx.run(() => elb.send(new DescribeListenersCommand({ LoadBalancerArn: arn, PageSize: 400 }), options)));
      if (!listeners.ok) return ctx.sink.unknown({ resourceKind: 'listener', name, ...(arn ? { arn } : {}) }, ['listener.tls'], listeners.notRun);
      for (const listener of listeners.value.Listeners ?? []) ctx.sink.add(...listenerFindings(listener, name));
    }),
  );
}
