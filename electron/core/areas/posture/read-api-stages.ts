import { GetResourcesCommand, GetRestApisCommand, GetStagesCommand } from '@aws-sdk/client-api-gateway';
import { finding, judged } from './checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** Each REST API's stages: TLS (always on for execute-api), methods without authorization, access logging, client certificate. */
export async function readApiStages(ctx: ReadContext): Promise<void> {
  const api = ctx.clients.get('apigateway');
  const options = { abortSignal: ctx.signal };
  const listed = await probe('apigateway', 'GetRestApis', () => ctx.run(() => api.send(new GetRestApisCommand({ limit: 500 }), options)), 'apigateway:GET');
  if (!listed.ok) return ctx.sink.notListed(listed.notRun);
  await Promise.all(
    (listed.value.items ?? []).map(async ({ id = '', name: apiName = id }) => {
      const [stages, resources] = await Promise.all([
        probe('apigateway', 'GetStages', () => ctx.run(() => api.send(new GetStagesCommand({ restApiId: id }), options)), 'apigateway:GET'),
        probe('apigateway', 'GetResources', () => ctx.run(() => api.send(new GetResourcesCommand({ restApiId: id, embed: ['methods'], limit: 500 }), options)), 'apigateway:GET'),
      ]);
      if (!stages.ok) return ctx.sink.notListed(stages.notRun);
      // OPTIONS answers CORS preflights, which carry no credentials by design.
      const open = resources.ok
        ? (resources.value.items ?? []).flatMap((r) =>
            Object.entries(r.resourceMethods ?? {}).flatMap(([verb, m]) => (verb !== 'OPTIONS' && (m.authorizationType ?? 'NONE') === 'NONE' && !m.apiKeyRequired ? [`${verb} ${r.path ?? ''}`] : [])),
          )
        : [];
      for (const stage of stages.value.item ?? []) {
        const stageName = stage.stageName ?? '';
        const subject = { resourceKind: 'apiStage' as const, name: `${apiName}/${stageName}`, arn: `arn:aws:apigateway:${ctx.region}::/restapis/${id}/stages/${stageName}` };
        const link = { area: 'api' as const, apiId: id };
        ctx.sink.add(finding(subject, 'apiStage.tls', 'pass', 'execute-api serves HTTPS only (TLS 1.2): nothing to configure'));
        if (!resources.ok) ctx.sink.unknown(subject, ['apiStage.methodAuth'], resources.notRun);
        else
          ctx.sink.add(
            judged(subject, 'apiStage.methodAuth', open.length === 0, open.length ? `GetResources: authorizationType NONE on ${open.join(', ')}` : 'GetResources: every method requires IAM, a Cognito/Lambda authorizer or an API key', {
              action: 'Require IAM authorization or an authorizer on these methods, then deploy the stage.',
              link,
            }),
          );
        const destination = stage.accessLogSettings?.destinationArn;
        ctx.sink.add(
          judged(subject, 'apiStage.accessLogging', Boolean(destination), `GetStages: accessLogSettings ${destination ? `to ${destination}` : 'not set'}`, { action: 'Turn on access logging for the stage (a log group and a format).', link }),
          judged(subject, 'apiStage.clientCertificate', Boolean(stage.clientCertificateId), `GetStages: clientCertificateId ${stage.clientCertificateId ?? 'not set (the backend cannot tell API Gateway’s calls apart)'}`, {
            action: `aws apigateway generate-client-certificate, then set it on stage ${stageName}.`,
            link,
          }),
        );
      }
    }),
  );
}
