import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useQuery } from '@tanstack/react-query';
import type { RequestInput, RequestOutput } from '../../../../../shared/contract';
import type { ModelVersionSummary } from '../../../../../shared/domain/registry';
import { useClient, useSession } from '../../../app/services';
import { selectSessionKey } from '../../../stores/session-key';
import { messageFor, type FieldErrors } from '../../live/field-errors';
import { SESSION_QUERY_ROOT } from '../../use-session-query';
import { formatTime } from '../endpoint-format';
import type { DeployDraft } from './deploy-draft';

const STATUS_WORDS = { Approved: 'approved', PendingManualApproval: 'pending approval', Rejected: 'rejected' } as const;

function versionOption(version: ModelVersionSummary, override: boolean): SelectProps.Option {
  return {
    value: version.arn,
    label: `Version ${version.version} · ${STATUS_WORDS[version.approvalStatus]}`,
    description: `Registered ${formatTime(version.createdAt)}${version.sourceTrainingJob ? ` from ${version.sourceTrainingJob}` : ''}`,
    // Only approved versions go to an endpoint, unless the user overrides on purpose (with a reason).
    disabled: version.approvalStatus !== 'Approved' && !override,
  };
}

type RegistryList = 'registry.groups' | 'registry.versions';

/**
 * The first page of a registry list. The registry's own screens page these channels with an
 * infinite query under the plain session key (root, session, channel, input), whose cache holds
 * `{ pages }`: a plain query on that same key would read it as one page and fail on `.items`
 * (approve in the registry, then open this form). A marker of its own keeps the two apart, while
 * the channel stays third in the key, so an approval's invalidation still reaches this one.
 */
function useFirstPage<C extends RegistryList>(channel: C, input: RequestInput<C>, enabled = true) {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  return useQuery<RequestOutput<C>>({
    queryKey: [SESSION_QUERY_ROOT, sessionKey, channel, input, 'first-page'],
    queryFn: () => client.request(channel, input),
    enabled: sessionKey !== undefined && enabled,
  });
}

interface Props {
  draft: DeployDraft;
  set: (patch: Partial<DeployDraft>) => void;
  errors: FieldErrors;
}

/** Model group, then one of its versions (approved ones; others only with the override and a reason). */
export function VersionPicker({ draft, set, errors }: Props) {
  const groups = useFirstPage('registry.groups', {});
  const versions = useFirstPage('registry.versions', { group: draft.group }, draft.group !== '');
  const groupOptions = (groups.data?.items ?? []).map((group) => ({ value: group.name, label: group.name }));
  const versionOptions = (versions.data?.items ?? []).map((version) => versionOption(version, draft.override));
  const chosen = versions.data?.items.find((version) => version.arn === draft.modelPackageArn);
  const chosenOption = chosen
    ? versionOption(chosen, draft.override)
    : draft.modelPackageArn
      ? { value: draft.modelPackageArn, label: draft.modelPackageArn }
      : null;

  return (
    <SpaceBetween size="m">
      <FormField
        label="Model group"
        errorText={groups.isError ? 'The model groups could not be listed.' : undefined}
        data-testid="deploy-formfield-group"
      >
        <Select
          selectedOption={
            groupOptions.find((option) => option.value === draft.group) ??
            (draft.group ? { value: draft.group, label: draft.group } : null)
          }
          onChange={({ detail }) => set({ group: detail.selectedOption.value ?? '', modelPackageArn: '' })}
          options={groupOptions}
          statusType={groups.isPending ? 'loading' : groups.isError ? 'error' : 'finished'}
          loadingText="Listing model groups"
          errorText="The model groups could not be listed."
          placeholder="Choose a model group"
          empty="No model groups in this region"
          filteringType="auto"
          data-testid="deploy-field-group"
        />
      </FormField>
      <FormField
        label="Model version"
        errorText={messageFor(errors, 'modelPackageArn')}
        data-testid="deploy-formfield-modelPackageArn"
      >
        <Select
          selectedOption={chosenOption}
          onChange={({ detail }) => set({ modelPackageArn: detail.selectedOption.value ?? '' })}
          options={versionOptions}
          statusType={versions.isPending && draft.group ? 'loading' : versions.isError ? 'error' : 'finished'}
          loadingText="Listing versions"
          errorText="The versions could not be listed."
          placeholder={draft.group ? 'Choose an approved version' : 'Choose a model group first'}
          empty="No versions in this group"
          disabled={draft.group === ''}
          data-testid="deploy-field-version"
        />
      </FormField>
      <Checkbox
        checked={draft.override}
        onChange={({ detail }) => set({ override: detail.checked })}
        description="Versions not approved are refused unless you say why; the reason goes in the journal."
        data-testid="deploy-field-override"
      >
        Deploy a version that is not approved
      </Checkbox>
      {draft.override && (
        <FormField
          label="Reason for deploying without approval"
          errorText={messageFor(errors, 'reason')}
          data-testid="deploy-formfield-reason"
        >
          <Textarea
            value={draft.reason}
            onChange={({ detail }) => set({ reason: detail.value })}
            rows={2}
            data-testid="deploy-field-reason"
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}
