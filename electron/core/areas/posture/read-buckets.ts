import { ListBucketsCommand } from '@aws-sdk/client-s3';
import type { PostureFindingRow } from '../../../../shared/domain/posture';
import { readPosture } from '../data/storage/posture-read';
import { bucketFindings } from './bucket-checks';
import { probe } from './probe';
import type { ReadContext } from './report-sink';

/** Every bucket of the account, read as the Data area reads a bucket's posture, judged as findings. */
export async function readBuckets(ctx: ReadContext): Promise<void> {
  const s3 = ctx.clients.get('s3');
  const listed = await probe('s3', 'ListBuckets', () => ctx.run(() => s3.send(new ListBucketsCommand({}), { abortSignal: ctx.signal })));
  if (!listed.ok) return ctx.sink.notListed(listed.notRun);
  const names = (listed.value.Buckets ?? []).flatMap((b) => (b.Name ? [b.Name] : []));
  await Promise.all(
    names.map(async (name) => {
      const subject = { resourceKind: 'bucket' as const, name, arn: `arn:aws:s3:::${name}` };
      const settings = await readPosture(s3, name, ctx.run, ctx.signal).catch(() => undefined);
      // Deleted between the list and the reads: nothing left to judge.
      if (!settings) return;
      for (const judged of bucketFindings(settings, subject)) {
        if ('status' in judged) ctx.sink.add(judged as PostureFindingRow);
        else ctx.sink.unknown(subject, [judged.check], { service: 's3', operation: judged.operation, cause: judged.cause });
      }
      const encryption = settings.encryption.read ? settings.encryption.value : undefined;
      if (encryption?.kmsKeyId) ctx.facts.keyRefs.add(encryption.kmsKeyId);
      ctx.facts.buckets.push({ name, ...(settings.region.read ? { region: settings.region.value } : {}) });
    }),
  );
}
