import type { rolesRequests, rolesStreams } from '../../../../shared/contract/roles';
import type { RolesPage } from '../../../../shared/domain/roles';
import type { AreaModule } from '../area-module';
import type { SecurityAreaDeps } from '../security-area-deps';
import { applySuggestion } from './apply-suggestion';
import { readRole } from './iam-reads';
import { readPipelineUsage } from './pipeline-usage';
import { readRoles } from './role-catalog';
import { roleFindings } from './finding-rules';
import { isAwsOwned, roleDetail, roleSummary } from './role-views';
import { simulate } from './simulate';
import { suggestPolicy } from './suggest';
import { UsageCache } from './usage-cache';

export type RolesAreaDeps = SecurityAreaDeps;

const joined = (...notices: (string | undefined)[]) => notices.filter((n) => n !== undefined && n !== '').join(' ') || undefined;

/** IAM roles the pipeline uses: trust and permission policies, findings, the policy simulator, a least-privilege suggestion. */
export function rolesArea(deps: RolesAreaDeps): AreaModule<typeof rolesRequests, typeof rolesStreams> {
  const usageCache = new UsageCache(deps.writes, deps.now ?? Date.now);
  const usage = async (signal: AbortSignal) => {
    const clients = await deps.clients.current();
    const { generation, region } = deps.session.current();
    return usageCache.get(generation, () =>
      readPipelineUsage({ sagemaker: clients.get('sagemaker'), scheduler: clients.get('scheduler'), apigateway: clients.get('apigateway'), s3: clients.get('s3'), region }, signal),
    );
  };
  const iam = async () => (await deps.clients.current()).get('iam');
  const usageNotice = (notices: string[]) => (notices.length > 0 ? notices.join(' ') : undefined);

  return {
    requests: {
      'roles.list': async (_input, ctx): Promise<RolesPage> => {
        const used = await usage(ctx.signal);
        const read = await readRoles(await iam(), used, ctx.signal);
        const items = read.roles
          .filter((role) => used.byRole.has(role.name) || !isAwsOwned(role))
          .map((role) => roleSummary(role, used.byRole.get(role.name)))
          .sort((a, b) => Number(b.usedBy.length > 0) - Number(a.usedBy.length > 0) || a.name.localeCompare(b.name));
        const notice = joined(read.notice, usageNotice(used.notices));
        return notice ? { items, notice } : { items };
      },
      'roles.describe': async (input, ctx) => {
        const used = await usage(ctx.signal);
        return roleDetail(await readRole(await iam(), input.roleName, ctx.signal), used.byRole.get(input.roleName), usageNotice(used.notices));
      },
      'roles.simulate': async (input, ctx) => {
        const client = await iam();
        return simulate(client, await readRole(client, input.roleName, ctx.signal), input, ctx.signal);
      },
      'roles.suggest': async (input, ctx) => {
        const clients = await deps.clients.current();
        const used = await usage(ctx.signal);
        const role = await readRole(clients.get('iam'), input.roleName, ctx.signal);
        const needs = used.byRole.get(role.name);
        return suggestPolicy(
          { iam: clients.get('iam'), kms: clients.get('kms'), region: deps.session.current().region, signal: ctx.signal },
          role,
          needs,
          roleFindings(role, needs),
          usageNotice(used.notices),
        );
      },
      'roles.applySuggestion': async (input, ctx) => applySuggestion(await iam(), input, ctx.signal),
    },
    streams: {},
    dispose: () => undefined,
  };
}
