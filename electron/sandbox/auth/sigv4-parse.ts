/** What a SigV4-signed request declares about itself, from the Authorization header or a presigned URL. */
export interface SigV4Claim {
  form: 'header' | 'query';
  accessKeyId: string;
  /** yyyymmdd of the credential scope. */
  date: string;
  region: string;
  service: string;
  /** `date/region/service/aws4_request` */
  scope: string;
  signedHeaders: string[];
  signature: string;
  /** yyyymmddThhmmssZ */
  amzDate: string;
  sessionToken?: string;
  /** Presigned URLs only. */
  expiresSeconds?: number;
}

const HEADER_PATTERN =
  /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})\s*$/;

function splitCredential(credential: string) {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request') return undefined;
  const [accessKeyId = '', date = '', region = '', service = ''] = parts;
  return { accessKeyId, date, region, service, scope: parts.slice(1).join('/') };
}

/** The signing name alone, read cheaply so the router can choose a service before verification. */
export function signingNameOf(headers: Record<string, string>, query: URLSearchParams): string | undefined {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const match = /Credential=[^/]*\/[^/]*\/[^/]*\/([^/]+)\/aws4_request/.exec(auth);
    return match?.[1];
  }
  const credential = query.get('X-Amz-Credential');
  return credential ? splitCredential(credential)?.service : undefined;
}

/** `undefined`: the request is unsigned. `'malformed'`: it tries to be signed but cannot be read. */
export function parseSigV4(
  headers: Record<string, string>,
  query: URLSearchParams,
): SigV4Claim | 'malformed' | undefined {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const match = HEADER_PATTERN.exec(auth);
    const credential = match ? splitCredential(match[1] as string) : undefined;
    const amzDate = headers['x-amz-date'] ?? '';
    if (!match || !credential || !/^\d{8}T\d{6}Z$/.test(amzDate)) return 'malformed';
    return {
      form: 'header',
      ...credential,
      signedHeaders: (match[2] as string).split(';'),
      signature: match[3] as string,
      amzDate,
      sessionToken: headers['x-amz-security-token'],
    };
  }
  if (!query.has('X-Amz-Signature')) return undefined;
  const credential = splitCredential(query.get('X-Amz-Credential') ?? '');
  const amzDate = query.get('X-Amz-Date') ?? '';
  const signature = query.get('X-Amz-Signature') ?? '';
  if (
    query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' ||
    !credential ||
    !/^\d{8}T\d{6}Z$/.test(amzDate) ||
    !/^[0-9a-f]{64}$/.test(signature)
  ) {
    return 'malformed';
  }
  const expires = Number(query.get('X-Amz-Expires') ?? '604800');
  return {
    form: 'query',
    ...credential,
    signedHeaders: (query.get('X-Amz-SignedHeaders') ?? 'host').split(';'),
    signature,
    amzDate,
    sessionToken: query.get('X-Amz-Security-Token') ?? undefined,
    expiresSeconds: Number.isFinite(expires) ? expires : 0,
  };
}

export function amzDateToEpochMs(amzDate: string): number {
  return Date.UTC(
    Number(amzDate.slice(0, 4)),
    Number(amzDate.slice(4, 6)) - 1,
    Number(amzDate.slice(6, 8)),
    Number(amzDate.slice(9, 11)),
    Number(amzDate.slice(11, 13)),
    Number(amzDate.slice(13, 15)),
  );
}
