/** The sandbox's invoke URL path: `/restapis/<restApiId>/<stage>/_user_request_/<path>` (LocalStack's convention). */
const INVOKE_PATH = /^\/restapis\/([^/]+)\/([^/]+)\/_user_request_(\/.*)?$/;

export interface InvokePath {
  restApiId: string;
  stageName: string;
  /** The resource path, e.g. `/predict` (`/` for the root). */
  path: string;
}

export function parseInvokePath(rawPath: string): InvokePath | undefined {
  const match = INVOKE_PATH.exec(rawPath);
  if (!match) return undefined;
  return { restApiId: decodeURIComponent(match[1] ?? ''), stageName: decodeURIComponent(match[2] ?? ''), path: match[3] && match[3] !== '' ? match[3] : '/' };
}

export function isInvokePath(rawPath: string): boolean {
  return rawPath.startsWith('/restapis/') && rawPath.includes('/_user_request_');
}
