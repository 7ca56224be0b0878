import { NOTE_STREAM, type LineBuffer } from './line-buffer';

/** Which buffered lines the viewer shows: streams switched off and a regex to keep only matches. */
export interface LineCriteria {
  hiddenStreams: ReadonlySet<number>;
  /** Keep only lines whose message matches; undefined shows every line. */
  only?: RegExp | undefined;
}

/**
 * Maps row numbers of the list to absolute buffer positions. With nothing filtered it is the
 * identity and costs nothing (the fast path while following at high rates); with a filter it keeps
 * the matching positions and, on each update, tests only the lines added since the previous one.
 */
export class VisibleIndex {
  private positions: number[] = [];
  /** Index in `positions` of the first entry still in the buffer (dropped ones are skipped, not spliced). */
  private head = 0;
  private checkedFrom = 0;
  private checkedTo = 0;
  private generation = -1;
  private criteria: LineCriteria | undefined;
  private identityFirst = 0;
  private identity = true;
  count = 0;

  update(buffer: LineBuffer, criteria: LineCriteria): void {
    const filtering = criteria.hiddenStreams.size > 0 || criteria.only !== undefined;
    if (!filtering) {
      this.identity = true;
      this.identityFirst = buffer.first;
      this.count = buffer.length;
      this.criteria = undefined;
      return;
    }
    this.identity = false;
    if (criteria !== this.criteria || buffer.generation !== this.generation) {
      this.criteria = criteria;
      this.generation = buffer.generation;
      this.positions = [];
      this.head = 0;
      this.checkedFrom = this.checkedTo = buffer.first;
    }
    while (this.head < this.positions.length && this.positions[this.head]! < buffer.first) this.head++;
    if (this.checkedFrom < buffer.first) this.checkedFrom = buffer.first;
    if (this.checkedTo < buffer.first) this.checkedTo = buffer.first;
    if (buffer.first < this.checkedFrom) {
      // Older lines were loaded before the ones already checked: rare, so rebuild the live part.
      const older = this.matching(buffer, buffer.first, this.checkedFrom);
      this.positions = older.concat(this.positions.slice(this.head));
      this.head = 0;
      this.checkedFrom = buffer.first;
    }
    if (this.checkedTo < buffer.end) {
      for (const position of this.matching(buffer, this.checkedTo, buffer.end)) this.positions.push(position);
      this.checkedTo = buffer.end;
    }
    // Compact once the skipped head is most of the array, so it never grows without bound.
    if (this.head > 4096 && this.head * 2 > this.positions.length) {
      this.positions = this.positions.slice(this.head);
      this.head = 0;
    }
    this.count = this.positions.length - this.head;
  }

  positionAt(row: number): number {
    return this.identity ? this.identityFirst + row : this.positions[this.head + row]!;
  }

  /** The row showing `position`, or the row of the first shown line after it; -1 when none. */
  rowOf(position: number): number {
    if (this.identity) {
      const row = position - this.identityFirst;
      return row < 0 ? 0 : row < this.count ? row : -1;
    }
    let low = this.head;
    let high = this.positions.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.positions[mid]! < position) low = mid + 1;
      else high = mid;
    }
    return low < this.positions.length ? low - this.head : -1;
  }

  private matching(buffer: LineBuffer, from: number, to: number): number[] {
    const { hiddenStreams, only } = this.criteria!;
    const found: number[] = [];
    for (let position = from; position < to; position++) {
      const stream = buffer.streamAt(position);
      // The viewer's own notes (the tail ended) always show.
      if (stream !== NOTE_STREAM) {
        if (hiddenStreams.has(stream)) continue;
        if (only) {
          only.lastIndex = 0;
          if (!only.test(buffer.messageAt(position))) continue;
        }
      }
      found.push(position);
    }
    return found;
  }
}
