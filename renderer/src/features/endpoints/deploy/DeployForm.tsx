import { SageDeckError } from '../../../../../shared/errors';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { initialDraft } from './deploy-draft';
import { DeployFormBody } from './DeployFormBody';

/** AWS's answer for a name no endpoint has: the form then creates it. */
const notFound = (error: unknown) => error instanceof SageDeckError && /could not find endpoint/i.test(error.message);

/**
 * `#/endpoints/<name>/deploy[?version=<arn>]`: deploys a model version to the endpoint (or creates
 * it when no endpoint has the name); `#/endpoints/_new/deploy` asks for the name.
 */
export default function DeployForm({ name, version }: { name: string | undefined; version: string | undefined }) {
  const detail = useSessionQuery('endpoints.describe', { endpointName: name ?? '' }, { enabled: name !== undefined });
  if (name === undefined)
    return <DeployFormBody initial={initialDraft(undefined, version, undefined)} existing={undefined} />;
  if (detail.isPending) return <p role="status">Reading {name}…</p>;
  if (detail.isError && !notFound(detail.error)) {
    return (
      <ErrorNotice
        error={detail.error}
        title={`${name} could not be read`}
        action={
          <button type="button" className="button" onClick={() => void detail.refetch()}>
            Try again
          </button>
        }
      />
    );
  }
  const endpoint = detail.data;
  return <DeployFormBody initial={initialDraft(name, version, endpoint)} existing={endpoint ? name : undefined} />;
}
