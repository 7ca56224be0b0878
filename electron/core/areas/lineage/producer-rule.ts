/** One job that wrote data a consumer read, with what the rule needs to pick between several. */
export interface Production {
  name: string;
  status?: string | undefined;
  endMs?: number | undefined;
}

/**
 * Which of several jobs that wrote the same prefix fed a consumer: the most recent one that
 * completed before the consumer started. The demo's nightly `churn-preprocess-<day>` jobs all write
 * `processed/train/`; a training job read what the last good night left there, not a failed run's
 * partial output nor what a later night wrote. None qualifies → undefined: no link is better than a
 * wrong one.
 */
export function chooseProducer<P extends Production>(producers: readonly P[], consumerStartMs: number): P | undefined {
  let best: P | undefined;
  for (const producer of producers) {
    if (producer.status !== 'Completed' || producer.endMs === undefined || producer.endMs > consumerStartMs) continue;
    if (!best || producer.endMs > (best.endMs ?? 0) || (producer.endMs === best.endMs && producer.name > best.name)) best = producer;
  }
  return best;
}
