import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';

/**
 * The caller's ARN per session generation, for `sagedeck:deployed-by` and the history. Asked once:
 * an identity never changes within a session. Unknown (an emulator without STS) is not fatal.
 */
export class CallerIdentity {
  private readonly known = new Map<number, Promise<string | undefined>>();

  arn(sts: STSClient, generation: number, signal: AbortSignal): Promise<string | undefined> {
    let found = this.known.get(generation);
    if (!found) {
      found = sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal }).then(
        (answer) => answer.Arn,
        () => undefined,
      );
      this.known.set(generation, found);
    }
    return found;
  }
}
