import type { Disposable } from '../../../lifecycle/disposables';
import { Upstream, type UpstreamListener, type UpstreamOptions } from './upstream';

/**
 * Shares upstreams by key: the first viewer opens one, the last one to leave stops it. A key holds
 * the session generation, so a profile switch never hands a viewer the old account's upstream.
 */
export class UpstreamRegistry implements Disposable {
  private readonly open = new Map<string, Upstream>();

  /** Attaches `listener` to the key's upstream (made if needed); returns it and the function that detaches. */
  attach(key: string, make: () => Omit<UpstreamOptions, 'done'>, listener: UpstreamListener): { upstream: Upstream; detach: () => void } {
    let upstream = this.open.get(key);
    if (!upstream) {
      const made: Upstream = new Upstream({
        ...make(),
        done: () => {
          if (this.open.get(key) === made) this.open.delete(key);
        },
      });
      upstream = made;
      this.open.set(key, made);
    }
    const shared = upstream;
    const detachListener = shared.attach(listener);
    return {
      upstream: shared,
      detach: () => {
        detachListener();
        if (shared.viewers === 0) {
          shared.stop();
          if (this.open.get(key) === shared) this.open.delete(key);
        }
      },
    };
  }

  get size(): number {
    return this.open.size;
  }

  dispose(): void {
    for (const upstream of this.open.values()) upstream.stop();
    this.open.clear();
  }
}
