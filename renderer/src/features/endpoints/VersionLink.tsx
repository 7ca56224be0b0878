import Link from '@cloudscape-design/components/link';
import type { ModelVersionRef } from '../../../../shared/domain/endpoints';
import { versionLabel } from './endpoint-format';
import { registryVersionHref } from './endpoint-routes';

/** A served model version, linked to its page in the model registry when its group and number are known. */
export function VersionLink({
  version,
  modelName,
}: {
  version: ModelVersionRef | undefined;
  modelName?: string | undefined;
}) {
  const label = versionLabel(version, modelName);
  if (version?.group && version.version !== undefined) {
    return <Link href={registryVersionHref(version.group, version.version)}>{label}</Link>;
  }
  return (
    <span title={version?.packageArn ?? (modelName ? `Model ${modelName}, not from the registry` : undefined)}>
      {label}
    </span>
  );
}
