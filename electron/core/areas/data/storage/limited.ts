/**
 * At most `limit` of the calls given to it run at once; the rest wait their turn in order. One
 * limiter per request keeps a 20-bucket page from sending 260 posture reads at the same moment.
 */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its slot straight to the next waiter, so a newcomer cannot slip in between.
  const next = () => {
    const waiter = waiting.shift();
    if (waiter) waiter();
    else running -= 1;
  };
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}

/** `work` for every item, at most `limit` at a time, answers in the items' order. */
export function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const run = limiter(limit);
  return Promise.all(items.map((item) => run(() => work(item))));
}
