/**
 * CopyObject's `x-amz-copy-source`: `bucket/key?versionId=…`, the key URL-encoded (a `?`, `#`, `%`
 * or space in a key would otherwise cut or change it) with its slashes kept.
 */
export function copySource(bucket: string, key: string, versionId?: string): string {
  const path = `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  return versionId === undefined ? path : `${path}?versionId=${encodeURIComponent(versionId)}`;
}
