import type { ObjectSummary } from '../../../../../shared/domain/data';
import { baseName, browseHref, objectHref } from '../data-routes';
import { formatBytes, formatTime } from '../format';

/** Folders first, then objects: a file manager's listing, each row a link. */
export function ObjectRows({
  bucket,
  folders,
  objects,
}: {
  bucket: string;
  folders: string[];
  objects: ObjectSummary[];
}) {
  return (
    <table className="data-table" data-testid="object-list">
      <caption className="sr-only">Folders and objects</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Size</th>
          <th scope="col">Last modified</th>
          <th scope="col">Storage class</th>
        </tr>
      </thead>
      <tbody>
        {folders.map((folder) => (
          <tr key={folder} data-testid={`folder-row-${folder}`}>
            <th scope="row">
              <a href={browseHref(bucket, folder)}>
                <span aria-hidden="true">📁 </span>
                {baseName(folder)}/
              </a>
            </th>
            <td>folder</td>
            <td />
            <td />
          </tr>
        ))}
        {objects.map((object) => (
          <tr key={object.key} data-testid={`object-row-${object.key}`}>
            <th scope="row">
              <a href={objectHref(bucket, object.key)}>{baseName(object.key)}</a>
            </th>
            <td>{formatBytes(object.size)}</td>
            <td>{formatTime(object.lastModified)}</td>
            <td>{object.storageClass ?? 'STANDARD'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
