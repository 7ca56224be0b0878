import { DescribeKeyCommand, GetKeyRotationStatusCommand, ListAliasesCommand, type KMSClient } from '@aws-sdk/client-kms';
import { finding, judged } from './checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** How a reference names the key to a person: the alias when it is one, else the key id. */
export function keyLabel(ref: string): string {
  const alias = /(?:^|:)(alias\/.+)$/.exec(ref)?.[1];
  return alias ?? ref.replace(/^arn:aws[a-z-]*:kms:[^:]*:\d*:key\//, '');
}

/** Alias names by key id, so a key named by its ARN still shows as `alias/...`. Only a label: without it the key id is shown. */
async function aliasesByKey(kms: KMSClient, ctx: ReadContext): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ctx.facts.keyRefs.size === 0) return names;
  const listed = await probe('kms', 'ListAliases', () => ctx.run(() => kms.send(new ListAliasesCommand({ Limit: 100 }), { abortSignal: ctx.signal })));
  if (!listed.ok) return names;
  for (const alias of listed.value.Aliases ?? []) if (alias.TargetKeyId && alias.AliasName && !names.has(alias.TargetKeyId)) names.set(alias.TargetKeyId, alias.AliasName);
  return names;
}

/**
 * The KMS keys the other readers found in use (call after them): state and, for customer managed
 * keys, automatic rotation. AWS managed keys rotate every year by themselves.
 */
export async function readKmsKeys(ctx: ReadContext): Promise<void> {
  const kms = ctx.clients.get('kms');
  const options = { abortSignal: ctx.signal };
  const seen = new Set<string>();
  const aliases = await aliasesByKey(kms, ctx);
  await Promise.all(
    [...ctx.facts.keyRefs].map(async (ref) => {
      const described = await probe('kms', 'DescribeKey', () => ctx.run(() => kms.send(new DescribeKeyCommand({ KeyId: ref }), options)));
      if (!described.ok) return ctx.sink.unknown({ resourceKind: 'kmsKey', name: keyLabel(ref) }, ['kmsKey.state', 'kmsKey.rotation'], described.notRun);
      const key = described.value.KeyMetadata;
      const arn = key?.Arn ?? ref;
      // Two references (alias and ARN) to one key make one set of findings.
      if (seen.has(arn)) return;
      seen.add(arn);
      const name = (key?.KeyId ? aliases.get(key.KeyId) : undefined) ?? keyLabel(ref);
      const subject = { resourceKind: 'kmsKey' as const, name, arn };
      const state = key?.KeyState ?? 'unknown';
      ctx.sink.add(judged(subject, 'kmsKey.state', state === 'Enabled', `DescribeKey: KeyState ${state}${key?.Description ? ` (“${key.Description}”)` : ''}`, { action: `aws kms enable-key --key-id ${key?.KeyId ?? ref}` }));
      if (key?.KeyManager === 'AWS') {
        ctx.sink.add(finding(subject, 'kmsKey.rotation', 'pass', 'DescribeKey: KeyManager AWS — AWS rotates its managed keys every year'));
        return;
      }
      const rotation = await probe('kms', 'GetKeyRotationStatus', () => ctx.run(() => kms.send(new GetKeyRotationStatusCommand({ KeyId: key?.KeyId ?? ref }), options)));
      if (!rotation.ok) return ctx.sink.unknown(subject, ['kmsKey.rotation'], rotation.notRun);
      const on = rotation.value.KeyRotationEnabled === true;
      ctx.sink.add(judged(subject, 'kmsKey.rotation', on, `GetKeyRotationStatus: KeyRotationEnabled ${on}`, { action: `aws kms enable-key-rotation --key-id ${key?.KeyId ?? ref}` }));
    }),
  );
}
