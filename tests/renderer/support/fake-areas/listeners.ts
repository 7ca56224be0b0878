/** The open streams of one fake area channel: each subscription's emit, removed when it stops. */
export class Listeners<E> {
  private readonly emits = new Set<(event: E) => void>();

  add(emit: (event: E) => void): () => void {
    this.emits.add(emit);
    return () => {
      this.emits.delete(emit);
    };
  }

  send(event: E): void {
    for (const emit of [...this.emits]) emit(event);
  }
}
