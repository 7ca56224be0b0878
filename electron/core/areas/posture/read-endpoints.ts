import { DescribeEndpointCommand, DescribeEndpointConfigCommand, ListEndpointsCommand } from '@aws-sdk/client-sagemaker';
import { judged } from './checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** The endpoint configs that serve now (one per endpoint): their storage KMS key. */
export async function readEndpointConfigs(ctx: ReadContext): Promise<void> {
  const sm = ctx.clients.get('sagemaker');
  const options = { abortSignal: ctx.signal };
  const listed = await probe('sagemaker', 'ListEndpoints', () => ctx.run(() => sm.send(new ListEndpointsCommand({ MaxResults: 100 }), options)));
  if (!listed.ok) return ctx.sink.notListed(listed.notRun);
  await Promise.all(
    (listed.value.Endpoints ?? []).map(async ({ EndpointName: endpoint = '' }) => {
      const described = await probe('sagemaker', 'DescribeEndpoint', () => ctx.run(() => sm.send(new DescribeEndpointCommand({ EndpointName: endpoint }), options)));
      const subject = { resourceKind: 'endpointConfig' as const, name: endpoint };
      if (!described.ok) return ctx.sink.unknown(subject, ['endpointConfig.kmsKey'], described.notRun);
      const configName = described.value.EndpointConfigName ?? '';
      const config = await probe('sagemaker', 'DescribeEndpointConfig', () => ctx.run(() => sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: configName }), options)));
      const named = { ...subject, name: `${configName} (${endpoint})` };
      if (!config.ok) return ctx.sink.unknown(named, ['endpointConfig.kmsKey'], config.notRun);
      const key = config.value.KmsKeyId;
      if (key) ctx.facts.keyRefs.add(key);
      ctx.sink.add(
        judged(
          { ...named, ...(config.value.EndpointConfigArn ? { arn: config.value.EndpointConfigArn } : {}) },
          'endpointConfig.kmsKey',
          Boolean(key),
          `DescribeEndpointConfig: KmsKeyId ${key ?? 'not set (an AWS managed key)'}`,
          { action: `Deploy ${endpoint} with an endpoint config that names a customer managed KMS key.`, link: { area: 'endpoint', name: endpoint } },
        ),
      );
    }),
  );
}
