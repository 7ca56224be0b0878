import type { Clock, TagSource, Where } from '../../types';
import { notFound } from './errors';
import { purgeDeleted } from './key-ref';
import type { KmsStore } from './model';
import { keyTagMap, setKeyTags } from './tags';

/** Customer managed keys as the Resource Groups Tagging API sees them (`kms:key`). */
export function kmsTagSource(store: KmsStore, clock: Clock): TagSource {
  const keys = (where: Where) => {
    const region = store.region(where);
    purgeDeleted(region, clock.now());
    return Object.values(region.keys);
  };
  const find = (where: Where, arn: string) => {
    const key = keys(where).find((candidate) => candidate.arn === arn && candidate.keyManager === 'CUSTOMER');
    if (!key) throw notFound(`Key '${arn}' does not exist`);
    return key;
  };
  return {
    service: 'kms',
    list: (where) =>
      keys(where)
        .filter((key) => key.keyManager === 'CUSTOMER')
        .map((key) => ({ arn: key.arn, resourceType: 'kms:key', tags: keyTagMap(key) })),
    read: (where, arn) => keyTagMap(find(where, arn)),
    write: (where, arn, tags) => setKeyTags(find(where, arn), tags),
  };
}
