/** A failure of the proxy itself (unreachable, refused the tunnel), as opposed to the AWS endpoint. */
export class ProxyFailure extends Error {
  constructor(
    /** `http://host:port`, never with credentials. */
    readonly proxy: string,
    /** The proxy's HTTP status when it answered, e.g. 407 or 403. */
    readonly status: number | undefined,
    /** The socket error code when it did not (ECONNREFUSED, ENOTFOUND…). */
    readonly socketCode: string | undefined,
  ) {
    super(status ? `proxy ${proxy} answered ${status}` : `proxy ${proxy} unreachable (${socketCode ?? 'no answer'})`);
    this.name = 'ProxyFailure';
  }
}
