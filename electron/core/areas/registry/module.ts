import { DescribeModelPackageCommand, DescribeModelPackageGroupCommand, ListTagsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { registryRequests, registryStreams } from '../../../../shared/contract/registry';
import type { Journal } from '../../journal/journal';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';
import { approvalHistory } from './approval-history';
import { APPROVAL_NOTE, decide } from './approvals';
import { listGroups } from './group-listing';
import { readQualityReport } from './metrics-reports';
import { versionArn } from './package-arn';
import { registerVersion } from './register-version';
import { listVersions } from './version-listing';
import { fromPackage } from './version-view';

export interface RegistryAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  journal: Journal;
  now?: () => number;
}

async function describeVersion(client: SageMakerClient, group: string, version: number, signal: AbortSignal) {
  const owner = await client.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: group }), { abortSignal: signal });
  return client.send(new DescribeModelPackageCommand({ ModelPackageName: versionArn(owner, version) }), { abortSignal: signal });
}

/** Model package groups and versions: lists, detail with metrics, approval with its history, registration from a job. */
export function registryArea(deps: RegistryAreaDeps): AreaModule<typeof registryRequests, typeof registryStreams> {
  const now = deps.now ?? Date.now;
  const sagemaker = async () => (await deps.clients.current()).get('sagemaker');
  const approvals = { sagemaker, clients: deps.clients, session: deps.session, journal: deps.journal, now };

  return {
    requests: {
      'registry.groups': async (input, ctx) => listGroups(await sagemaker(), input, ctx.signal),
      'registry.versions': async (input, ctx) => listVersions(await sagemaker(), input, ctx.signal),
      'registry.describe': async (input, ctx) => {
        const client = await sagemaker();
        const pkg = await describeVersion(client, input.group, input.version, ctx.signal);
        const tags = await client.send(new ListTagsCommand({ ResourceArn: pkg.ModelPackageArn, MaxResults: 100 }), { abortSignal: ctx.signal });
        const detail = fromPackage(pkg, Object.fromEntries((tags.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])));
        const report = await readQualityReport((await deps.clients.current()).get('s3'), detail.metricsReports, ctx.signal);
        return { ...detail, metrics: [...detail.metrics, ...report.metrics], metricsNotes: report.notes };
      },
      'registry.history': async (input, ctx) => {
        const pkg = await describeVersion(await sagemaker(), input.group, input.version, ctx.signal);
        return approvalHistory(pkg, await deps.journal.list({ limit: 1000, channel: APPROVAL_NOTE }));
      },
      'registry.approve': async (input, ctx) => decide(approvals, input, 'Approved', ctx.signal),
      'registry.reject': async (input, ctx) => decide(approvals, input, 'Rejected', ctx.signal),
      'registry.register': async (input, ctx) => registerVersion(await sagemaker(), input, ctx.signal),
    },
    streams: {},
    dispose: () => undefined,
  };
}
